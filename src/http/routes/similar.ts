import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Corpus } from "../../domain/case.js";
import { AppError } from "../../errors.js";
import { caseText } from "../../indexing/search-index.js";
import type { SimilarService } from "../../similar/similar-service.js";
import { bodyErrorResponses, errorResponses } from "../schemas.js";
import { validationHook } from "../validation.js";
import { domainParameter } from "./cases.js";

export const SimilarRequestSchema = z
  .object({
    text: z.string().trim().min(10, "至少 10 字").max(5000, "最多 5000 字"),
    k: z.number().int().min(1).max(20).default(5),
    domain: z.string().optional().openapi({ description: "领域名称或编号" }),
  })
  .openapi("SimilarRequest");

export const SimilarCaseSchema = z
  .object({
    caseId: z.string(),
    title: z.string(),
    domain: z.string(),
    applicants: z.array(z.string()),
    score: z.number(),
    reasons: z.array(z.string()).openapi({ description: "两者共有的数据、技术、场景（每项都出现在双方文本中）" }),
    highlights: z
      .array(z.object({ section: z.string(), text: z.string() }))
      .openapi({ description: "先例中最相关的原文" }),
  })
  .openapi("SimilarCase");

const similarRoute = createRoute({
  method: "post",
  path: "/api/similar",
  summary: "为描述的项目找相似的先例案例（整案与分部分比对）",
  request: { body: { content: { "application/json": { schema: SimilarRequestSchema } }, required: true } },
  responses: {
    200: {
      description: "相似案例，最相似在前",
      content: { "application/json": { schema: z.object({ cases: z.array(SimilarCaseSchema) }) } },
    },
    ...bodyErrorResponses,
  },
});

const neighboursRoute = createRoute({
  method: "get",
  path: "/api/cases/{id}/similar",
  summary: "与书中某个案例最相近的其他案例",
  request: {
    params: z.object({ id: z.string().openapi({ param: { name: "id", in: "path" }, example: "05-01" }) }),
    query: z.object({ k: z.coerce.number().int().min(1).max(20).default(5) }),
  },
  responses: {
    200: {
      description: "相近案例",
      content: { "application/json": { schema: z.object({ cases: z.array(SimilarCaseSchema) }) } },
    },
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

export function similarRoutes(corpus: Corpus, similar: SimilarService) {
  const app = new OpenAPIHono({ defaultHook: validationHook });
  app.openapi(similarRoute, async (c) => {
    const { text, k, domain } = c.req.valid("json");
    return c.json({ cases: await similar.findSimilar(text, { k, domainNo: domainParameter(domain) }) }, 200);
  });
  app.openapi(neighboursRoute, async (c) => {
    const { id } = c.req.valid("param");
    const { k } = c.req.valid("query");
    const item = corpus.cases.find((candidate) => candidate.caseId === id);
    if (!item) throw new AppError("not_found", `没有编号为 ${id} 的案例（编号形如 05-03）`);
    const description = `${item.title}\n${caseText(item)}`;
    return c.json({ cases: await similar.findSimilar(description, { k, excludeCaseId: id }) }, 200);
  });
  return app;
}
