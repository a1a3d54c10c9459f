import { chromium } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
for (const r of process.argv.slice(2)) {
  let t = Date.now();
  await page.goto("http://127.0.0.1:4418" + r, { waitUntil: "load" });
  const tl = Date.now() - t; t = Date.now();
  await page.screenshot({ path: "/tmp/k4418-shot.png", fullPage: true });
  const ts = Date.now() - t; t = Date.now();
  const res = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const ta = Date.now() - t;
  const h = await page.evaluate(() => [document.documentElement.scrollHeight, document.querySelectorAll("*").length]);
  console.log(r, { load: tl, shot: ts, axe: ta, height: h[0], elements: h[1], violations: res.violations.map((v) => v.id) });
}
await browser.close();
