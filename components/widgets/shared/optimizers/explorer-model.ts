/**
 * The optimizer explorer without a DOM: its settings (and how they live in the URL), the
 * whole trajectory recomputed from them with the core's `runOptimizer`, the ghost paths to
 * compare with, the status, the state to draw at the current step and the text alternative.
 * The element (explorer-element.ts) only puts these into the page.
 */
import { landscapes, runOptimizer, SGD, type Landscape, type OptimizerForm, type Point, type Trajectory } from "kobai";
import { t, tCount } from "../../../../src/i18n";
import { formatNumber } from "../../../../src/plot/text";
import type { Schema, StateValues } from "../../../../src/widgets/url-state";
import {
  HYPER_NAMES,
  HYPER_SPECS,
  OPTIMIZERS,
  OPTIMIZER_NAMES,
  coreDefaults,
  coreOptions,
  isOptimizerName,
  type Hypers,
  type OptimizerName,
} from "./optimizer-specs";
import { divergedAt, runStatus, type RunStatus } from "./run-status";

/** A named set of settings a button loads (the chapter's "η too large", "Reproduce 図6-3", …). */
export interface ExplorerPreset {
  /** The button's text (written in the chapter, so it is prose). */
  label: string;
  optimizer?: OptimizerName;
  landscape?: string;
  form?: OptimizerForm;
  options?: Partial<Hypers>;
  steps?: number;
  start?: Point;
  compareSgd?: boolean;
  otherForm?: boolean;
}

/** The widget's configuration (the .astro component's props, checked). */
export interface ExplorerConfig {
  optimizer: OptimizerName;
  /** The optimizers the reader may pick (a select shows when there is more than one). */
  optimizers: OptimizerName[];
  landscape: string;
  landscapes: string[];
  form: OptimizerForm;
  options: Partial<Hypers>;
  steps: number;
  start?: Point;
  compareSgd: boolean;
  otherForm: boolean;
  /** Nesterov only: mark the look-ahead point and θ at the current step (look-ahead.ts). */
  lookAhead: boolean;
  presets: ExplorerPreset[];
}

/** Everything the reader can set. */
export interface ExplorerSettings extends Hypers {
  optimizer: OptimizerName;
  landscape: string;
  form: OptimizerForm;
  steps: number;
  x0: number;
  y0: number;
  /** Draw plain SGD with the same η and start as a ghost path. */
  compareSgd: boolean;
  /** Draw the same optimizer in the other form (PyTorch ↔ book) as a ghost path. */
  otherForm: boolean;
}

export const MAX_STEPS = 500;
const FALLBACK_HYPERS: Hypers = {
  lr: 0.01,
  momentum: 0.9,
  alpha: 0.99,
  beta1: 0.9,
  beta2: 0.999,
  eps: 1e-8,
  weightDecay: 0,
};

/** A landscape of the core by id. */
export function landscapeById(id: string): Landscape {
  const l = landscapes.find((x) => x.id === id);
  if (!l)
    throw new Error(
      `optimizer explorer: unknown landscape "${id}" (kobai has ${landscapes.map((x) => x.id).join(", ")})`,
    );
  return l;
}

/**
 * Checks and completes the component's props.
 *
 * @example
 * parseExplorerConfig({ optimizer: "SGD" }).landscape; // "book"
 */
export function parseExplorerConfig(raw: unknown): ExplorerConfig {
  const r = (raw ?? {}) as Record<string, unknown>;
  const optimizer = String(r.optimizer ?? "SGD");
  if (!isOptimizerName(optimizer))
    throw new Error(`optimizer must be one of ${OPTIMIZER_NAMES.join(", ")}, got "${optimizer}"`);
  const optimizers = (r.optimizers as string[] | undefined) ?? [optimizer];
  for (const o of optimizers)
    if (!isOptimizerName(o)) throw new Error(`optimizers: "${o}" is not one of ${OPTIMIZER_NAMES.join(", ")}`);
  if (!optimizers.includes(optimizer)) optimizers.unshift(optimizer);
  const landscape = String(r.landscape ?? "book");
  landscapeById(landscape);
  const landscapeIds = (r.landscapes as string[] | undefined) ?? landscapes.map((l) => l.id);
  landscapeIds.forEach(landscapeById);
  if (!landscapeIds.includes(landscape)) landscapeIds.unshift(landscape);
  const form = r.form ?? "pytorch";
  if (form !== "pytorch" && form !== "book") throw new Error(`form must be "pytorch" or "book", got "${String(form)}"`);
  const steps = Number(r.steps ?? 30);
  if (!Number.isInteger(steps) || steps < 1 || steps > MAX_STEPS)
    throw new Error(`steps must be a whole number from 1 to ${MAX_STEPS}, got ${String(r.steps)}`);
  const options = (r.options ?? {}) as Partial<Hypers>;
  for (const k of Object.keys(options))
    if (!(HYPER_NAMES as readonly string[]).includes(k))
      throw new Error(`options: unknown hyperparameter "${k}" (known: ${HYPER_NAMES.join(", ")})`);
  const start = r.start as Point | undefined;
  if (start !== undefined && !(Array.isArray(start) && start.length === 2 && start.every(Number.isFinite)))
    throw new Error(`start must be [x, y], got ${JSON.stringify(start)}`);
  const presets = (r.presets ?? []) as ExplorerPreset[];
  for (const p of presets) {
    if (typeof p.label !== "string" || p.label === "") throw new Error("every preset needs a label");
    if (p.optimizer !== undefined && !isOptimizerName(p.optimizer))
      throw new Error(`preset "${p.label}": unknown optimizer "${p.optimizer}"`);
    if (p.landscape !== undefined) landscapeById(p.landscape);
  }
  return {
    optimizer,
    optimizers: optimizers as OptimizerName[],
    landscape,
    landscapes: landscapeIds,
    form,
    options,
    steps,
    start,
    compareSgd: Boolean(r.compareSgd ?? false),
    otherForm: Boolean(r.otherForm ?? false),
    lookAhead: Boolean(r.lookAhead ?? false),
    presets,
  };
}

/** The hyperparameters an optimizer starts with: the core's defaults, then the book's settings, then `options`. */
export function startingHypers(name: OptimizerName, form: OptimizerForm, options: Partial<Hypers> = {}): Hypers {
  return { ...FALLBACK_HYPERS, ...coreDefaults(name, form), ...OPTIMIZERS[name].bookSettings.options, ...options };
}

/** The settings a widget starts with (and the URL's defaults). */
export function initialSettings(config: ExplorerConfig): ExplorerSettings {
  const landscape = landscapeById(config.landscape);
  const [x0, y0] = config.start ?? landscape.start;
  return {
    ...startingHypers(config.optimizer, config.form, config.options),
    optimizer: config.optimizer,
    landscape: config.landscape,
    form: config.form,
    steps: config.steps,
    x0,
    y0,
    compareSgd: config.compareSgd,
    otherForm: config.otherForm,
  };
}

/** The settings after loading a preset (unnamed fields keep their values; a new landscape brings its start). */
export function applyPreset(current: ExplorerSettings, preset: ExplorerPreset): ExplorerSettings {
  const optimizer = preset.optimizer ?? current.optimizer;
  const form = preset.form ?? current.form;
  const landscape = preset.landscape ?? current.landscape;
  const start =
    preset.start ?? (landscape !== current.landscape ? landscapeById(landscape).start : [current.x0, current.y0]);
  const hypers =
    optimizer !== current.optimizer
      ? startingHypers(optimizer, form, preset.options)
      : { ...pickHypers(current), ...preset.options };
  return {
    ...current,
    ...hypers,
    optimizer,
    form,
    landscape,
    x0: start[0],
    y0: start[1],
    steps: preset.steps ?? current.steps,
    compareSgd: preset.compareSgd ?? current.compareSgd,
    otherForm: preset.otherForm ?? current.otherForm,
  };
}

/**
 * "The book's settings" for the current optimizer: its rate(s) from
 * ch06/optimizer_compare_naive.py on the book's bowl from (−7, 2), 30 updates, the book's form.
 */
export function bookPreset(name: OptimizerName): ExplorerPreset & { fromBook: boolean } {
  const { options, fromBook } = OPTIMIZERS[name].bookSettings;
  return {
    label: "",
    optimizer: name,
    landscape: "book",
    form: "book",
    options: { ...coreDefaults(name, "book"), ...options, weightDecay: 0 },
    steps: 30,
    start: [-7, 2],
    fromBook,
  };
}

/** Switching PyTorch ↔ book: ε follows the form's default unless the reader changed it. */
export function switchForm(current: ExplorerSettings, form: OptimizerForm): ExplorerSettings {
  const before = coreDefaults(current.optimizer, current.form).eps;
  const after = coreDefaults(current.optimizer, form).eps;
  return {
    ...current,
    form,
    eps: before !== undefined && after !== undefined && current.eps === before ? after : current.eps,
  };
}

/** The URL schema: short keys, the widget's starting settings as defaults (a pristine widget adds nothing). */
export function explorerSchema(config: ExplorerConfig, defaults: ExplorerSettings) {
  const hyper = (k: keyof Hypers) => ({
    type: "number" as const,
    default: defaults[k],
    min: HYPER_SPECS[k].min,
    max: HYPER_SPECS[k].max,
  });
  return {
    opt: { type: "enum", default: defaults.optimizer, options: config.optimizers },
    land: { type: "enum", default: defaults.landscape, options: config.landscapes },
    form: { type: "enum", default: defaults.form, options: ["pytorch", "book"] },
    lr: hyper("lr"),
    mu: hyper("momentum"),
    alpha: hyper("alpha"),
    b1: hyper("beta1"),
    b2: hyper("beta2"),
    eps: hyper("eps"),
    wd: hyper("weightDecay"),
    n: { type: "number", default: defaults.steps, min: 1, max: MAX_STEPS, integer: true },
    x: { type: "number", default: defaults.x0, min: -1e4, max: 1e4 },
    y: { type: "number", default: defaults.y0, min: -1e4, max: 1e4 },
    sgd: { type: "boolean", default: defaults.compareSgd },
    other: { type: "boolean", default: defaults.otherForm },
  } satisfies Schema;
}

export type ExplorerUrlValues = StateValues<ReturnType<typeof explorerSchema>>;

export function settingsToUrl(s: ExplorerSettings): ExplorerUrlValues {
  return {
    opt: s.optimizer,
    land: s.landscape,
    form: s.form,
    lr: s.lr,
    mu: s.momentum,
    alpha: s.alpha,
    b1: s.beta1,
    b2: s.beta2,
    eps: s.eps,
    wd: s.weightDecay,
    n: s.steps,
    x: s.x0,
    y: s.y0,
    sgd: s.compareSgd,
    other: s.otherForm,
  };
}

export function settingsFromUrl(v: ExplorerUrlValues): ExplorerSettings {
  return {
    optimizer: v.opt as OptimizerName,
    landscape: v.land,
    form: v.form as OptimizerForm,
    lr: v.lr,
    momentum: v.mu,
    alpha: v.alpha,
    beta1: v.b1,
    beta2: v.b2,
    eps: v.eps,
    weightDecay: v.wd,
    steps: v.n,
    x0: v.x,
    y0: v.y,
    compareSgd: v.sgd,
    otherForm: v.other,
  };
}

export function pickHypers(s: Hypers): Hypers {
  return Object.fromEntries(HYPER_NAMES.map((k) => [k, s[k]])) as Hypers;
}

/** One computed picture: the run, its status and the ghosts. */
export interface ExplorerResult {
  landscape: Landscape;
  settings: ExplorerSettings;
  run: Trajectory;
  status: RunStatus;
  ghosts: { kind: "sgd" | "form"; run: Trajectory }[];
}

/**
 * Recomputes everything from the settings with the core (a few hundred 2-D steps: well
 * under a frame).
 *
 * @example
 * const r = computeExplorer(initialSettings(parseExplorerConfig({ optimizer: "SGD" })));
 * r.run.points.length; // 31
 */
export function computeExplorer(settings: ExplorerSettings): ExplorerResult {
  const landscape = landscapeById(settings.landscape);
  const spec = OPTIMIZERS[settings.optimizer];
  const start: Point = [settings.x0, settings.y0];
  const go = (ctor: typeof spec.ctor, options: Record<string, unknown>) =>
    runOptimizer(landscape, ctor, options, { start, steps: settings.steps });
  const run = go(spec.ctor, coreOptions(settings.optimizer, settings.form, settings));
  const ghosts: ExplorerResult["ghosts"] = [];
  if (settings.compareSgd && settings.optimizer !== "SGD") {
    ghosts.push({ kind: "sgd", run: go(SGD as never, { lr: settings.lr, weightDecay: settings.weightDecay }) });
  }
  if (settings.otherForm && spec.formsDiffer) {
    const other = switchForm(settings, settings.form === "book" ? "pytorch" : "book");
    ghosts.push({ kind: "form", run: go(spec.ctor, coreOptions(settings.optimizer, other.form, other)) });
  }
  return { landscape, settings, run, status: runStatus(landscape, run), ghosts };
}

/** " Diverged at step N." after a ghost path's sentence, or "". */
function ghostDiverged(landscape: Landscape, run: Trajectory): string {
  const step = divergedAt(landscape, run);
  return step === undefined ? "" : ` ${t("opt.status.diverged", { step })}`;
}

const fmtPoint = (p: Point) => `(${formatNumber(p[0])}, ${formatNumber(p[1])})`;

/**
 * A sentence for when not one point of the run lies inside the chart's view (a start typed
 * far outside it), so the chart draws no path at all; "" otherwise. It goes in the status
 * line, where the reader looks when the picture seems empty.
 *
 * @example
 * offViewText(computeExplorer({ ...sgdSettings, x0: 10000, y0: -10000 }));
 * // "None of this path is inside the chart (x from −10 to 10, y from −10 to 10), so none of it is drawn: …"
 */
export function offViewText(result: ExplorerResult): string {
  const { run, landscape } = result;
  const { x, y } = landscape.view;
  const inView = (p: Point) => p[0] >= x[0] && p[0] <= x[1] && p[1] >= y[0] && p[1] <= y[1];
  if (run.points.some(inView)) return "";
  return t("opt.status.offView", {
    x0: formatNumber(x[0]),
    x1: formatNumber(x[1]),
    y0: formatNumber(y[0]),
    y1: formatNumber(y[1]),
  });
}

/** The status line's sentence. */
export function statusText(result: ExplorerResult): {
  message: string;
  tone: "info" | "success" | "warning" | "error";
} {
  const word = statusWord(result);
  const offView = offViewText(result);
  if (!offView) return word;
  return { message: `${word.message} ${offView}`, tone: word.tone === "error" ? "error" : "warning" };
}

/** What the run did, in one sentence. */
function statusWord(result: ExplorerResult): { message: string; tone: "info" | "success" | "warning" | "error" } {
  const { status, run } = result;
  const steps = tCount("count.steps", run.points.length - 1);
  const f = formatNumber(run.losses[run.points.length - 1]);
  switch (status.kind) {
    case "diverged":
      return { message: t("opt.status.diverged", { step: status.step }), tone: "error" };
    case "converged":
      return {
        message: t("opt.status.converged", {
          target: t(status.target.kind === "local minimum" ? "opt.target.local" : "opt.target.global"),
          step: status.from,
        }),
        tone: "success",
      };
    case "oscillating":
      return { message: t("opt.status.oscillating", { axis: status.axis, f, steps }), tone: "warning" };
    case "stalled":
      return { message: t("opt.status.stalled", { length: formatNumber(status.lastStep), f, steps }), tone: "warning" };
    case "rising":
      return { message: t("opt.status.rising", { f0: formatNumber(run.losses[0]), f, steps }), tone: "warning" };
    case "moving":
      return { message: t("opt.status.moving", { f, steps }), tone: "info" };
  }
}

/** The optimizer's name with its form, e.g. "Momentum (book form)". */
export function runName(name: OptimizerName, form: OptimizerForm): string {
  return OPTIMIZERS[name].formsDiffer ? t(form === "book" ? "opt.name.book" : "opt.name.pytorch", { name }) : name;
}

/**
 * A hyperparameter for the caption: formatNumber's short form, unless that rounds the value
 * away (β₂ = 0.999 must not read "1.0"); then up to 4 significant digits.
 *
 * @example
 * formatHyper(0.9);   // "0.90"
 * formatHyper(0.999); // "0.999"
 */
export function formatHyper(v: number): string {
  const short = formatNumber(v);
  if (!Number.isFinite(v) || v === 0 || Math.abs(Number(short.replace(/−/g, "-")) - v) <= 1e-9 * Math.abs(v))
    return short;
  return String(Number(v.toPrecision(4))).replace(/-/g, "−");
}

/** The settings in words, e.g. "η = 0.95, μ = 0.9". */
export function hyperSummary(s: ExplorerSettings): string {
  return OPTIMIZERS[s.optimizer].hypers
    .filter((k) => k !== "weightDecay" || s.weightDecay > 0)
    .map((k) =>
      t(`opt.sym.${k}` as "opt.sym.lr", {
        value:
          k === "alpha" || k === "beta1" || k === "beta2" || k === "momentum" ? formatHyper(s[k]) : formatNumber(s[k]),
      }),
    )
    .join(", ");
}

/**
 * The text alternative of the chart: the run from start to end (or to where it diverged),
 * the status, the step on show, and each ghost's end point.
 */
export function captionText(result: ExplorerResult, k: number): string {
  const { run, settings: s, landscape } = result;
  const steps = run.points.length - 1;
  const last = run.points[steps];
  const parts = [
    t("opt.caption.run", {
      name: runName(s.optimizer, s.form),
      hypers: hyperSummary(s),
      landscape: t(`opt.landscape.${landscape.id}` as "opt.landscape.book"),
      steps: tCount("count.steps", steps),
      start: fmtPoint(run.points[0]),
      end: fmtPoint(last),
      f: formatNumber(run.losses[steps]),
    }),
    statusText(result).message,
  ];
  const shown = Math.min(k, steps);
  if (shown < steps)
    parts.push(
      t("opt.caption.at", { k: shown, point: fmtPoint(run.points[shown]), f: formatNumber(run.losses[shown]) }),
    );
  for (const g of result.ghosts) {
    const n = g.run.points.length - 1;
    parts.push(
      t(g.kind === "sgd" ? "opt.caption.ghostSgd" : "opt.caption.ghostForm", {
        name: g.kind === "sgd" ? "SGD" : runName(s.optimizer, s.form === "book" ? "pytorch" : "book"),
        end: fmtPoint(g.run.points[n]),
        f: formatNumber(g.run.losses[n]),
        steps: tCount("count.steps", n),
      }) + ghostDiverged(landscape, g.run),
    );
  }
  return parts.join(" ");
}

/**
 * The part of a path worth drawing: the points up to the first one far outside the view
 * (beyond `margin` view-widths), then the point where that segment crosses the far box, so
 * the last segment keeps its direction. A diverging run's 1e8-sized coordinates would
 * otherwise reach the SVG as huge numbers (slow to clip, slow for screen readers' tools).
 *
 * @example
 * drawablePoints([[0, 0], [0, 1e9]], bookBowl); // [[0, 0], [0, 50]] (view ±10, margin 2)
 */
export function drawablePoints(points: readonly Point[], landscape: Landscape, margin = 2): Point[] {
  const { x, y } = landscape.view;
  const w = x[1] - x[0],
    h = y[1] - y[0];
  const box = { x0: x[0] - margin * w, x1: x[1] + margin * w, y0: y[0] - margin * h, y1: y[1] + margin * h };
  const inside = (p: Point) => p[0] >= box.x0 && p[0] <= box.x1 && p[1] >= box.y0 && p[1] <= box.y1;
  const out: Point[] = [];
  for (const p of points) {
    if (inside(p)) {
      out.push(p);
      continue;
    }
    const prev = out[out.length - 1];
    if (prev) {
      // Largest t in (0, 1] with prev + t·(p − prev) still in the box.
      const dx = p[0] - prev[0],
        dy = p[1] - prev[1];
      let t = 1;
      if (dx > 0) t = Math.min(t, (box.x1 - prev[0]) / dx);
      if (dx < 0) t = Math.min(t, (box.x0 - prev[0]) / dx);
      if (dy > 0) t = Math.min(t, (box.y1 - prev[1]) / dy);
      if (dy < 0) t = Math.min(t, (box.y0 - prev[1]) / dy);
      out.push([prev[0] + t * dx, prev[1] + t * dy]);
    }
    break;
  }
  return out;
}
