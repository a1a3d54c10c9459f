/**
 * What `components/Chart.astro` draws: a builder name plus its options, with shorthands
 * that let a chapter name things from the core instead of computing them:
 *
 *   <Chart kind="function" fn="sigmoid" domain={[-6, 6]} at={0} />
 *   <Chart kind="contour" landscape="book" runs={[{ optimizer: "SGD", options: { lr: 0.95 } }]} />
 *   <Chart kind="loss" spec={{ series: [{ name: "SGD", y: losses }] }} />
 *
 * Named functions are the core's activation layers (forward for f, backward for f′) and
 * named landscapes and optimizers are the core's too, so a static chart shows exactly
 * what the tested code computes.
 */
import * as kobai from "kobai";
import type { Landscape } from "kobai";
import { lineChart, lossCurves, type LineChartOptions } from "./line";
import { contourWithPath, type ContourOptions, type Trajectory } from "./contour";
import { histogram, type HistogramOptions } from "./histogram";
import { decisionRegions, type DecisionRegionOptions } from "./regions";
import { functionPlot, type FunctionPlotOptions } from "./function";
import { layerFunction } from "./layer-function";
import type { ChartResult } from "./figure";

export type ChartKind = "line" | "loss" | "contour" | "histogram" | "regions" | "function";

/** Activation layers a function chart can name, and their class in the core. */
export const NAMED_FUNCTIONS = {
  sigmoid: "Sigmoid",
  tanh: "Tanh",
  relu: "ReLU",
  "leaky-relu": "LeakyReLU",
  step: "Step",
} as const;
export type NamedFunction = keyof typeof NAMED_FUNCTIONS;

/** One optimizer run for a contour chart: a core optimizer class by name and its options. */
export interface RunSpec {
  optimizer: string;
  options?: Record<string, unknown>;
  /** Legend name; default the optimizer's name (with lr when given). */
  name?: string;
  steps?: number;
  start?: [number, number];
  /** Draw this optimizer state (e.g. "velocity") as an arrow at each point… */
  vectors?: string;
  /** …multiplied by this (e.g. the lr, so a torch-form velocity arrow is the next step); default 1. */
  vectorScale?: number;
}

export interface ChartProps {
  kind: ChartKind;
  /** The builder's options (without `document`). */
  spec?: Record<string, unknown>;
  /** kind "function": a core activation by name. */
  fn?: NamedFunction;
  domain?: [number, number];
  at?: number;
  /** kind "contour": a core landscape by id ("book", "rosenbrock", …). */
  landscape?: string;
  runs?: readonly RunSpec[];
  width?: number;
  height?: number;
  title?: string;
  caption?: string;
}

const exports = kobai as unknown as Record<string, unknown>;

/** The core's landscapes, found by shape so new ones need no change here. */
export function coreLandscapes(): Map<string, Landscape> {
  const found = new Map<string, Landscape>();
  for (const value of Object.values(exports)) {
    const l = value as Partial<Landscape> | null;
    if (
      l &&
      typeof l === "object" &&
      typeof l.id === "string" &&
      typeof l.value === "function" &&
      typeof l.gradient === "function" &&
      l.view
    ) {
      found.set(l.id, l as Landscape);
    }
  }
  return found;
}

function coreClass<T>(name: string, what: string): new (...args: never[]) => T {
  const ctor = exports[name];
  if (typeof ctor !== "function") throw new Error(`Chart: ${what} "${name}" is not exported by kobai`);
  return ctor as new (...args: never[]) => T;
}

/** f and f′ of a named activation, from the core layer. */
export function namedFunction(name: string): { f: (x: number) => number; df?: (x: number) => number; label: string } {
  const className = NAMED_FUNCTIONS[name as NamedFunction];
  if (!className) throw new Error(`Chart: unknown fn "${name}"; use one of ${Object.keys(NAMED_FUNCTIONS).join(", ")}`);
  const Layer = coreClass<kobai.Layer>(className, "activation");
  return { ...layerFunction(new Layer()), label: name };
}

/** Contour options for a core landscape with core optimizers run on it. */
export function landscapeSpec(id: string, runs: readonly RunSpec[] = []): ContourOptions {
  const landscapes = coreLandscapes();
  const landscape = landscapes.get(id);
  if (!landscape) throw new Error(`Chart: unknown landscape "${id}"; kobai has ${[...landscapes.keys()].join(", ")}`);
  const paths: Trajectory[] = runs.map((run) => {
    if (!kobai.isOptimizerName(run.optimizer))
      throw new Error(
        `Chart: optimizer "${run.optimizer}" is not one of kobai's optimizers (${kobai.OPTIMIZER_NAMES.join(", ")})`,
      );
    const Opt = kobai.optimizers[run.optimizer].Class;
    const result = kobai.runOptimizer(landscape, Opt as never, run.options as never, {
      steps: run.steps,
      start: run.start,
    });
    const lr = run.options?.lr;
    return {
      name: run.name ?? (lr !== undefined ? `${run.optimizer} (lr = ${lr})` : run.optimizer),
      points: result.points,
      vectors: run.vectors
        ? result.states.map(
            (s) => (s[run.vectors!] ?? [0, 0]).map((v) => v * (run.vectorScale ?? 1)) as [number, number],
          )
        : undefined,
    };
  });
  return {
    f: landscape.value,
    fnLabel: landscape.name,
    x: landscape.view.x,
    y: landscape.view.y,
    minimum: landscape.minimum?.point,
    paths,
  };
}

/** Draws the chart `props` describe into `document`. */
export function renderChart(props: ChartProps, document: Document): ChartResult {
  const common = { document, width: props.width, height: props.height, title: props.title, caption: props.caption };
  const spec = props.spec ?? {};
  switch (props.kind) {
    case "line":
      return lineChart({ ...(spec as unknown as LineChartOptions), ...defined(common) });
    case "loss":
      return lossCurves({ ...(spec as unknown as LineChartOptions), ...defined(common) });
    case "histogram":
      return histogram({ ...(spec as unknown as HistogramOptions), ...defined(common) });
    case "regions":
      return decisionRegions({ ...(spec as unknown as DecisionRegionOptions), ...defined(common) });
    case "contour": {
      const base = props.landscape ? landscapeSpec(props.landscape, props.runs) : {};
      return contourWithPath({ ...base, ...(spec as Partial<ContourOptions>), ...defined(common) } as ContourOptions);
    }
    case "function": {
      const named = props.fn ? namedFunction(props.fn) : undefined;
      const base: Partial<FunctionPlotOptions> = named
        ? { f: named.f, df: named.df, name: named.label, derivative: named.df !== undefined }
        : {};
      const shorthand = defined({ domain: props.domain, at: props.at });
      return functionPlot({
        ...base,
        ...(spec as Partial<FunctionPlotOptions>),
        ...shorthand,
        ...defined(common),
      } as FunctionPlotOptions);
    }
    default:
      throw new Error(
        `Chart: unknown kind "${String((props as { kind: unknown }).kind)}"; use line, loss, contour, histogram, regions or function`,
      );
  }
}

/** `obj` without its undefined fields, so they do not override a spec's values. */
function defined<T extends Record<string, unknown>>(obj: T): Partial<T> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as Partial<T>;
}
