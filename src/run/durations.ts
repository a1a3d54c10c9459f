/**
 * How long each preset takes, in seconds on one core, as measured by
 * `npm run bench -- presets` (CPU seconds on the build machine; lesson presets trained,
 * book presets estimated from a timed window, see bench/presets.bench.ts). The preset
 * picker shows them ("Reproduce 図6-21 (book settings, ~1 min 19 s)") so a reader knows
 * what they start. A laptop core may be faster or slower; the live estimate of time left
 * is measured while the run trains.
 */
import type { PresetId, Scale } from "./presets";

export const PRESET_SECONDS: Record<PresetId, Record<Scale, number>> = {
  "weight-init": { lesson: 16, book: 118 },
  "batch-norm": { lesson: 5, book: 10 },
  "weight-decay": { lesson: 15, book: 81 },
  dropout: { lesson: 15, book: 122 },
  "hyperparameter-search": { lesson: 19, book: 671 },
  "optimizer-comparison": { lesson: 19, book: 174 },
  "optimizer-vs-sgd": { lesson: 6, book: 83 },
  "two-layer-net": { lesson: 10, book: 150 },
  "two-layer-overfit": { lesson: 5, book: 12 },
};
