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
    if (error instanceof HTTPException) return errorResponse(c, fromHttpException(error));
    log(`unhandled error on ${c.req.method} ${c.req.path}: ${error.stack ?? error.message}`);
    return errorResponse(c, new AppError("internal", "服务器内部错误"));
  };
}

/**
 * Hono's own rejections (a body that is not JSON, one sent as a form) as AppErrors, with the message in Chinese:
 * Hono words them in English ("Malformed JSON in request body").
 */
function fromHttpException(error: HTTPException): AppError {
  switch (error.status) {
    case 413:
      return new AppError("payload_too_large", "请求体过大");
    case 415:
      return new AppError("unsupported_media_type", "请求体须为 JSON（Content-Type: application/json）");
    case 404:
      return new AppError("not_found", "没有找到");
    default:
      return new AppError("bad_request", /json/i.test(error.message) ? "请求体不是有效的 JSON" : "请求无效");
  }
}

export function onNotFound(c: Context) {
  return errorResponse(c, new AppError("not_found", `没有这个接口：${c.req.method} ${c.req.path}`));
}
