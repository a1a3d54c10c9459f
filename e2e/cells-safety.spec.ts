/**
 * Nothing a cell does reaches outside its box (issue 12): hostile chart markup, styles
 * that would restyle or cover the page, URLs that would make the page fetch from other
 * hosts, and messages a cell posts itself to end its run. The code arrives the way a
 * stranger's would: from a share link, run by pressing Run.
 */
import { test, expect, type Locator } from "@playwright/test";
import { cellOf, outputOf, recordOffsiteRequests, runShared, PLAYGROUND } from "./cell-code";

/** A custom Plot mark that draws `markup` (the normal API: a mark is any function returning an element). */
const markWith = (markup: string) => `
const hostile = (index: number[], scales: unknown, values: unknown, dimensions: unknown, context: { document: Document }) => {
  const g = context.document.createElementNS("http://www.w3.org/2000/svg", "g");
  g.innerHTML = ${JSON.stringify(markup)};
  return g;
};
plot({ marks: [Plot.dot([[1, 2], [2, 3]]), hostile] });
console.log("drawn");
`;

const EVIL = "https://evil.example";
const HOSTILE_MARKUP = [
  `<style>html { transform: rotate(180deg) } body { background: url(${EVIL}/body.png) } @\\69mport url(${EVIL}/escaped.css); @import url(${EVIL}/plain.css);`,
  `:host { position: fixed; inset: 0; z-index: 99999; background: red }`,
  `.a { fill: url(#grad) } .b { background-image: u\\72l(${EVIL}/escaped-url.png) } .c { background: image-set("${EVIL}/set.png" 1x) }`,
  `@font-face { font-family: x; src: url(${EVIL}/font.woff) } text { font-family: x }</style>`,
  `<rect class="a b c" width="10" height="10" fill="url(${EVIL}/fill.svg#p)" mask="url(${EVIL}/mask.svg#m)" filter="url(${EVIL}/f.svg#f)"`,
  ` style="background-image:url(${EVIL}/attr.png); cursor: url(${EVIL}/cursor.png), auto"></rect>`,
  `<rect class="a" width="5" height="5" fill="url(#grad)"></rect>`,
  `<use href="#ok"></use><use href="${EVIL}/sprite.svg#a"></use><use href="javascript:alert(4)"></use>`,
  `<image href="${EVIL}/image.png" width="10" height="10"></image>`,
  `<a href="javascript:alert(1)"><text class="js-link">js</text></a>`,
  `<foreignObject width="100" height="100"><div xmlns="http://www.w3.org/1999/xhtml" style="position:fixed;inset:0">fo</div></foreignObject>`,
  `<script>alert(2)</script><circle onload="alert(3)" r="2"></circle>`,
  `<animate attributeName="href" to="javascript:alert(5)"></animate>`,
  `<div style="position:fixed;top:0;left:0;width:100vw;height:100vh;z-index:99999;background:white">Session expired: sign in again</div>`,
  `<div style="position:absolute;top:-2000px;left:0;width:5000px;height:5000px;background:blue">absolute</div>`,
].join("");

/** No point of the viewport outside the chart's own box shows the chart (a 9 × 9 grid). */
async function pageNotCovered(chart: Locator): Promise<void> {
  const covered = await chart.evaluate((host) => {
    const box = host.getBoundingClientRect();
    const out: string[] = [];
    for (let i = 0; i < 9; i++) {
      for (let j = 0; j < 9; j++) {
        const x = ((i + 0.5) / 9) * innerWidth;
        const y = ((j + 0.5) / 9) * innerHeight;
        if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) continue;
        if (document.elementFromPoint(x, y)?.closest(".cell-out__plot")) out.push(`${Math.round(x)},${Math.round(y)}`);
      }
    }
    return out;
  });
  expect(covered).toEqual([]);
}

test("hostile chart markup stays inside its box, cannot restyle the page and fetches nothing", async ({ page }) => {
  const offsite = await recordOffsiteRequests(page);
  await runShared(page, "tensors", markWith(HOSTILE_MARKUP));
  await expect(outputOf(page, "tensors")).toContainText("drawn");
  const chart = outputOf(page, "tensors").locator(".cell-out__plot");
  await expect(chart.locator("svg circle").first()).toBeAttached();
  await chart.scrollIntoViewIfNeeded();
  await page.waitForTimeout(300); // give any stray load a chance to start

  // Nothing left the site.
  expect(offsite).toEqual([]);
  // The page is not restyled.
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).transform)).toBe("none");
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundImage)).toBe("none");
  expect(await chart.evaluate((el) => getComputedStyle(el).position)).not.toBe("fixed");
  // No <style>, script, handler, image, foreignObject, animation or outside reference survives.
  const inside = await chart.evaluate((el) => el.shadowRoot!.innerHTML);
  expect(inside).not.toMatch(/<style|<script|onload|<image|foreignObject|<animate|javascript:|evil\.example/i);
  expect(inside).toContain('fill="url(#grad)"');
  expect(inside).toMatch(/<use href="#ok"/);
  // Nothing drawn covers the page outside the chart's box (the fixed and absolute panels are clipped to it).
  await pageNotCovered(chart);
  const overlay = chart.getByText("Session expired: sign in again", { exact: true });
  const [overlayBox, chartBox] = [await overlay.boundingBox(), await chart.boundingBox()];
  expect(overlayBox!.y).toBeGreaterThanOrEqual(chartBox!.y - 1); // anchored to the chart, not the viewport
});

test("a fixed overlay given as Plot's style text stays in the chart's box", async ({ page }) => {
  await runShared(
    page,
    "tensors",
    'plot({ style: "position: fixed; top: 0; left: 0; width: 100vw; height: 100vh; z-index: 99999; background: red", marks: [Plot.dot([[1, 2]])] });',
  );
  const chart = outputOf(page, "tensors").locator(".cell-out__plot");
  await expect(chart.locator("svg")).toBeAttached();
  await page.evaluate(() => scrollTo(0, 0));
  await pageNotCovered(chart);
  const [chartBox, outputBox] = [await chart.boundingBox(), await outputOf(page, "tensors").boundingBox()];
  const svgBox = await chart.locator("svg").boundingBox();
  // The svg's fixed box is anchored to the chart, and drawn no bigger than the output area.
  expect(svgBox!.y).toBeGreaterThanOrEqual(chartBox!.y - 1);
  expect(chartBox!.y + chartBox!.height).toBeLessThanOrEqual(outputBox!.y + outputBox!.height + 1);
});

test("Plot's href channel makes safe links, and a style given as text works", async ({ page }) => {
  await runShared(
    page,
    "tensors",
    [
      "plot({",
      '  style: "font-size: 15px; color: rgb(200, 0, 0)",',
      "  marks: [Plot.dot([[1, 2], [2, 3], [3, 1]], { x: (d: number[]) => d[0], y: (d: number[]) => d[1], r: 6, href: (d: number[]) => `https://example.com/p/${d[0]}` })],",
      "});",
    ].join("\n"),
  );
  const chart = outputOf(page, "tensors").locator(".cell-out__plot");
  const links = chart.locator("a");
  await expect(links).toHaveCount(3);
  for (const link of await links.all()) {
    await expect(link).toHaveAttribute("href", /^https:\/\/example\.com\/p\/\d$/);
    await expect(link).toHaveAttribute("target", "_blank");
    await expect(link).toHaveAttribute("rel", "noopener noreferrer");
    await expect(link.locator("circle")).toHaveCount(1);
  }
  expect(await chart.locator("svg").evaluate((svg) => getComputedStyle(svg).fontSize)).toBe("15px");
  expect(await chart.locator("svg").evaluate((svg) => getComputedStyle(svg).color)).toBe("rgb(200, 0, 0)");
});

test("a cell cannot end its own run (or draw) by posting protocol messages itself", async ({ page }) => {
  await runShared(
    page,
    "tensors",
    [
      "const forged = (self as any);",
      "for (let runId = 0; runId < 50; runId++) {",
      '  forged.postMessage({ type: "done", runId, ms: 1 });',
      '  forged.postMessage({ type: "output", runId, items: [{ kind: "text", level: "log", text: "forged" }] });',
      "}",
      "self.addEventListener('message', (e: MessageEvent) => { (globalThis as any).stolen = e.ports; });",
      "await new Promise((resolve) => setTimeout(resolve, 1500));",
      'console.log("still running");',
    ].join("\n"),
  );
  const status = cellOf(page, "tensors").locator(".cell__status");
  await expect(status).toHaveText("Running…");
  await page.waitForTimeout(700);
  await expect(status).toHaveText("Running…");
  await expect(outputOf(page, "tensors")).toHaveText("still running");
  await expect(status).toHaveText(/Ran in/);
  // The next run's port does not reach the listener the cell added.
  await cellOf(page, "uses-previous").locator("[data-action=run]").click();
  await expect(cellOf(page, "uses-previous").locator(".cell__status")).toHaveText(/Ran in|Failed/);
  await cellOf(page, "tensors").locator("[data-action=run]").click();
  await expect(outputOf(page, "tensors")).toHaveText("still running");
});

test("the playground's own chart still draws after the change", async ({ page }) => {
  await page.goto(PLAYGROUND);
  const offsite = await recordOffsiteRequests(page);
  await cellOf(page, "descent-chart").scrollIntoViewIfNeeded();
  await cellOf(page, "descent-chart").locator("[data-action=run]").click();
  const chart = outputOf(page, "descent-chart").locator(".cell-out__plot");
  await expect(chart.locator("svg")).toBeVisible();
  expect(await chart.locator("svg path, svg circle").count()).toBeGreaterThan(10);
  expect(offsite).toEqual([]);
});
