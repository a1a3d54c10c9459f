/**
 * The book's activation-histogram figures of 6.2 as settings of the widget (the script
 * ch06/weight_init_activation_histogram.py with one of its commented-out lines chosen).
 * Figure numbers are those of the Japanese first edition as we read them.
 */
import type { ActivationName, ScaleName } from "./stack";

export interface BookFigure {
  id: "6-10" | "6-11" | "6-12" | "6-13" | "6-14a" | "6-14b" | "6-14c";
  activation: ActivationName;
  scale: ScaleName;
}

export const BOOK_FIGURES: readonly BookFigure[] = [
  { id: "6-10", activation: "sigmoid", scale: "1" },
  { id: "6-11", activation: "sigmoid", scale: "0.01" },
  { id: "6-12", activation: "sigmoid", scale: "xavier" },
  { id: "6-13", activation: "tanh", scale: "xavier" },
  { id: "6-14a", activation: "relu", scale: "0.01" },
  { id: "6-14b", activation: "relu", scale: "xavier" },
  { id: "6-14c", activation: "relu", scale: "he" },
];
