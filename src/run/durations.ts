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
  "weight-init": { lesson: 17, book: 123 },
  "batch-norm": { lesson: 6, book: 10 },
  "weight-decay": { lesson: 17, book: 79 },
  dropout: { lesson: 17, book: 116 },
  "hyperparameter-search": { lesson: 19, book: 654 },
  "optimizer-comparison": { lesson: 18, book: 161 },
  // Two of optimizer-comparison's four runs: half its time (estimated, not yet benchmarked).
  "optimizer-vs-sgd": { lesson: 9, book: 81 },
};
