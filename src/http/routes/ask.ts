import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { streamSSE } from "hono/streaming";
import { AnswerSchema, type StreamEvent, TurnSchema } from "../../domain/answer.js";
import { isAppError } from "../../errors.js";
import type { AnswerService } from "../../generate/answer-service.js";
import { bodyErrorResponses } from "../schemas.js";
import { validationHook } from "../validation.js";
import { domainParameter } from "./cases.js";

export const AskRequestSchema = z
  .object({
    question: z.string().trim().min(1, "不能为空").max(2000, "最多 2000 字"),
    history: z.array(TurnSchema).max(20, "最多 20 条").default([]),
    k: z.number().int().min(1).max(20).default(6),
    domain: z.string().optional().openapi({ description: "领域名称或编号", example: "金融服务" }),
    stream: z.boolean().default(false),
  })
  .openapi("AskRequest");

const askRoute = createRoute({
  method: "post",
  path: "/api/ask",
  summary: "提问：带引用的回答（JSON，或 stream: true 时为 SSE）",
  description:
    "SSE 事件依次为 citations、answer-delta（多次）、answer-end；answer-reset 表示丢弃已收到的文字（LLM 失败，改用抽取式回答）；出错时为 error。",
  request: { body: { content: { "application/json": { schema: AskRequestSchema } }, required: true } },
  responses: {
    200: {
      description: "回答及其引用；answer 中的 [n] 对应 citations 中 id 为 n 的段落",
      content: {
        "application/json": { schema: AnswerSchema.openapi("Answer") },
        "text/event-stream": { schema: z.string() },
      },
    },
    ...bodyErrorResponses,
  },
});

export function askRoutes(service: AnswerService, log: (line: string) => void) {
  const app = new OpenAPIHono({ defaultHook: validationHook });
  app.openapi(askRoute, async (c) => {
    const body = c.req.valid("json");
    const request = {
      question: body.question,
      history: body.history,
      k: body.k,
      domainNo: domainParameter(body.domain),
    };
    if (!body.stream) return c.json(await service.answer(request), 200);
    return streamSSE(c, async (stream) => {
      const send = (event: StreamEvent) => stream.writeSSE({ event: event.type, data: JSON.stringify(event) });
      try {
        for await (const event of service.stream(request)) await send(event);
      } catch (error) {
        log(`ask stream failed: ${(error as Error).stack ?? error}`);
        const code = isAppError(error) ? error.code : "internal";
        await send({ type: "error", code, message: isAppError(error) ? error.message : "服务器内部错误" });
      }
    }) as never;
  });
  return app;
}
