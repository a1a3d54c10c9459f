import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on("console", (m) => console.log("console:", m.type(), m.text()));
page.on("pageerror", (e) => console.log("pageerror:", e.message));
await page.goto("http://127.0.0.1:4403/playground/");
await page.waitForTimeout(500);
await page.getByRole("button", { name: "Run all" }).click();
await page.waitForTimeout(6000);
for (const id of ["tensors", "uses-previous", "descent-chart", "your-turn", "train"]) {
  const text = await page.locator(`#cell-${id} .cell__output`).innerText();
  console.log("==", id, JSON.stringify(text.slice(0, 300)));
  console.log("status", await page.locator(`#cell-${id} .cell__status`).innerText());
}
await page.screenshot({ path: "test-results/screenshots/smoke.png", fullPage: true });
await browser.close();
