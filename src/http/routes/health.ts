import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Corpus } from "../../domain/case.js";

const healthRoute = createRoute({
  method: "get",
  path: "/healthz",
  summary: "服务状态",
  responses: {
    200: {
      description: "服务正常",
      content: {
        "application/json": {
          schema: z.object({ status: z.literal("ok"), cases: z.number().int(), domains: z.number().int() }),
        },
      },
    },
  },
});

export function healthRoutes(corpus: Corpus) {
  const app = new OpenAPIHono();
  app.openapi(healthRoute, (c) =>
    c.json({ status: "ok" as const, cases: corpus.cases.length, domains: corpus.domains.length }),
  );
  return app;
}
