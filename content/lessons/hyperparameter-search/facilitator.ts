import type { FacilitatorGuide } from "../../../src/walkthrough/facilitator/types";

/** Hyperparameter search (book ch. 6.5). */
export const hyperparameterSearch: FacilitatorGuide = {
  slug: "hyperparameter-search",
  book: "6.5 ハイパーパラメータの検証",
  topics: [
    { topic: "Opening: the knobs we set by hand", minutes: 4, match: ["opening"] },
    { topic: "Choosing on the test data flatters the choice (6.5.1)", minutes: 10, match: ["test data", "flatters"] },
    { topic: "Search on a log scale (10^uniform(−6, −2))", minutes: 8, match: ["log scale"] },
    {
      topic: "The book's random search in parallel workers (図6-24)",
      minutes: 14,
      match: ["book's search", "workers"],
      note: "Start the search first; it reports trials as they finish.",
    },
    { topic: "One trial with the API and your turn", minutes: 12, match: ["one trial", "your turn"] },
    {
      topic: "Exercises and what we choose on which data",
      minutes: 12,
      match: ["exercise", "study group", "which data"],
    },
  ],
  questions: [
    "Why is picking the learning rate by test accuracy a form of training on the test set?",
    "Random search beats grid search when only a few knobs matter. Why (think of projecting the points onto one axis)?",
    "Why sample the learning rate as 10^u rather than uniformly between 1e-6 and 1e-2?",
    "The book trains each trial for few epochs. What could that bias toward?",
  ],
  confusions: [
    {
      confusion: "Using the validation set once and calling it a test.",
      untangle: "Once you chose by it, it is no longer an unbiased estimate; keep a test set that no choice ever saw.",
    },
    {
      confusion: "Thinking the best trial's number is the model's accuracy.",
      untangle:
        "It is the max of many noisy estimates, so it is optimistic; rerun the best setting with another seed and compare.",
    },
    {
      confusion: "Narrowing the range after one round of search too aggressively.",
      untangle: "Look at the whole scatter (図6-24): narrow around the band of good trials, not the single best.",
    },
  ],
};
