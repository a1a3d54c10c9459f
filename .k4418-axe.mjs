import { chromium } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
const routes = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"] });
for (const dark of [false, true]) {
  const ctx = await browser.newContext(dark ? { viewport: { width: 390, height: 844 }, colorScheme: "dark", isMobile: true, hasTouch: true } : { viewport: { width: 1280, height: 900 }, colorScheme: "light" });
  const page = await ctx.newPage();
  for (const r of routes) {
    const t0 = Date.now();
    await page.goto("http://127.0.0.1:4418" + r, { waitUntil: "load" });
    const t1 = Date.now();
    const res = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
    const n = await page.evaluate(() => document.querySelectorAll("*").length);
    console.log(dark ? "dark/phone" : "light/desk", r, `load ${t1 - t0} ms, axe ${Date.now() - t1} ms, ${n} elements`);
    for (const v of res.violations) console.log("  ", v.id, v.impact, v.help, "\n     ", v.nodes.slice(0, 4).map((n) => n.target.join(" ") + " :: " + (n.failureSummary ?? "").split("\n").slice(1, 2).join(" ")).join("\n      "));
  }
  await ctx.close();
}
await browser.close();
