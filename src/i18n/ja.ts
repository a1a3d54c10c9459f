/**
 * The Japanese UI strings (日本語版), merged from one module per area like `en.ts`. A key
 * missing here falls back to English at run time; `ja.test.ts` fails for each one.
 *
 * To translate an area: create `src/i18n/ja/<area>.ts` typed `Translation<typeof en>` of the
 * English module, and add it to the `mergeStrings(…)` call below.
 */
import { mergeStrings } from "./merge";
import type { StringTable } from "./tables";
import { site } from "./ja/site";
import { charts } from "./ja/charts";
import { reference } from "./ja/reference";
import { forward, schedules } from "./ja/forward";
import { notebook } from "./ja/notebook";
import { types } from "./ja/types";
import { walkthrough } from "./ja/walkthrough";
import { room } from "./ja/room";
import { run } from "./ja/run";
import { optimizers } from "./ja/optimizers";
import { comparison } from "./ja/comparison";
import { perceptron } from "./ja/perceptron";
import { foundations } from "./ja/foundations";
import { activations } from "./ja/activations";
import { initialization } from "./ja/initialization";
import { backprop } from "./ja/backprop";
import { batchnorm } from "./ja/batchnorm";
import { regularization } from "./ja/regularization";

export const ja: StringTable = mergeStrings(
  site as Record<string, string>,
  charts as Record<string, string>,
  reference as Record<string, string>,
  forward as Record<string, string>,
  schedules as Record<string, string>,
  notebook as Record<string, string>,
  types as Record<string, string>,
  walkthrough as Record<string, string>,
  room as Record<string, string>,
  run as Record<string, string>,
  optimizers as Record<string, string>,
  comparison as Record<string, string>,
  perceptron as Record<string, string>,
  foundations as Record<string, string>,
  activations as Record<string, string>,
  initialization as Record<string, string>,
  backprop as Record<string, string>,
  batchnorm as Record<string, string>,
  regularization as Record<string, string>,
);
