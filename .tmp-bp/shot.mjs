import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"] });
const base = "http://127.0.0.1:4414/lessons/backpropagation/";
for (const [w, h] of [[1280, 900], [390, 844]]) {
  for (const scheme of ["light", "dark"]) {
    const page = await browser.newPage({ viewport: { width: w, height: h }, colorScheme: scheme });
    page.on("console", (m) => { if (m.type() === "error") console.log("console error:", m.text()); });
    page.on("pageerror", (e) => console.log("pageerror:", e.message));
    await page.goto(base);
    await page.evaluate((s) => { document.documentElement.dataset.theme = s; }, scheme);
    const shop = page.locator("kobai-shopping-graph");
    await shop.scrollIntoViewIfNeeded();
    await page.click("#shop-forward");
    for (let i = 0; i < 2; i++) await page.click("#shop-backward");
    await page.waitForTimeout(300);
    await shop.screenshot({ path: `/work/main/test-results/screenshots/backpropagation-graph-${w}-${scheme}.png` });
    const net = page.locator("kobai-layer-stepper");
    await net.scrollIntoViewIfNeeded();
    for (let i = 0; i < 5; i++) await page.click(i < 4 ? "#net-forward" : "#net-backward");
    await page.waitForTimeout(300);
    await net.screenshot({ path: `/work/main/test-results/screenshots/backpropagation-net-${w}-${scheme}.png` });
    await page.click("#net-run");
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/work/main/test-results/screenshots/backpropagation-${w}-${scheme}.png`, fullPage: true });
    await page.close();
  }
}
await browser.close();
