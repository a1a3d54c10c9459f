// Ad-hoc screenshots for the site helper (temporary; deleted when done).
import { chromium } from "@playwright/test";
const base = process.argv[2];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-background-networking","--disable-component-update"] });
const shots = [
  ["/", "home"], ["/glossary/", "glossary"], ["/search/?q=gradient", "search"], ["/nope/", "404"], ["/lessons/backpropagation/", "backprop"],
];
for (const [path, name] of shots) {
  for (const [w, h, size] of [[1280, 900, "desktop"], [390, 844, "phone"]]) {
    for (const scheme of ["light", "dark"]) {
      const page = await browser.newPage({ viewport: { width: w, height: h }, colorScheme: scheme });
      await page.goto(base + path);
      await page.waitForTimeout(path.startsWith("/search") ? 2500 : 300);
      await page.screenshot({ path: `/tmp/shots/${name}-${size}-${scheme}.png`, fullPage: false });
      await page.close();
    }
  }
}
await browser.close();
