import { beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";
import type { AccessPolicy } from "../src/http/access.js";
import { createApp } from "../src/http/app.js";
import { fullCorpus } from "./support/full-corpus.js";

let services: Awaited<ReturnType<typeof fullCorpus>>;
beforeAll(async () => {
  services = await fullCorpus();
});

const SITE = "https://site.example";
const OTHER = "https://other.example";
const policy = (change: Partial<AccessPolicy> = {}): AccessPolicy => ({
  allowedOrigins: [],
  widgetKeys: new Map([["pk-site", [SITE]]]),
  ipPerMinute: 0,
  keyPerMinute: 0,
  sessionCap: 0,
  dailyCap: 0,
  ...change,
});

const ask = (app: ReturnType<typeof createApp>, headers: Record<string, string>) =>
  app.request("/api/ask", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ question: "京东物流的供应链金融是怎么做的？" }),
  });

describe("who may call the API from a browser", () => {
  it("lets a widget key work from its own origin, with CORS headers, and nowhere else", async () => {
    const app = createApp({ ...services, access: policy() });
    const allowed = await ask(app, { origin: SITE, "x-widget-key": "pk-site" });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("access-control-allow-origin")).toBe(SITE);
    expect(allowed.headers.get("vary")).toContain("Origin");
    expect(((await allowed.json()) as { answer: string }).answer).toContain("京东");
    const direct = await ask(app, {});
    expect(direct.status).toBe(200);
    expect(direct.headers.get("access-control-allow-origin")).toBeNull();
    expect(direct.headers.get("vary")).toContain("Origin");
    const stolen = await ask(app, { origin: OTHER, "x-widget-key": "pk-site" });
    expect(stolen.status).toBe(403);
    expect(stolen.headers.get("access-control-allow-origin")).toBeNull();
    expect(await stolen.json()).toMatchObject({ error: { code: "forbidden" } });
    expect((await ask(app, { origin: SITE })).status).toBe(403);
    expect((await ask(app, { origin: SITE, "x-widget-key": "pk-unknown" })).status).toBe(403);
  });

  it("answers the CORS preflight only for allowed origins", async () => {
    const app = createApp({ ...services, access: policy() });
    const preflight = (origin: string) =>
      app.request("/api/ask", {
        method: "OPTIONS",
        headers: {
          origin,
          "access-control-request-method": "POST",
          "access-control-request-headers": "content-type,x-widget-key",
        },
      });
    expect((await preflight(SITE)).headers.get("access-control-allow-origin")).toBe(SITE);
    expect((await preflight(OTHER)).headers.get("access-control-allow-origin")).toBeNull();
  });

  it("allows listed origins without keys when no keys are configured, and the app's own pages always", async () => {
    const app = createApp({ ...services, access: policy({ widgetKeys: new Map(), allowedOrigins: [SITE] }) });
    expect((await ask(app, { origin: SITE })).status).toBe(200);
    expect((await ask(app, { origin: OTHER })).status).toBe(403);
    expect((await ask(app, {})).status).toBe(200);
    expect((await ask(app, { origin: "http://localhost" })).status).toBe(200);
  });

  it("caps questions per widget session and per day, with a 429 JSON body", async () => {
    let now = Date.UTC(2026, 0, 1, 8);
    const app = createApp({ ...services, access: policy({ sessionCap: 2, dailyCap: 3, now: () => now }) });
    const widget = (session: string) =>
      ask(app, { origin: SITE, "x-widget-key": "pk-site", "x-widget-session": session });
    expect((await widget("s1")).status).toBe(200);
    expect((await widget("s1")).status).toBe(200);
    const capped = await widget("s1");
    expect(capped.status).toBe(429);
    expect(await capped.json()).toMatchObject({ error: { code: "rate_limited" } });
    expect((await widget("s2")).status).toBe(200);
    expect((await widget("s3")).status).toBe(429);
    now += 24 * 3600 * 1000;
    expect((await widget("s3")).status).toBe(200);
  });

  it("limits requests per client IP per minute", async () => {
    const app = createApp({ ...services, access: policy({ ipPerMinute: 2 }) });
    expect((await ask(app, {})).status).toBe(200);
    expect((await ask(app, {})).status).toBe(200);
    const limited = await ask(app, {});
    expect(limited.status).toBe(429);
    expect(await limited.json()).toMatchObject({ error: { code: "rate_limited" } });
    expect((await app.request("/api/cases/05-01")).status).toBe(200);
  });

  it("reads origins and keys from the environment, naming a malformed value", () => {
    const config = loadConfig({
      ALLOWED_ORIGINS: "https://a.example, https://b.example",
      WIDGET_KEYS: "k1=https://a.example|https://c.example",
    });
    expect(config.ALLOWED_ORIGINS).toEqual(["https://a.example", "https://b.example"]);
    expect(config.WIDGET_KEYS.get("k1")).toEqual(["https://a.example", "https://c.example"]);
    expect(() => loadConfig({ WIDGET_KEYS: "k1" })).toThrow(/WIDGET_KEYS/);
    expect(() => loadConfig({ ALLOWED_ORIGINS: "a.example/path" })).toThrow(/ALLOWED_ORIGINS/);
  });
});
