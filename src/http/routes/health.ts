import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Corpus } from "../../domain/case.js";
import type { AnswerService } from "../../generate/answer-service.js";
import type { Retriever } from "../../retrieve/retriever.js";

const healthRoute = createRoute({
  method: "get",
  path: "/healthz",
  summary: "服务状态",
  responses: {
    200: {
      description: "服务正常",
      content: {
        "application/json": {
          schema: z.object({
            status: z.literal("ok"),
            mode: z.enum(["llm", "extractive"]),
            cases: z.number().int(),
            domains: z.number().int(),
            index: z.object({
              chunks: z.number().int(),
              embedder: z.string(),
              dimensions: z.number().int(),
              builtAt: z.string(),
            }),
          }),
        },
      },
    },
  },
});

export function healthRoutes(corpus: Corpus, retriever: Retriever, answers: AnswerService) {
  const app = new OpenAPIHono();
  app.openapi(healthRoute, (c) => {
    const { manifest } = retriever.index;
    return c.json({
      status: "ok" as const,
      mode: answers.mode,
      cases: corpus.cases.length,
      domains: corpus.domains.length,
      index: {
        chunks: manifest.chunkCount,
        embedder: manifest.embedderId,
        dimensions: manifest.dimensions,
        builtAt: manifest.builtAt,
      },
    });
  });
  return app;
}
