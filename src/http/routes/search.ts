import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Retriever } from "../../retrieve/retriever.js";
import { bodyErrorResponses } from "../schemas.js";
import { validationHook } from "../validation.js";
import { domainParameter } from "./cases.js";

export const SearchRequestSchema = z
  .object({
    query: z.string().trim().min(1, "不能为空").max(2000, "最多 2000 字"),
    k: z.number().int().min(1).max(50).default(10),
    domain: z.string().optional().openapi({ description: "领域名称或编号", example: "金融服务" }),
  })
  .openapi("SearchRequest");

const SearchResultSchema = z
  .object({
    caseId: z.string(),
    caseTitle: z.string(),
    domain: z.string(),
    applicants: z.array(z.string()),
    section: z.string(),
    text: z.string().openapi({ description: "案例该部分原文的一段（逐字）" }),
    start: z.number().int().openapi({ description: "text 在该部分原文中的起始字符位置" }),
    end: z.number().int(),
    score: z.number(),
  })
  .openapi("SearchResult");

const searchRoute = createRoute({
  method: "post",
  path: "/api/search",
  summary: "混合检索（BM25 + 向量，RRF 融合），按段落返回，最相关在前",
  request: { body: { content: { "application/json": { schema: SearchRequestSchema } }, required: true } },
  responses: {
    200: {
      description: "检索结果",
      content: { "application/json": { schema: z.object({ results: z.array(SearchResultSchema) }) } },
    },
    ...bodyErrorResponses,
  },
});

export function searchRoutes(retriever: Retriever) {
  const app = new OpenAPIHono({ defaultHook: validationHook });
  app.openapi(searchRoute, async (c) => {
    const { query, k, domain } = c.req.valid("json");
    const hits = await retriever.search(query, { k, domainNo: domainParameter(domain) });
    return c.json(
      {
        results: hits.map((hit) => ({
          caseId: hit.case.caseId,
          caseTitle: hit.case.title,
          domain: hit.case.domain,
          applicants: hit.case.applicants,
          section: hit.chunk.section,
          text: hit.chunk.text,
          start: hit.chunk.start,
          end: hit.chunk.end,
          score: hit.score,
        })),
      },
      200,
    );
  });
  return app;
}
