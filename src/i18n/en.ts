/**
 * The English UI strings, merged from one module per area so that helpers can add their
 * strings without editing each other's files.
 *
 * To add an area: create `src/i18n/en/<area>.ts` exporting `export const <area> = { "area.key": "…" } as const;`
 * and add it to the `mergeStrings(..., perceptron, activations)` call below. Keys must be unique across modules:
 * `mergeStrings` throws at load time (and therefore in every test) if two modules define
 * the same key.
 */
import { mergeStrings } from "./merge";
import { site } from "./en/site";
import { notebook } from "./en/notebook";
import { charts } from "./en/charts";
import { reference } from "./en/reference";
import { run } from "./en/run";
import { optimizers } from "./en/optimizers";
import { foundations } from "./en/foundations";
import { perceptron } from "./en/perceptron";
import { activations } from "./en/activations";
import { backprop } from "./en/backprop";
import { initialization } from "./en/initialization";
import { batchnorm } from "./en/batchnorm";
import { regularization } from "./en/regularization";
import { comparison } from "./en/comparison";
import { walkthrough } from "./en/walkthrough";
import { forward, schedules } from "./en/forward";
import { room } from "./en/room";
import { types } from "./en/types";

export const en = mergeStrings(
  site,
  notebook,
  charts,
  run,
  reference,
  optimizers,
  perceptron,
  activations,
  foundations,
  backprop,
  initialization,
  batchnorm,
  regularization,
  comparison,
  walkthrough,
  forward,
  schedules,
  room,
  types,
);

/** Every UI string key. */
export type StringKey = keyof typeof en;
