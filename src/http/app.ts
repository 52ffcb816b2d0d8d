import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { Services } from "../create-services.js";
import { AppError } from "../errors.js";
import { type AccessPolicy, accessControl } from "./access.js";
import { errorResponse, onError, onNotFound } from "./error-handler.js";
import { askRoutes } from "./routes/ask.js";
import { caseRoutes } from "./routes/cases.js";
import { docsRoutes } from "./routes/docs.js";
import { draftRoutes } from "./routes/draft.js";
import { healthRoutes } from "./routes/health.js";
import { searchRoutes } from "./routes/search.js";
import { similarRoutes } from "./routes/similar.js";
import { webRoutes } from "./routes/web.js";
import { validationHook } from "./validation.js";

export interface AppDependencies extends Services {
  /** Origins, widget keys, rate limits and caps; none when omitted (tests, local use). */
  access?: AccessPolicy;
  /** The widget key the /widget-demo page embeds with, when widget keys are configured. */
  demoWidgetKey?: string;
  /** Where request and error lines go; silent when omitted. */
  log?: (line: string) => void;
  /** Clock for request timing, passed in so tests are deterministic. */
  now?: () => number;
}

export const MAX_BODY_BYTES = 64 * 1024;

/**
 * Builds the HTTP application from its dependencies. No global state: tests build their own.
 * @example const app = createApp({ corpus: await loadCorpus() }); await app.request("/healthz")
 */
export function createApp(dependencies: AppDependencies) {
  const log = dependencies.log ?? (() => {});
  const now = dependencies.now ?? (() => performance.now());
  const app = new OpenAPIHono({ defaultHook: validationHook });

  app.use(async (c, next) => {
    const started = now();
    await next();
    log(`${c.req.method} ${c.req.path} ${c.res.status} ${(now() - started).toFixed(1)}ms`);
  });
  if (dependencies.access) app.use("/api/*", ...accessControl(dependencies.access));
  app.use("/api/*", limitBody(MAX_BODY_BYTES));

  app.route("/", healthRoutes(dependencies.corpus, dependencies.retriever, dependencies.answers));
  app.route("/", caseRoutes(dependencies.corpus));
  app.route("/", searchRoutes(dependencies.retriever));
  app.route("/", askRoutes(dependencies.answers, log));
  app.route("/", similarRoutes(dependencies.corpus, dependencies.similar));
  app.route("/", draftRoutes(dependencies.drafts));

  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: { title: "数据要素 × 案例助手 API", version: "0.1.0" },
  });
  app.route("/", docsRoutes());
  app.route("/", webRoutes({ demoKey: dependencies.demoWidgetKey }));
  app.notFound(onNotFound);
  app.onError(onError(log));
  return app;
}

/**
 * Bodies over `maxSize` bytes are a 413. A body with a Content-Length (what browsers, the widget and HTTP clients
 * send) is judged by it, which Node's parser holds the body to; others go through hono's bodyLimit, which counts
 * as it reads. hono's bodyLimit alone first touches `raw.body`, which makes @hono/node-server build a web Request
 * and stream for every request instead of reading the body directly: a fifth of the time of an extractive answer.
 */
function limitBody(maxSize: number): MiddlewareHandler {
  const tooLarge = (c: Context) =>
    errorResponse(c, new AppError("payload_too_large", `请求体超过 ${maxSize / 1024} KB`));
  const counting = bodyLimit({ maxSize, onError: tooLarge });
  return async (c, next) => {
    if (c.req.method === "GET" || c.req.method === "HEAD" || c.req.method === "OPTIONS") return next();
    const length = c.req.header("content-length");
    if (length !== undefined && c.req.header("transfer-encoding") === undefined && /^\d+$/.test(length)) {
      return Number(length) > maxSize ? tooLarge(c) : next();
    }
    return counting(c, next);
  };
}
