/** `npm start`: loads the corpus and serves the HTTP API on HOST:PORT. */
import { serve } from "@hono/node-server";
import { loadConfig } from "../config.js";
import { loadCorpus } from "../corpus/load-corpus.js";
import { createServices, warmUp } from "../create-services.js";
import { createApp } from "../http/app.js";
import { runCli } from "./run-cli.js";

await runCli(async () => {
  const config = loadConfig();
  const corpus = await loadCorpus(config.CORPUS_DIR);
  const log = config.LOG_REQUESTS ? (line: string) => console.log(line) : () => {};
  const services = await createServices(config, corpus, (line) => console.log(line));
  const access = {
    allowedOrigins: config.ALLOWED_ORIGINS,
    widgetKeys: config.WIDGET_KEYS,
    ipPerMinute: config.RATE_LIMIT_PER_MINUTE,
    keyPerMinute: config.WIDGET_RATE_LIMIT_PER_MINUTE,
    sessionCap: config.CHAT_SESSION_CAP,
    dailyCap: config.CHAT_DAILY_CAP,
  };
  const app = createApp({ ...services, access, log });
  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
    console.log(`数据要素 × 案例助手: ${corpus.cases.length} cases, listening on http://${config.HOST}:${info.port}`);
    setTimeout(() => void warmUp(services), 2000).unref();
  });
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
});
