import { chromium } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
for (const scheme of (process.env.SCHEMES ?? "light,dark").split(",")) for (const slug of (process.env.SLUGS ?? "sgd").split(",")) {
  const ctx = await browser.newContext({ colorScheme: scheme }); const page = await ctx.newPage();
  await page.goto(`http://127.0.0.1:4411/lessons/${slug}/`, { waitUntil: "networkidle" });
  await page.waitForTimeout(800);
  const r = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  console.log(slug, scheme, r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`));
  await ctx.close();
}
await browser.close();
