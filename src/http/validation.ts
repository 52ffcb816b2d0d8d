import type { Hook } from "@hono/zod-openapi";
import { z } from "zod";
import { AppError } from "../errors.js";

// The API speaks zh-CN: zod's own messages ("expected string, received number") in Chinese too, and a field left
// out is said to be missing rather than to be "undefined".
z.config({
  ...z.locales.zhCN(),
  customError: (issue) => (issue.code === "invalid_type" && issue.input === undefined ? "缺少此字段" : undefined),
});

/** zod-openapi hook: an invalid request becomes a 400 AppError naming the field, in the project's error shape. */
// biome-ignore lint/suspicious/noExplicitAny: the hook is shared by every route, whatever its schema
export const validationHook: Hook<any, any, any, any> = (result) => {
  if (result.success) return;
  const issue = result.error.issues[0];
  const field = issue?.path.length ? issue.path.join(".") : "请求";
  throw new AppError("bad_request", `${field}：${issue?.message ?? "无效"}`);
};
