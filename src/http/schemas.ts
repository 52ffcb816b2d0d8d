import { z } from "@hono/zod-openapi";
import { SECTION_NAMES } from "../domain/book.js";

/** Response and request schemas shared by the routes and the OpenAPI document. */

export const ErrorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) }).openapi("Error");

export const DomainSummarySchema = z
  .object({
    domainNo: z.number().int().openapi({ example: 5 }),
    domain: z.string().openapi({ example: "金融服务" }),
    intro: z.string(),
    caseCount: z.number().int().openapi({ example: 16 }),
  })
  .openapi("Domain");

export const CaseSummarySchema = z
  .object({
    caseId: z.string().openapi({ example: "05-03" }),
    title: z.string(),
    domainNo: z.number().int(),
    domain: z.string(),
    applicants: z.array(z.string()),
  })
  .openapi("CaseSummary");

export const CaseDetailSchema = CaseSummarySchema.extend({
  caseNo: z.number().int(),
  sections: z.array(z.object({ name: z.enum(SECTION_NAMES), text: z.string() })),
}).openapi("Case");

export const errorResponses = {
  400: { description: "请求无效", content: { "application/json": { schema: ErrorSchema } } },
  404: { description: "未找到", content: { "application/json": { schema: ErrorSchema } } },
} as const;

/** The errors of a route that reads a JSON body: invalid input, a body over 64 KB, a body not sent as JSON. */
export const bodyErrorResponses = {
  400: errorResponses[400],
  413: { description: "请求体超过 64 KB", content: { "application/json": { schema: ErrorSchema } } },
  415: { description: "请求体不是以 JSON 发送的", content: { "application/json": { schema: ErrorSchema } } },
} as const;
