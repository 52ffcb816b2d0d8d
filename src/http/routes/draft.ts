import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { CitationSchema } from "../../domain/answer.js";
import { DraftSchema, GapSchema } from "../../domain/draft.js";
import type { DraftService } from "../../draft/draft-service.js";
import { draftToDocx, draftToMarkdown } from "../../draft/export-draft.js";
import { bodyErrorResponses } from "../schemas.js";
import { validationHook } from "../validation.js";
import { domainParameter } from "./cases.js";
import { SimilarCaseSchema } from "./similar.js";

export const DraftRequestSchema = z
  .object({
    notes: z.string().trim().min(10, "至少 10 字").max(20000, "最多 20000 字"),
    title: z.string().trim().max(200).optional(),
    organization: z.string().trim().max(500).optional(),
    domain: z.string().optional().openapi({ description: "领域名称或编号" }),
  })
  .openapi("DraftRequest");

const draftRoute = createRoute({
  method: "post",
  path: "/api/draft",
  summary: "按案例集体例起草申报稿，标出缺口并给出先例写法",
  request: { body: { content: { "application/json": { schema: DraftRequestSchema } }, required: true } },
  responses: {
    200: {
      description: "草稿、参考先例和缺口",
      content: {
        "application/json": {
          schema: z.object({
            draft: DraftSchema.extend({
              sections: z.array(z.object({ name: z.string(), text: z.string(), examples: z.array(CitationSchema) })),
            }).openapi("Draft"),
            precedents: z.array(SimilarCaseSchema),
            gaps: z.array(GapSchema),
            mode: z.enum(["llm", "offline"]),
            degraded: z.boolean().optional(),
          }),
        },
      },
    },
    ...bodyErrorResponses,
  },
});

const exportRoute = createRoute({
  method: "post",
  path: "/api/draft/export",
  summary: "把草稿导出为 Markdown 或 Word（docx）文件",
  request: {
    body: {
      content: { "application/json": { schema: z.object({ draft: DraftSchema, format: z.enum(["md", "docx"]) }) } },
      required: true,
    },
  },
  responses: {
    200: {
      description: "文件下载",
      content: {
        "text/markdown": { schema: z.string() },
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
          schema: z.string().openapi({ format: "binary" }),
        },
      },
    },
    ...bodyErrorResponses,
  },
});

export function draftRoutes(drafts: DraftService) {
  const app = new OpenAPIHono({ defaultHook: validationHook });
  app.openapi(draftRoute, async (c) => {
    const body = c.req.valid("json");
    domainParameter(body.domain);
    return c.json(await drafts.draft(body), 200);
  });
  app.openapi(exportRoute, async (c) => {
    const { draft, format } = c.req.valid("json");
    const name = encodeURIComponent(
      `${draft.title.replace(/[【】\\/:*?"<>|]/g, "").slice(0, 60) || "案例申报稿"}.${format}`,
    );
    const disposition = `attachment; filename="draft.${format}"; filename*=UTF-8''${name}`;
    if (format === "md") {
      return c.body(draftToMarkdown(draft), 200, {
        "content-type": "text/markdown; charset=utf-8",
        "content-disposition": disposition,
      }) as never;
    }
    const file = await draftToDocx(draft);
    return c.body(new Uint8Array(file), 200, {
      "content-type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "content-disposition": disposition,
    }) as never;
  });
  return app;
}
