import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { type ServerType, serve } from "@hono/node-server";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/http/app.js";
import { ARTIFACTS, hostSite, launchBrowser } from "../support/browser.js";
import { fullCorpus } from "../support/full-corpus.js";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let browser: Browser;
let server: ServerType;
let base: string;
let allowed: Awaited<ReturnType<typeof hostSite>>;
let refused: Awaited<ReturnType<typeof hostSite>>;

/**
 * A host page on another origin that embeds the widget the way a site owner would, with a hostile global style;
 * `/?domain=…` embeds it kept to one domain.
 */
const hostPage = (appOrigin: string, url: string) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<title>宿主网站</title><style>* { color: rgb(255, 0, 0) !important; } button { background: rgb(0, 128, 0) !important; }</style></head>
<body><h1>某单位官网</h1><button class="launcher" id="host-button">宿主自己的按钮</button>
<script src="${appOrigin}/widget.js" data-key="pk-demo" data-title="案例助手"${domainAttribute(url)} async></script></body></html>`;

function domainAttribute(url: string): string {
  const domain = new URL(url, "http://host").searchParams.get("domain");
  return domain ? ` data-domain="${domain}"` : "";
}

beforeAll(async () => {
  const services = await fullCorpus();
  allowed = await hostSite((url) => hostPage(base, url));
  refused = await hostSite((url) => hostPage(base, url));
  const app = createApp({
    ...services,
    access: {
      allowedOrigins: [],
      widgetKeys: new Map([["pk-demo", [allowed.origin]]]),
      ipPerMinute: 0,
      keyPerMinute: 0,
      sessionCap: 20,
      dailyCap: 100,
    },
  });
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info) => {
      base = `http://127.0.0.1:${info.port}`;
      resolve();
    });
  });
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await allowed?.close();
  await refused?.close();
  server?.close();
});

async function newPage(viewport = { width: 1200, height: 900 }, bypassCSP = false): Promise<Page> {
  const page = await browser.newPage({ viewport, locale: "zh-CN", bypassCSP });
  page.on("pageerror", (error) => {
    throw error;
  });
  return page;
}

describe("the web app in Chromium", () => {
  it("streams an answer, opens a citation from its marker and shows the case with the passage highlighted", async () => {
    const page = await newPage();
    await page.goto(`${base}/#/ask`);
    await page.fill("#question", "京东物流的供应链金融是怎么做的？");
    await page.keyboard.press("Enter");
    await page.waitForSelector(".answer[aria-busy='false'] .marker", { timeout: 15_000 });
    expect(await page.textContent(".answer")).toContain("京东");
    await page.click(".marker >> nth=0");
    const card = page.locator(".citation.active");
    await expect.poll(() => card.count()).toBe(1);
    const quoted = (await card.locator("mark").textContent()) ?? "";
    await page.screenshot({ path: join(ARTIFACTS, "app-answer.png") });
    await card.locator("a").click();
    await page.waitForSelector("#highlight");
    expect(await page.textContent("#highlight")).toBe(quoted);
    expect(await page.textContent("#case-title")).toContain("数字普惠金融");
    await page.screenshot({ path: join(ARTIFACTS, "app-case.png") });
    await page.close();
  });

  it("keeps answers to the domain picked beside the question", async () => {
    const page = await newPage();
    await page.goto(`${base}/#/ask`);
    const picker = "[aria-labelledby=ask-title] .domain-picker select";
    await expect.poll(() => page.locator(`${picker} option`).count()).toBe(15);
    await page.selectOption(picker, "医疗健康");
    await page.fill("#question", "有哪些案例用了隐私计算？");
    await page.keyboard.press("Enter");
    await page.waitForSelector(".answer[aria-busy='false'] .citation a", { timeout: 15_000, state: "attached" });
    const cited = await page
      .locator(".citation header a")
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).getAttribute("href") ?? ""));
    expect(cited.length).toBeGreaterThan(0);
    // 医疗健康 is the book's eighth domain: its cases are 08-…
    for (const href of cited) expect(href).toMatch(/^#\/case\/08-/);
    await page.close();
  });

  it("finds precedents in the domain picked", async () => {
    const page = await newPage();
    await page.goto(`${base}/#/similar`);
    const picker = "[aria-labelledby=similar-title] .domain-picker select";
    await expect.poll(() => page.locator(`${picker} option`).count()).toBe(15);
    await page.fill("#project", "我们想用仓储和运输数据帮银行给中小经销商做供应链融资，降低融资成本。");
    await page.selectOption(picker, "交通运输");
    await page.click("[aria-labelledby=similar-title] button[type=submit]");
    await page.waitForSelector("[aria-labelledby=similar-title] .card h3 a");
    const found = await page
      .locator("[aria-labelledby=similar-title] .card h3 a")
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).getAttribute("href") ?? ""));
    expect(found.length).toBeGreaterThan(0);
    // 交通运输 is the book's fourth domain: without the picker none of this project's five precedents is in it.
    for (const href of found) expect(href).toMatch(/^#\/case\/04-/);
    await page.close();
  });

  it("asks which case is meant when the first question is a follow-up, without promising closest cases", async () => {
    const page = await newPage();
    await page.goto(`${base}/#/ask`);
    await page.fill("#question", "那它的应用成效呢？");
    await page.keyboard.press("Enter");
    await page.waitForSelector(".answer.refused[aria-busy='false']", { timeout: 15_000 });
    expect(await page.textContent(".answer")).toContain("请写明案例名称或申报单位");
    expect(await page.locator(".answer .notice").count()).toBe(0);
    await page.close();
  });

  it("has no serious or critical accessibility violations (axe-core) in its views", async () => {
    // axe is injected as an inline script, which the app's Content-Security-Policy rightly forbids.
    const page = await newPage(undefined, true);
    const problems: string[] = [];
    for (const hash of ["#/ask", "#/similar", "#/draft", "#/browse", "#/browse/5", "#/case/05-01"]) {
      await page.goto(`${base}/${hash}`);
      await page.waitForLoadState("networkidle");
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const result = await (
          window as unknown as {
            axe: { run: () => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> };
          }
        ).axe.run();
        return result.violations.map((violation) => ({
          id: violation.id,
          impact: violation.impact,
          nodes: violation.nodes.length,
        }));
      });
      for (const violation of violations) {
        if (violation.impact === "serious" || violation.impact === "critical")
          problems.push(`${hash}: ${violation.id} (${violation.nodes})`);
      }
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe("the widget on other sites in Chromium", () => {
  it("opens from the floating button, streams an answer on an allowed origin, and links citations back to the app", async () => {
    const page = await newPage();
    await page.goto(allowed.origin);
    await page.click("button.launcher >> nth=1");
    await page.fill("textarea#q", "有哪些案例用了隐私计算？");
    await page.keyboard.press("Enter");
    await page.waitForSelector(".a[aria-busy='false'] .marker", { timeout: 15_000 });
    const link = await page.locator(".card a").first().getAttribute("href");
    expect(link).toMatch(new RegExp(`^${base}/#/case/\\d{2}-\\d{2}\\?`));
    // No style leaks: the host's hostile rules do not reach inside, the widget's rules do not reach out.
    const inside = await page.locator("form button").evaluate((node) => getComputedStyle(node).backgroundColor);
    expect(inside).not.toBe("rgb(0, 128, 0)");
    expect(await page.locator("#host-button").evaluate((node) => getComputedStyle(node).position)).toBe("static");
    await page.screenshot({ path: join(ARTIFACTS, "widget-answer.png") });
    await page.close();
  });

  it("keeps its answers to the domain its site names", async () => {
    const page = await newPage();
    await page.goto(`${allowed.origin}/?domain=${encodeURIComponent("医疗健康")}`);
    await page.click("button.launcher >> nth=1");
    await page.fill("textarea#q", "有哪些案例用了隐私计算？");
    await page.keyboard.press("Enter");
    await page.waitForSelector(".a[aria-busy='false'] .marker", { timeout: 15_000 });
    const links = await page.locator(".card a").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("href")));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(new RegExp(`^${base}/#/case/08-`));
    await page.close();
  });

  it("is usable by keyboard alone and fits a phone screen", async () => {
    const page = await newPage({ width: 375, height: 740 });
    await page.goto(allowed.origin);
    await page.waitForSelector("button.launcher >> nth=1");
    await page.locator("button.launcher >> nth=1").focus();
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.evaluate(() => document.querySelector("[data-elements-widget]")?.shadowRoot?.activeElement?.id))
      .toBe("q");
    const box = await page.locator("section.panel").boundingBox();
    expect(box?.width).toBeLessThanOrEqual(375);
    expect((box?.height ?? 0) + (box?.y ?? 0)).toBeLessThanOrEqual(740);
    await page.screenshot({ path: join(ARTIFACTS, "widget-phone.png") });
    await page.keyboard.press("Escape");
    expect(await page.locator("section.panel").isHidden()).toBe(true);
    expect(
      await page.evaluate(() => document.querySelector("[data-elements-widget]")?.shadowRoot?.activeElement?.className),
    ).toBe("launcher");
    await page.close();
  });

  it("is refused on an origin its key is not bound to", async () => {
    const page = await newPage();
    await page.goto(refused.origin);
    await page.click("button.launcher >> nth=1");
    await page.fill("textarea#q", "有哪些案例用了隐私计算？");
    await page.keyboard.press("Enter");
    const alert = page.locator(".a[role='alert']");
    await expect.poll(() => alert.count(), { timeout: 15_000 }).toBe(1);
    expect(await alert.textContent()).toContain("未被授权");
    expect(await page.locator(".marker").count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, "widget-refused.png") });
    await page.close();
  });
});
