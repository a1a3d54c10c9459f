import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto("http://127.0.0.1:4403/playground/");
await page.locator("#cell-descent-chart").scrollIntoViewIfNeeded();
await page.waitForTimeout(1500);
await page.locator("#cell-descent-chart").screenshot({ path: "test-results/screenshots/cell3.png" });
console.log(await page.locator("#cell-descent-chart .cm-gutters").evaluate((e) => e.outerHTML.slice(0, 800)));
await browser.close();
