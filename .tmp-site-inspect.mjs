import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-background-networking","--disable-component-update"] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(process.argv[2]);
console.log(await page.evaluate(() => {
  const r = (s) => { const e = document.querySelector(s); if (!e) return s + " missing"; const b = e.getBoundingClientRect(); return `${s}: x=${b.x|0} w=${b.width|0} display=${getComputedStyle(e).display} cols=${getComputedStyle(e).gridTemplateColumns}`; };
  return [".page", ".lesson-grid", "article", ".prose", ".side", ".side__formula", ".toc--wide"].map(r).join("\n");
}));
await browser.close();
