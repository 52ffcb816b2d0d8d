import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { AppError, type ErrorCode, isAppError } from "../errors.js";

/** The JSON body of every error response. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string };
}

export function errorResponse(c: Context, error: AppError) {
  const body: ErrorBody = { error: { code: error.code, message: error.message } };
  return c.json(body, error.status as ContentfulStatusCode);
}

/** The one place where errors become HTTP: AppError keeps its status; anything else is a 500 without internals. */
export function onError(log: (line: string) => void) {
  return (error: Error, c: Context) => {
    if (isAppError(error)) return errorResponse(c, error);
    if (error instanceof HTTPException) {
      const status = error.status;
      const code: ErrorCode = status === 413 ? "payload_too_large" : status === 404 ? "not_found" : "bad_request";
      const body: ErrorBody = { error: { code, message: error.message || "请求无效" } };
      return c.json(body, status as ContentfulStatusCode);
    }
    log(`unhandled error on ${c.req.method} ${c.req.path}: ${error.stack ?? error.message}`);
    return errorResponse(c, new AppError("internal", "服务器内部错误"));
  };
}

export function onNotFound(c: Context) {
  return errorResponse(c, new AppError("not_found", `没有这个接口：${c.req.method} ${c.req.path}`));
}
