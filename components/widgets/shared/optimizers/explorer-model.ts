/**
 * The optimizer explorer without a DOM: its settings (checked props, presets, the book's
 * settings, the form switch), and the whole trajectory recomputed from them with the core's
 * `runOptimizer`, with the ghost paths to compare with and the status. How the settings live
 * in the URL is explorer-url.ts; what the widget says and draws of a run is explorer-view.ts.
 * The element (explorer-element.ts) only puts these into the page.
 */
import { landscapes, runOptimizer, SGD, type Landscape, type OptimizerForm, type Point, type Trajectory } from "kobai";
import {
  HYPER_NAMES,
  OPTIMIZERS,
  OPTIMIZER_NAMES,
  coreDefaults,
  coreOptions,
  isOptimizerName,
  type Hypers,
  type OptimizerName,
} from "./optimizer-specs";
import { runStatus, type RunStatus } from "./run-status";

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
/** Every hyperparameter, for the optimizers whose defaults do not name it. */
export const FALLBACK_HYPERS: Hypers = {
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
