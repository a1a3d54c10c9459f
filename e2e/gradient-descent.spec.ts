/**
 * The gradient-descent chapter on the built site: the landscape widget (a click on the
 * contour sets the start, the learning-rate slider, step / play, presets and the status
 * line), the batch-size widget, the cells, a Predict and an Exercise, and screenshots.
 */
import { expect, type Page } from "@playwright/test";
import { clickRun, expectCellOutputs } from "./cell-helpers";
import { expectPresets } from "./optimizer-explorer";
import {
  expectNoAxeViolations,
  expectPredictAndExercise,
  japanese,
  pageTest,
  screenshotChapter,
} from "./lesson-helpers";

const URL = "/lessons/gradient-descent/";

async function ready(page: Page): Promise<void> {
  await page.goto(URL);
  await expect(page.locator("#gd-landscape-lr")).toBeAttached();
  await expect(page.locator("#gd-batches-batch")).toBeAttached();
}

pageTest("landscape: click to start, step, play, learning rate, presets", ready, async (page) => {
  const widget = page.locator("#gd-landscape");
  const status = widget.locator(".kobai-status");
  await expect(status).toContainText("Descending: the loss fell at every step, 6.39 → 0.020 after 30 steps");
  await expect(widget.locator(".gd-grad caption")).toContainText("step 30");
  await widget.getByRole("button", { name: "Reset" }).click();
  await expect(widget.locator(".gd-grad")).toContainText("−6.42873");

  // Click the contour chart near (1.5, −1): the start moves there.
  const svg = widget.locator("[data-chart-slot] svg");
  await svg.scrollIntoViewIfNeeded();
  const box = (await svg.boundingBox())!;
  const xScale = JSON.parse((await svg.getAttribute("data-x-scale"))!);
  const yScale = JSON.parse((await svg.getAttribute("data-y-scale"))!);
  const vb = await svg.evaluate((el) => (el as SVGSVGElement).viewBox.baseVal.width);
  const px = (v: number, s: { domain: number[]; range: number[] }) =>
    s.range[0] + ((v - s.domain[0]) / (s.domain[1] - s.domain[0])) * (s.range[1] - s.range[0]);
  const k = box.width / vb;
  await page.mouse.click(box.x + px(1.5, xScale) * k, box.y + px(-1, yScale) * k);
  await expect(page.locator("#gd-landscape-w0")).toHaveValue(/^1\.[45]/);
  await expect(page.locator("#gd-landscape-b0")).toHaveValue(/^-(0\.9|1)/);

  // Reset, then step: step 1 of the new run.
  await widget.getByRole("button", { name: "Reset" }).click();
  await expect(status).toContainText("Press Play or Step");
  await widget.getByRole("button", { name: "Step", exact: true }).click();
  await expect(widget.locator(".gd-grad caption")).toContainText("step 1");
  await widget.getByRole("button", { name: "Play" }).click();
  await expect(widget.locator(".gd-grad caption")).toContainText("step 30", { timeout: 20_000 });

  // A larger learning rate (log slider: position = log10 η).
  await page.locator("#gd-landscape-lr").fill("-0.4"); // η = 10^−0.4 ≈ 0.398
  await expect(status).toContainText(/Oscillating|Diverged/);
  await widget.getByRole("button", { name: "Too large: η = 0.4 > 2/λ" }).click();
  await expect(status).toContainText("Diverged at step 27");
  await widget.getByRole("button", { name: "Zigzag: η = 0.3" }).click();
  await expect(status).toContainText("Zigzag");
  await widget.getByRole("button", { name: "Reproduce 図4-10" }).click();
  await expect(widget.locator("[data-chart-slot] figcaption")).toContainText("20 steps from (−3, 4)");
  await widget.getByRole("button", { name: "Book: η = 10" }).click();
  await expect(status).toContainText("Diverged at step 2");
  await widget.getByRole("button", { name: "Sigmoid plateau" }).click();
  await expect(page.locator("#gd-landscape-activation")).toHaveValue("sigmoid");
  await expect(status).toContainText("0.57 → 0.0085");
  // Keyboard users type the start.
  await page.locator("#gd-landscape-w0").fill("0");
  await page.locator("#gd-landscape-w0").press("Tab");
  await expect(widget.locator("[data-chart-slot] figcaption")).toContainText("from (0, 2)");
  await expect(widget).not.toContainText("NaN");
  await expect(page).toHaveURL(/w\.gd-landscape\.activation=sigmoid/);
});

pageTest("batch sizes: slider, epochs, replacement", ready, async (page) => {
  const widget = page.locator("#gd-batches");
  await expect(widget.locator(".kobai-status")).toContainText(
    "B = 10: 4 updates per epoch, 80 in all; final loss 0.0090",
  );
  await page.locator("#gd-batches-batch").fill("1");
  await expect(widget.locator(".kobai-status")).toContainText("B = 1: 40 updates per epoch, 800 in all");
  await page.locator("#gd-batches-batch").fill("7");
  await expect(widget.locator(".kobai-status")).toContainText("B = 7: 6 updates per epoch, 120 in all");
  await page.locator("#gd-batches-epochs").fill("5");
  await expect(widget.locator(".kobai-status")).toContainText("30 in all");
  await widget.getByLabel("Draw with replacement (the book's np.random.choice)").check();
  await expect(widget.locator("figcaption")).toContainText("mini-batch (B = 7)");
  await expect(widget.locator("table")).toContainText("full batch (B = 40)");
  await expect(widget).not.toContainText("NaN");
});

pageTest("cells run; your turn names the problem; predict and exercise open", ready, async (page) => {
  const cell = page.locator("#cell-gd-descent");
  await clickRun(cell);
  await expect(cell.locator(".cell__output")).toContainText("-6.428732", { timeout: 20_000 });
  await expectCellOutputs(page, {
    "gd-your-numgrad": ["Every entry is 0"],
    "gd-tiny-h": ["Math.fround(1e-50) = 0"],
  });
  await expectPredictAndExercise(page, {
    predict: { shows: "32.6" },
    exercise: { hint: "\\nabla f = (2w, 2b)", solution: "−19" },
  });
});

pageTest(
  "3-D surface: drawn before scripts, turns by drag and arrow keys, says so, follows φ and η",
  ready,
  async (page) => {
    const widget = page.locator("#gd-surface");
    const frame = widget.getByRole("group", { name: /3-D loss surface: drag it/ });
    const surface = frame.getByRole("img", { name: "3-D loss surface L(w, b)" });
    const caption = widget.locator("[data-chart-slot] figcaption");
    await expect(caption).toContainText("3-D loss surface L(w, b) for φ = sigmoid");
    await expect(caption).toContainText("50 steps of gradient descent with η = 1");
    await expect(caption).toContainText("azimuth −35°, elevation 30°");
    await expect(widget.locator("[data-contour-slot] svg")).toBeVisible();
    const firstFace = () => surface.locator(".gd-surface3d__mesh > path").first().getAttribute("d");
    const before = await firstFace();

    // Keyboard: focus the labelled frame, arrow keys turn it, the live line and caption say so.
    await frame.focus();
    await page.keyboard.press("ArrowRight");
    await expect(widget.locator("[data-view]")).toContainText("azimuth −20°, elevation 30°");
    await page.keyboard.press("ArrowUp");
    await expect(widget.locator("[data-view]")).toContainText("azimuth −20°, elevation 40°");
    await expect(caption).toContainText("azimuth −20°, elevation 40°");
    expect(await firstFace()).not.toBe(before);
    await expect(page).toHaveURL(/w\.gd-surface\.elevation=40/);
    await page.keyboard.press("Home");
    await expect(widget.locator("[data-view]")).toContainText("azimuth −35°, elevation 30°");

    // Drag: 100 px to the left turns the azimuth by +50° (half a degree a pixel).
    await frame.scrollIntoViewIfNeeded();
    const box = (await frame.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 50, box.y + box.height / 2, { steps: 3 });
    await page.mouse.move(box.x + box.width / 2 - 100, box.y + box.height / 2, { steps: 3 });
    await page.mouse.up();
    await expect(widget.locator("[data-view]")).toContainText("azimuth 15°, elevation 30°");
    await expect(caption).toContainText("azimuth 15°");

    // The run follows the controls, on both pictures.
    await page.locator("#gd-surface-activation").selectOption("identity");
    await expect(caption).toContainText("φ = identity");
    await expect(widget.locator("[data-contour-slot] figcaption")).toContainText("from (−1.20, −1.20)");
    await page.locator("#gd-surface-lr").fill("-1"); // η = 10^−1
    await expect(caption).toContainText(/η = 0\.10?,/);
    await expect(widget).not.toContainText("NaN");
  },
);

pageTest("3-D surface: axe finds no violations in the widget", ready, async (page) => {
  await expectNoAxeViolations(page, ["#gd-surface"]);
});

pageTest("iris cell: 5 updates per epoch, 500 in all, 46 of 50 test flowers", ready, async (page) => {
  const cell = page.locator("#cell-gd-iris");
  await clickRun(cell);
  await expect(cell.locator(".cell__output")).toContainText("5 updates per epoch", { timeout: 60_000 });
  await expect(cell.locator(".cell__output")).toContainText("test accuracy 0.92 (46 of 50)", { timeout: 60_000 });
});

screenshotChapter("gradient-descent", { open: ready });

pageTest(
  "日本語版: the presets and statuses the Japanese prose names, and cells that speak Japanese",
  japanese("gradient-descent"),
  async (page) => {
    const widget = page.locator("#gd-landscape");
    const status = widget.locator(".kobai-status");
    await expect(status).toContainText(
      "下っています。損失は毎ステップ減り、30 ステップ後に 6.39 → 0.020 になりました。",
    );
    await expectPresets(widget, [
      { button: "大きすぎる:η = 0.4 > 2/λ", status: /ステップ 27 で発散しました/ },
      { button: "シグモイド関数の平坦部", status: /0\.57 → 0\.0085/ },
    ]);

    // The cells run the English code with Japanese comments and printed words.
    await expectCellOutputs(page, {
      "gd-iris": ["1エポックあたり 5 回の更新", "テストデータの認識精度 0.92(46/50 個が正解)"],
    });
    const yourTurn = page.locator('.cell[data-cell-id="gd-your-numgrad"]');
    await clickRun(yourTurn);
    await expect(yourTurn.locator(".cm-content")).toContainText("チェッカー:ここは変えないでください。");
    await expect(yourTurn.locator(".cell__output")).toContainText("どの要素も 0 です。", { timeout: 30_000 });
    await expect(yourTurn.locator(".cell__output")).toContainText("✓ p が元の値に正確に戻っている");
  },
);
