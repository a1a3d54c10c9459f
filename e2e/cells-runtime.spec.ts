/**
 * Nothing a cell does takes the page down (issue 12): huge output lines, a closed
 * runtime, errors thrown after the run, odd throws, and charts too big to draw.
 */
import { test, expect } from "@playwright/test";
import { cellOf, outputOf, runShared } from "./cell-code";

test("one huge output line is cut, with a note, and the page stays responsive", async ({ page }) => {
  await runShared(page, "tensors", 'console.log("x".repeat(5e7));\nconsole.log("after");');
  await expect(cellOf(page, "tensors").locator(".cell__status")).toHaveText(/Ran in/, { timeout: 30_000 });
  const lines = outputOf(page, "tensors").locator(".cell-out__line");
  await expect(lines).toHaveCount(2);
  const first = (await lines.first().textContent()) ?? "";
  expect(first.length).toBeLessThan(10_100);
  expect(first).toMatch(/^x{10000}… \(49,990,000 more characters not shown\)$/);
  await expect(lines.nth(1)).toHaveText("after");
});

test("self.close() in a cell says the runtime is gone, and the next run gets a fresh one", async ({ page }) => {
  await runShared(page, "tensors", 'console.log("before");\n(self as any).close();');
  const error = outputOf(page, "tensors").locator(".cell-out__error");
  await expect(error).toContainText("The cell closed its runtime (self.close()).");
  await expect(cellOf(page, "tensors").locator(".cell__status")).toHaveText(/Failed/);
  await expect(cellOf(page, "tensors").getByRole("button", { name: "Stop" })).toBeDisabled();
  await cellOf(page, "uses-previous").locator("[data-action=run]").click();
  // A fresh runtime: the earlier cell's names are gone, so this fails with its own error.
  await expect(outputOf(page, "uses-previous").locator(".cell-out__error")).toContainText("x is not defined");
});

test("errors thrown later (a timer) and rejections nobody handled appear under their cell", async ({ page }) => {
  await runShared(
    page,
    "tensors",
    [
      'console.log("started");',
      'setTimeout(() => { throw new Error("from a timer"); }, 100);',
      'Promise.reject(new TypeError("nobody awaited me"));',
    ].join("\n"),
  );
  const errors = outputOf(page, "tensors").locator(".cell-out__error");
  await expect(errors.filter({ hasText: "nobody awaited me" })).toContainText(
    "TypeError at line 3, column 16: Later, outside the run: nobody awaited me",
  );
  await expect(errors.filter({ hasText: "from a timer" })).toContainText(
    "Error at line 2, column 26: Later, outside the run: from a timer",
  );
  await expect(cellOf(page, "tensors").locator(".cm-cell-error-line")).toHaveCount(1);
});

test("throw of a string or null names the line of the throw, and the editor marks it", async ({ page }) => {
  await runShared(page, "tensors", 'const a = 1;\nif (a) throw "text thrown";');
  const error = outputOf(page, "tensors").locator(".cell-out__error");
  await expect(error).toContainText("Error at line 2, column 8: text thrown");
  await expect(cellOf(page, "tensors").locator(".cm-line.cm-cell-error-line")).toHaveText(
    'if (a) throw "text thrown";',
  );
  await runShared(page, "tensors", "function f() {\n  throw null;\n}\nf();");
  await expect(error).toContainText("Error at line 2, column 3: null");
});

test("a chart of 100,000 dots is refused with what to do, without holding up the page", async ({ page }) => {
  await runShared(
    page,
    "tensors",
    "const xs = Array.from({ length: 100_000 }, (_, i) => [i, Math.sin(i)]);\nplot({ marks: [Plot.dot(xs)] });",
  );
  const error = outputOf(page, "tensors").locator(".cell-out__error");
  await expect(error).toContainText(
    /RangeError at line 2, column \d+: This chart has 100,\d{3} elements; a chart in a cell may draw at most 20,000/,
    { timeout: 45_000 },
  );
  await expect(error).toContainText("every 10th");
});
