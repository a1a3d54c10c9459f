/**
 * The book's activation-histogram figures of 6.2 as settings of the widget (the script
 * ch06/weight_init_activation_histogram.py with one of its commented-out lines chosen).
 * Figure numbers are those of the Japanese first edition: 図6-12 is the diagram of Xavier's
 * rule (no histogram), 図6-13 the sigmoid with Xavier; tanh with Xavier is a note in the text.
 */
import type { ActivationName, ScaleName } from "./stack";

export interface BookFigure {
  id: "6-10" | "6-11" | "6-13" | "tanh-note" | "6-14a" | "6-14b" | "6-14c";
  activation: ActivationName;
  scale: ScaleName;
}

export const BOOK_FIGURES: readonly BookFigure[] = [
  { id: "6-10", activation: "sigmoid", scale: "1" },
  { id: "6-11", activation: "sigmoid", scale: "0.01" },
  { id: "6-13", activation: "sigmoid", scale: "xavier" },
  { id: "tanh-note", activation: "tanh", scale: "xavier" },
  { id: "6-14a", activation: "relu", scale: "0.01" },
  { id: "6-14b", activation: "relu", scale: "xavier" },
  { id: "6-14c", activation: "relu", scale: "he" },
];
