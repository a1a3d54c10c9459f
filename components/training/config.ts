/**
 * The TrainingRun widget's configuration (its Astro props, passed as JSON) and how its
 * settings map to the URL: `?w.<id>.scale=book&w.<id>.weightDecay=0.2&w.<id>.seed=3`.
 */
import { PRESETS, isPresetId, type PresetId, type Scale } from "../../src/run/presets";
import {
  CONTROL_DEFS,
  formatScale,
  BOOK_WEIGHT_SCALES,
  type ControlId,
  type PresetSettings,
} from "../../src/run/settings";
import type { Schema } from "../../src/widgets/url-state";

/** The props of `<TrainingRun>`, as the element receives them. */
export interface TrainingRunConfig {
  /** Which experiment (see src/run/presets.ts). */
  preset: PresetId;
  /** The controls to show, in order; "seed" is always shown (default: the preset's). */
  controls: ControlId[];
  /** The preset scale selected at first (default "lesson"). */
  scale: Scale;
  /** Starting values that replace the preset's defaults, e.g. { weightDecay: 0.2 }. */
  settings: Partial<PresetSettings>;
  /** Measured durations in seconds per scale (src/run/durations.ts), for the picker's labels. */
  seconds?: Record<Scale, number>;
}

/**
 * Checks the JSON config; a bad field throws an Error naming it.
 *
 * @example
 * parseTrainingRunConfig({ preset: "weight-decay", controls: ["weightDecay"] });
 */
export function parseTrainingRunConfig(raw: unknown): TrainingRunConfig {
  if (typeof raw !== "object" || raw === null) throw new Error("TrainingRun: config must be an object");
  const c = raw as Record<string, unknown>;
  if (typeof c.preset !== "string" || !isPresetId(c.preset)) {
    throw new Error(
      `TrainingRun: preset must be one of ${Object.keys(PRESETS).join(", ")}, got ${JSON.stringify(c.preset)}`,
    );
  }
  const preset = PRESETS[c.preset];
  const controls = (c.controls ?? preset.controls) as unknown;
  if (!Array.isArray(controls) || controls.some((id) => !(id in CONTROL_DEFS))) {
    throw new Error(
      `TrainingRun: controls must be a list of ${Object.keys(CONTROL_DEFS).join(", ")}, got ${JSON.stringify(controls)}`,
    );
  }
  const scale = c.scale ?? "lesson";
  if (scale !== "lesson" && scale !== "book")
    throw new Error(`TrainingRun: scale must be "lesson" or "book", got ${JSON.stringify(scale)}`);
  const settings = (c.settings ?? {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(settings)) {
    if (!(key in CONTROL_DEFS))
      throw new Error(`TrainingRun: settings.${key} is not a setting (known: ${Object.keys(CONTROL_DEFS).join(", ")})`);
    if (key === "optimizer" ? typeof value !== "string" : typeof value !== "number")
      throw new Error(`TrainingRun: settings.${key} has the wrong type: ${JSON.stringify(value)}`);
  }
  const shown: ControlId[] = ["seed", ...(controls as ControlId[]).filter((id) => id !== "seed")];
  return {
    preset: c.preset,
    controls: shown,
    scale,
    settings: settings as Partial<PresetSettings>,
    seconds: isSeconds(c.seconds) ? c.seconds : undefined,
  };
}

function isSeconds(value: unknown): value is Record<Scale, number> {
  const v = value as Record<string, unknown> | undefined;
  return typeof v === "object" && v !== null && typeof v.lesson === "number" && typeof v.book === "number";
}

/** The URL schema of a widget: its scale and each shown control. */
export function urlSchema(config: TrainingRunConfig): Schema {
  const defaults = { ...PRESETS[config.preset].defaults[config.scale], ...config.settings };
  const schema: Schema = { scale: { type: "enum", default: config.scale, options: ["lesson", "book"] } };
  for (const id of config.controls) {
    const def = CONTROL_DEFS[id];
    if (id === "weightScale")
      schema[id] = {
        type: "enum",
        default: formatScale(defaults.weightScale),
        options: BOOK_WEIGHT_SCALES.map(formatScale),
      };
    else if (def.kind === "select") schema[id] = { type: "enum", default: String(defaults[id]), options: def.options };
    else
      schema[id] = {
        type: "number",
        default: defaults[id] as number,
        min: def.min,
        max: def.max,
        integer: def.integer,
      };
  }
  return schema;
}

/**
 * The settings for a scale: the preset's defaults, the chapter's overrides, then the values
 * from the URL/controls (which only exist for shown controls).
 */
export function settingsFor(config: TrainingRunConfig, scale: Scale, values: Record<string, unknown>): PresetSettings {
  const settings: PresetSettings = { ...PRESETS[config.preset].defaults[scale], ...config.settings };
  for (const id of config.controls) {
    const value = values[id];
    if (value === undefined) continue;
    if (id === "weightScale")
      settings.weightScale = BOOK_WEIGHT_SCALES.find((w) => formatScale(w) === String(value)) ?? settings.weightScale;
    else if (id === "optimizer") settings.optimizer = value as PresetSettings["optimizer"];
    else (settings as unknown as Record<string, number>)[id] = value as number;
  }
  return settings;
}
