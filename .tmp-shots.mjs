import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"] });
for (const scheme of ["light", "dark"]) for (const width of [1280, 390]) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
  const page = await context.newPage();
  page.on("pageerror", (e) => console.log("pageerror:", e.message));
  await page.goto("http://127.0.0.1:4403/playground/");
  await page.getByRole("button", { name: "Run all" }).click();
  await page.locator("#cell-train progress").waitFor();
  await page.waitForTimeout(2500);
  await page.locator("#cell-train").getByRole("button", { name: "Stop" }).click();
  // an edited cell with an error, to show the marks
  await page.locator("#cell-uses-previous .cell__editor").click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.press("Enter");
  await page.keyboard.type("console.log(sum(y));");
  await page.keyboard.press("Shift+Enter");
  await page.locator("#cell-uses-previous .cell-out__error").waitFor();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width, height });
  await page.waitForTimeout(400);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  console.log(scheme, width, "overflow", overflow);
  await page.screenshot({ path: `test-results/screenshots/playground-${width}-${scheme}.png` });
  await context.close();
}
await browser.close();
