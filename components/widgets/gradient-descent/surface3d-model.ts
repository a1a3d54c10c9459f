/**
 * The settings of the 3-D loss-surface widget (without a DOM, so the build-time picture and
 * the tests use them too): which φ, the learning rate and steps of the run drawn on it, and
 * the view. The run starts where the chapter's presets start for that φ, and is the same
 * core run the contour widget draws (computeDescent).
 */
import { computeDescent, LR_RANGE, MAX_STEPS, PRESETS, type DescentResult } from "./descent-model";
import type { Activation } from "./fit-model";
import { DEFAULT_VIEW, ELEVATION_RANGE, type SurfaceView } from "./surface3d";

export interface SurfaceSettings extends SurfaceView {
  activation: Activation;
  lr: number;
  steps: number;
}

/** The sigmoid's plateau: the picture a 3-D view shows best (flat ground, then a drop). */
export const DEFAULT_SURFACE: SurfaceSettings = { activation: "sigmoid", lr: 1, steps: 50, ...DEFAULT_VIEW };

/** The URL schema (`?w.<id>.azimuth=60`). */
export const surfaceSchema = {
  activation: { type: "enum", default: DEFAULT_SURFACE.activation, options: ["identity", "sigmoid"] },
  lr: { type: "number", default: DEFAULT_SURFACE.lr, min: LR_RANGE.min, max: LR_RANGE.max },
  steps: { type: "number", default: DEFAULT_SURFACE.steps, min: 1, max: MAX_STEPS, integer: true },
  azimuth: { type: "number", default: DEFAULT_VIEW.azimuth, min: -180, max: 180 },
  elevation: { type: "number", default: DEFAULT_VIEW.elevation, min: ELEVATION_RANGE.min, max: ELEVATION_RANGE.max },
} as const;

/** Where the chapter's presets start for each φ: (−1.2, −1.2) in the bowl, (−1.5, 2) on the plateau. */
export function startFor(activation: Activation): [number, number] {
  const preset = PRESETS.find((p) => p.id === (activation === "sigmoid" ? "sigmoid" : "lesson"))!.settings;
  return [preset.w0, preset.b0];
}

/** The run drawn on the surface (and on the contour beside it). */
export function computeSurfaceRun(settings: SurfaceSettings): DescentResult {
  const [w0, b0] = startFor(settings.activation);
  return computeDescent({
    activation: settings.activation,
    dataset: "chapter",
    lr: settings.lr,
    steps: settings.steps,
    w0,
    b0,
  });
}
