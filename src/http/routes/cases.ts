import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { DOMAINS, findDomain } from "../../domain/book.js";
import type { Corpus } from "../../domain/case.js";
import { AppError } from "../../errors.js";
import { CaseDetailSchema, CaseSummarySchema, DomainSummarySchema, errorResponses } from "../schemas.js";
import { validationHook } from "../validation.js";

const domainsRoute = createRoute({
  method: "get",
  path: "/api/domains",
  summary: "14 个领域及其导语和案例数",
  responses: {
    200: {
      description: "领域列表",
      content: { "application/json": { schema: z.object({ domains: z.array(DomainSummarySchema) }) } },
    },
  },
});

const listRoute = createRoute({
  method: "get",
  path: "/api/cases",
  summary: "案例列表，可按领域筛选",
  request: {
    query: z.object({
      domain: z
        .string()
        .optional()
        .openapi({ description: "领域名称（如 金融服务）或编号（如 5）", example: "金融服务" }),
    }),
  },
  responses: {
    200: {
      description: "案例列表",
      content: { "application/json": { schema: z.object({ cases: z.array(CaseSummarySchema) }) } },
    },
    400: errorResponses[400],
  },
});

const detailRoute = createRoute({
  method: "get",
  path: "/api/cases/{id}",
  summary: "一个案例的全文（四个部分）",
  request: {
    params: z.object({ id: z.string().openapi({ param: { name: "id", in: "path" }, example: "05-03" }) }),
  },
  responses: {
    200: { description: "案例全文", content: { "application/json": { schema: CaseDetailSchema } } },
    404: errorResponses[404],
  },
});

/** Resolves a `domain` parameter to its number, or a 400 that lists the valid values. */
export function domainParameter(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const domain = findDomain(value);
  if (!domain) {
    throw new AppError("bad_request", `domain：没有领域“${value}”；可用：${DOMAINS.map((d) => d.domain).join("、")}`);
  }
  return domain.domainNo;
}

/** The book itself: domains, the case list and each case's text. */
export function caseRoutes(corpus: Corpus) {
  const app = new OpenAPIHono({ defaultHook: validationHook });
  const summary = (item: Corpus["cases"][number]) => ({
    caseId: item.caseId,
    title: item.title,
    domainNo: item.domainNo,
    domain: item.domain,
    applicants: item.applicants,
  });
  const byId = new Map(corpus.cases.map((item) => [item.caseId, item]));

  app.openapi(domainsRoute, (c) =>
    c.json({
      domains: corpus.domains.map((domain) => ({
        ...domain,
        caseCount: corpus.cases.filter((item) => item.domainNo === domain.domainNo).length,
      })),
    }),
  );
  app.openapi(listRoute, (c) => {
    const domainNo = domainParameter(c.req.valid("query").domain);
    const cases = corpus.cases.filter((item) => domainNo === undefined || item.domainNo === domainNo);
    return c.json({ cases: cases.map(summary) }, 200);
  });
  app.openapi(detailRoute, (c) => {
    const { id } = c.req.valid("param");
    const item = byId.get(id);
    if (!item) throw new AppError("not_found", `没有编号为 ${id} 的案例（编号形如 05-03）`);
    return c.json({ ...summary(item), caseNo: item.caseNo, sections: item.sections }, 200);
  });
  return app;
}
