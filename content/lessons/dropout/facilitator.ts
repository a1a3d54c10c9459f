import type { FacilitatorGuide } from "../../../src/walkthrough/facilitator/types";

/** Dropout (book ch. 6.4.3). */
export const dropout: FacilitatorGuide = {
  slug: "dropout",
  book: "6.4.3 Dropout",
  topics: [
    { topic: "Opening: switching off units at random", minutes: 4, match: ["opening"] },
    { topic: "Which units drop, step by step", minutes: 8, match: ["which units", "step by step"] },
    {
      topic: "Both forms expect the same thing (book's ×(1 − p) at test, PyTorch's inverted)",
      minutes: 10,
      match: ["both forms", "expect"],
    },
    {
      topic: "Does it close the gap? (図6-23)",
      minutes: 12,
      match: ["gap"],
      note: "Start the MNIST run before discussing the two forms.",
    },
    { topic: "Many thin networks, one set of weights (ensembles)", minutes: 6, match: ["thin networks", "ensemble"] },
    { topic: "Your turn and the eval-mode mistake", minutes: 12, match: ["your turn", "mistake", "in code"] },
    { topic: "Exercises and discussion", minutes: 8, match: ["exercise", "study group", "one sentence"] },
  ],
  questions: [
    "The book multiplies by (1 − dropout_ratio) at test time; PyTorch divides by (1 − p) during training. Why do both keep the expected activation the same?",
    "Why does dropout usually need more epochs to reach the same train accuracy?",
    "In what sense is dropout an ensemble of many networks?",
    "What happens if you forget to switch dropout off when evaluating?",
  ],
  confusions: [
    {
      confusion: "Thinking the same units drop for the whole epoch.",
      untangle:
        "A new mask is drawn at every forward pass; step the widget twice with the same input and compare the masks.",
    },
    {
      confusion: "Scaling at test time with the inverted form as well.",
      untangle:
        "Inverted dropout already scaled during training; scaling again shrinks every test activation by (1 − p). The cell shows the accuracy drop.",
    },
    {
      confusion: "Reading the drop ratio as the keep ratio.",
      untangle:
        "The book's dropout_ratio and PyTorch's p are both the fraction dropped; write 'p = fraction zeroed' on the board.",
    },
  ],
};
