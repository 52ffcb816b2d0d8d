import { chromium } from "playwright-core";

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, locale: "zh-CN" });
page.on("console", (m) => console.log("console:", m.text()));
page.on("pageerror", (e) => console.log("pageerror:", e.message));
await page.goto("http://127.0.0.1:8799/#/ask");
await page.fill("#question", "京东物流的供应链金融是怎么做的？");
await page.keyboard.press("Enter");
await page.waitForSelector(".answer[aria-busy=false] .marker", { timeout: 10000 });
await page.click(".marker >> nth=0");
await page.screenshot({ path: "/tmp/shots/ask.png", fullPage: false });
await page.click(".citation.active a");
await page.waitForSelector("#highlight");
await page.screenshot({ path: "/tmp/shots/case.png" });
await page.goto("http://127.0.0.1:8799/widget-demo");
await page.click("[data-elements-widget] >> css=button.launcher").catch(async () => {
  await page.locator("button.launcher").click();
});
await page.screenshot({ path: "/tmp/shots/widget.png" });
await browser.close();
