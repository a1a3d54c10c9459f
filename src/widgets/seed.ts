/**
 * The seed a seeded widget offers (initial weights, data order, which trials run): a whole
 * number from 0 to 9999, kept in the URL as `seed` (0 when absent), typed in a number input.
 */
import { numberInput, type NumberInputOptions } from "./controls";

export const SEED_MAX = 9999;

/** The seed's URL schema entry. */
export const seedField = { type: "number", default: 0, min: 0, max: SEED_MAX, integer: true } as const;

/** The seed's number input: whole numbers from 0 to SEED_MAX. */
export function seedInput(options: Omit<NumberInputOptions, "min" | "max" | "step" | "integer">) {
  return numberInput({ ...options, min: 0, max: SEED_MAX, step: 1, integer: true });
}
