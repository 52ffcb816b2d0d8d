import { beforeAll, describe, expect, it } from "vitest";
import type { Corpus } from "../src/domain/case.js";
import type { createApp } from "../src/http/app.js";
import { fullCorpus } from "./support/full-corpus.js";

let app: ReturnType<typeof createApp>;
let corpus: Corpus;

beforeAll(async () => {
  ({ corpus, app } = await fullCorpus());
});

const json = async (path: string, init?: RequestInit) => {
  const response = await app.request(path, init);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe("case endpoints", () => {
  it("reports health", async () => {
    const { status, body } = await json("/healthz");
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: "ok", cases: 100, domains: 14, index: { dimensions: 256 } });
    expect((body.index as { chunks: number }).chunks).toBeGreaterThan(500);
  });

  it("lists the 14 domains with their intros and case counts", async () => {
    const { status, body } = await json("/api/domains");
    const domains = body.domains as Array<{ domainNo: number; domain: string; intro: string; caseCount: number }>;
    expect(status).toBe(200);
    expect(domains).toHaveLength(14);
    expect(domains[4]).toMatchObject({ domainNo: 5, domain: "金融服务", caseCount: 16 });
    expect(domains.every((d) => d.intro.length > 0)).toBe(true);
  });

  it("lists cases, filtered by domain name or number", async () => {
    const all = await json("/api/cases");
    expect((all.body.cases as unknown[]).length).toBe(100);
    const byName = await json(`/api/cases?domain=${encodeURIComponent("金融服务")}`);
    const byNumber = await json("/api/cases?domain=5");
    expect((byName.body.cases as unknown[]).length).toBe(16);
    expect(byNumber.body).toEqual(byName.body);
    expect((byName.body.cases as Array<{ caseId: string }>)[2]).toMatchObject({ caseId: "05-03", domain: "金融服务" });
  });

  it("rejects an unknown domain with a 400 that lists the valid ones", async () => {
    const { status, body } = await json(`/api/cases?domain=${encodeURIComponent("航空航天")}`);
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: "bad_request" });
    expect((body.error as { message: string }).message).toContain("金融服务");
  });

  it("returns a case with its four sections, as in the case file", async () => {
    const { status, body } = await json("/api/cases/05-03");
    const expected = corpus.cases.find((c) => c.caseId === "05-03");
    expect(status).toBe(200);
    expect(body).toMatchObject({ caseId: "05-03", title: expected?.title, applicants: expected?.applicants });
    expect(body.sections).toEqual(expected?.sections);
  });

  it("answers unknown cases and unknown routes with a JSON 404", async () => {
    const unknownCase = await json("/api/cases/99-01");
    expect(unknownCase.status).toBe(404);
    expect(unknownCase.body.error).toMatchObject({ code: "not_found" });
    const unknownRoute = await json("/api/nothing-here");
    expect(unknownRoute).toMatchObject({ status: 404, body: { error: { code: "not_found" } } });
  });

  it("describes its routes in an OpenAPI document", async () => {
    const { status, body } = await json("/openapi.json");
    expect(status).toBe(200);
    expect(Object.keys(body.paths as object)).toEqual(
      expect.arrayContaining(["/healthz", "/api/domains", "/api/cases", "/api/cases/{id}"]),
    );
    // Every route that reads a JSON body documents the errors a body can bring.
    const paths = body.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>;
    const posts = Object.entries(paths).flatMap(([path, methods]) => (methods.post ? [[path, methods.post]] : []));
    expect(posts.map(([path]) => path)).toEqual(expect.arrayContaining(["/api/ask", "/api/search", "/api/draft"]));
    for (const [path, post] of posts) {
      expect(Object.keys((post as { responses: object }).responses), path as string).toEqual(
        expect.arrayContaining(["400", "413", "415"]),
      );
    }
  });
});

describe("API docs", () => {
  it("serves a reference UI for the OpenAPI document from local assets", async () => {
    const page = await app.request("/docs");
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).not.toMatch(/https?:\/\//);
    for (const asset of html.matchAll(/(?:src|href)="([^"]+)"/g)) {
      const response = await app.request(asset[1] as string);
      expect(response.status, asset[1]).toBe(200);
    }
    expect((await app.request("/docs/assets/secret.txt")).status).toBe(404);
  });
});

describe("web assets", () => {
  it("serves the app page, its bundle, and a widget script within its 30 KB gzip budget", async () => {
    const { gzipSync } = await import("node:zlib");
    const page = await app.request("/");
    expect(page.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(await page.text()).toContain('<div id="app">');
    expect((await app.request("/assets/app.js")).status).toBe(200);
    const widget = await app.request("/widget.js");
    const source = await widget.text();
    expect(widget.headers.get("content-type")).toContain("javascript");
    expect(gzipSync(source).length).toBeLessThanOrEqual(30 * 1024);
    const demo = await (await app.request("/widget-demo")).text();
    expect(demo).toContain('<script src="/widget.js"');
  });
});
