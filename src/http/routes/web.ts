import { type Context, Hono } from "hono";
import { buildWebAssets, type WebAssets } from "../web-assets.js";

const APP_PAGE = `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>数据要素 × 案例助手</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/assets/app.css">
</head>
<body>
  <div id="app"></div>
  <script type="module" src="/assets/app.js"></script>
</body>
</html>`;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.codePointAt(0)};`);

const demoPage = (origin: string, key: string) => `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>案例助手挂件演示</title>
  <link rel="icon" href="data:,">
</head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.7">
  <h1>某单位官网（挂件演示页）</h1>
  <p>这是一个宿主网页。右下角的按钮由下面这一行代码加入：</p>
  <pre style="white-space: pre-wrap; background: #f3f6fb; padding: 0.75rem">&lt;script src="${escapeHtml(origin)}/widget.js" data-key="PUBLIC_KEY" data-title="案例助手" async&gt;&lt;/script&gt;</pre>
  <p>挂件在 Shadow DOM 中运行，宿主页面的样式不会影响它，它也不会影响宿主页面。</p>
  <script src="/widget.js" data-key="${escapeHtml(key)}" data-title="案例助手" async></script>
</body>
</html>`;

const TYPES: Record<keyof WebAssets, string> = {
  "app.js": "text/javascript; charset=utf-8",
  "app.css": "text/css; charset=utf-8",
  "widget.js": "text/javascript; charset=utf-8",
};

/**
 * The web app at `/`, its bundled assets, the embeddable `/widget.js`, and `/widget-demo`, a host page that embeds
 * the widget. Assets are bundled on first use. `demoKey` is the widget key the demo page uses (if keys are on).
 */
export function webRoutes(options: { demoKey?: string; assets?: () => Promise<WebAssets> } = {}) {
  let assets: Promise<WebAssets> | undefined;
  const load = () => {
    assets ??= (options.assets ?? buildWebAssets)();
    return assets;
  };
  const app = new Hono();
  const policy = "default-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";
  app.get("/", (c) => c.html(APP_PAGE, 200, { "content-security-policy": policy }));
  app.get("/widget-demo", (c) =>
    // The widget's Shadow DOM carries its own <style>, which the host page's policy must allow.
    c.html(demoPage(new URL(c.req.url).origin, options.demoKey ?? ""), 200, {
      "content-security-policy": policy.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
    }),
  );
  const serve = (name: keyof WebAssets) => async (c: Context) =>
    c.body((await load())[name], 200, { "content-type": TYPES[name], "cache-control": "no-cache" });
  app.get("/assets/app.js", serve("app.js"));
  app.get("/assets/app.css", serve("app.css"));
  app.get("/widget.js", serve("widget.js"));
  return app;
}
