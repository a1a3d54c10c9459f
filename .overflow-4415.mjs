import { chromium } from "@playwright/test";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const p = await b.newPage({ viewport: { width: 390, height: 844 } });
await p.goto("http://127.0.0.1:4415" + process.argv[2]);
await p.waitForTimeout(4000);
const r = await p.evaluate(() => {
  const W = document.documentElement.clientWidth;
  const clipped = (e) => { for (let a = e.parentElement; a; a = a.parentElement) { const o = getComputedStyle(a).overflowX; if (o !== "visible") return true; } return false; };
  return [document.documentElement.scrollWidth - W, ...[...document.querySelectorAll("body *")].filter(e => e.getBoundingClientRect().right > W + 1 && !clipped(e)).slice(0, 12).map(e => `${e.tagName}.${e.className?.baseVal ?? e.className} ${Math.round(e.getBoundingClientRect().right)} parent ${e.parentElement.tagName}.${e.parentElement.className}`)];
});
console.log(r.join("\n"));
await b.close();
