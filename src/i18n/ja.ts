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

export const ja: StringTable = mergeStrings(site as Record<string, string>, charts as Record<string, string>, reference as Record<string, string>, forward as Record<string, string>, schedules as Record<string, string>, notebook as Record<string, string>, types as Record<string, string>, walkthrough as Record<string, string>, room as Record<string, string>, run as Record<string, optimizers as Record<string, comparison as Record<string, perceptron as Record<string, foundations as Record<string, activations as Record<string, initialization as Record<string, backprop as Record<string, batchnorm as Record<string, regularization as Record<string);
