/**
 * How long the book-scale presets take, in seconds on one core, as measured by
 * `npm run bench -- presets` (CPU time, see bench/presets.bench.ts). The preset picker
 * shows them ("Reproduce 図6-21 (book settings, ~2 min)") so a reader knows what they are
 * starting. A laptop core may be faster or slower; the live time-left estimate is measured.
 */
import type { PresetId } from "./presets";

export const BOOK_SECONDS: Record<PresetId, number> = {
  "weight-init": 240,
  "batch-norm": 16,
  "weight-decay": 130,
  dropout: 100,
  "hyperparameter-search": 900,
  "optimizer-comparison": 320,
};
