/**
 * The state of the gradient-descent widget and everything it derives from it, without a
 * DOM (so it is tested in Node and drawn the same at build time): the settings and their
 * URL schema, the presets (the lesson's, and the book's 図4-10 settings), the view box of
 * each (data, φ), the run, and the status and caption sentences.
 */
import { t, tCount } from "../../../src/i18n";
import { formatDistinct, formatNumber } from "../../../src/plot/text";
import { Tensor } from "kobai";
import {
  DATA_SEED,
  DATA_SIZE,
  identityCurvature,
  lossSurface,
  makeData,
  type Activation,
  type FitData,
} from "./fit-model";
import { descentStatus, runDescent, type DescentRun } from "./descent";

export type DatasetName = "chapter" | "book";

export interface DescentSettings {
  activation: Activation;
  dataset: DatasetName;
  lr: number;
  steps: number;
  w0: number;
  b0: number;
}

export const LR_RANGE = { min: 1e-10, max: 10 } as const;
export const MAX_STEPS = 200;

/** The lesson's default: a straight descent into the identity bowl. */
export const DEFAULT_SETTINGS: DescentSettings = {
  activation: "identity",
  dataset: "chapter",
  lr: 0.1,
  steps: 30,
  w0: -1.2,
  b0: -1.2,
};

export interface DescentPreset {
  id: "lesson" | "zigzag" | "diverge" | "sigmoid" | "book" | "bookLarge" | "bookSmall";
  settings: DescentSettings;
}

/**
 * The presets. "book" reproduces 図4-10: the book's gradient_descent on f(x₀, x₁) = x₀² + x₁²
 * from (−3, 4) with lr = 0.1 and step_num = 20; "bookLarge"/"bookSmall" are the rates the
 * book tries in 4.4.1 (10 and 1e−10, step_num = 100).
 */
export const PRESETS: readonly DescentPreset[] = [
  { id: "lesson", settings: DEFAULT_SETTINGS },
  { id: "zigzag", settings: { ...DEFAULT_SETTINGS, lr: 0.3 } },
  { id: "diverge", settings: { ...DEFAULT_SETTINGS, lr: 0.4, steps: 45 } },
  { id: "sigmoid", settings: { activation: "sigmoid", dataset: "chapter", lr: 5, steps: 50, w0: -1.5, b0: 2 } },
  { id: "book", settings: { activation: "identity", dataset: "book", lr: 0.1, steps: 20, w0: -3, b0: 4 } },
  { id: "bookLarge", settings: { activation: "identity", dataset: "book", lr: 10, steps: 100, w0: -3, b0: 4 } },
  { id: "bookSmall", settings: { activation: "identity", dataset: "book", lr: 1e-10, steps: 100, w0: -3, b0: 4 } },
];

/** The URL schema of the widget (`?w.<id>.lr=0.3`). */
export const descentSchema = {
  activation: { type: "enum", default: DEFAULT_SETTINGS.activation, options: ["identity", "sigmoid"] },
  dataset: { type: "enum", default: DEFAULT_SETTINGS.dataset, options: ["chapter", "book"] },
  lr: { type: "number", default: DEFAULT_SETTINGS.lr, min: LR_RANGE.min, max: LR_RANGE.max },
  steps: { type: "number", default: DEFAULT_SETTINGS.steps, min: 1, max: MAX_STEPS, integer: true },
  w0: { type: "number", default: DEFAULT_SETTINGS.w0, min: -100, max: 100 },
  b0: { type: "number", default: DEFAULT_SETTINGS.b0, min: -100, max: 100 },
} as const;

/**
 * The book's f(x₀, x₁) = x₀² + x₁² as a data-fitting loss: with the two points x = ±1,
 * t = 0 and φ = identity, L(w, b) = ½((w + b)² + (−w + b)²) = w² + b².
 */
export function bookData(): FitData {
  return { x: Tensor.from([[1], [-1]]), t: Tensor.from([[0], [0]]), seed: 0 };
}

let chapterData: FitData | undefined;

/** The data set of a setting (the chapter's is made once). */
export function dataFor(dataset: DatasetName): FitData {
  if (dataset === "book") return bookData();
  return (chapterData ??= makeData());
}

/** The region of (w, b) drawn for a data set and φ. */
export function viewFor(dataset: DatasetName, activation: Activation): { x: [number, number]; y: [number, number] } {
  if (dataset === "book") return { x: [-4, 4], y: [-5, 5] };
  return activation === "identity" ? { x: [-1.5, 2], y: [-1.5, 2] } : { x: [-2, 6], y: [-5, 3] };
}

/** The region of (x, y) for the data chart. */
export function fitViewFor(dataset: DatasetName): { x: [number, number]; y: [number, number] } {
  return dataset === "book" ? { x: [-1.6, 1.6], y: [-6, 6] } : { x: [-3.2, 3.2], y: [-0.4, 1.4] };
}

export interface DescentResult {
  settings: DescentSettings;
  data: FitData;
  run: DescentRun;
  surface: (w: number, b: number) => number;
  view: { x: [number, number]; y: [number, number] };
}

const surfaces = new Map<string, (w: number, b: number) => number>();

/** Runs the settings (the contour's surface is cached per data set and φ). */
export function computeDescent(settings: DescentSettings): DescentResult {
  const data = dataFor(settings.dataset);
  const key = `${settings.dataset}/${settings.activation}`;
  let surface = surfaces.get(key);
  if (!surface) surfaces.set(key, (surface = lossSurface(settings.activation, data)));
  const run = runDescent({
    activation: settings.activation,
    data,
    start: [settings.w0, settings.b0],
    lr: settings.lr,
    steps: settings.steps,
  });
  return { settings, data, run, surface, view: viewFor(settings.dataset, settings.activation) };
}

/** The status line for the first k steps. */
export function statusText(
  result: DescentResult,
  k: number,
): { text: string; tone: "info" | "warning" | "error" | "success" } {
  const { run } = result;
  if (k === 0) {
    const [w, b] = run.points[0];
    return {
      text: t("gd.status.start", { w: formatNumber(w), b: formatNumber(b), loss: formatNumber(run.losses[0]) }),
      tone: "info",
    };
  }
  const status = descentStatus(run, k);
  switch (status.kind) {
    case "diverged":
      return { text: t("gd.status.diverged", { step: status.step }), tone: "error" };
    case "oscillating":
      return { text: t("gd.status.oscillating", { step: status.step }), tone: "warning" };
    case "zigzag":
      return { text: t("gd.status.zigzag", { step: status.step }), tone: "info" };
    case "descending": {
      const steps = tCount("count.steps", k);
      const pair = formatDistinct(run.losses[0], run.losses[k]);
      if (!pair)
        return { text: t("gd.status.barelyMoved", { loss: run.losses[k].toPrecision(6), steps }), tone: "info" };
      return { text: t("gd.status.descending", { from: pair[0], to: pair[1], steps }), tone: "success" };
    }
  }
}

/** The sentence on the identity bowl's curvature and the critical learning rates, or "" for φ = sigmoid. */
export function curvatureText(settings: DescentSettings): string {
  if (settings.activation !== "identity") return "";
  const c = identityCurvature(dataFor(settings.dataset));
  return t("gd.curvature", {
    lmin: formatNumber(c.lambdaMin),
    lmax: formatNumber(c.lambdaMax),
    mono: formatNumber(c.monotone),
    crit: formatNumber(c.critical),
  });
}

/** How the data set is named in captions. */
export function datasetLabel(dataset: DatasetName): string {
  return dataset === "book" ? t("gd.dataset.book") : t("gd.dataset.chapter", { n: DATA_SIZE, seed: DATA_SEED });
}
