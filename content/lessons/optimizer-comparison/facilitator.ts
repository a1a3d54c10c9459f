import type { FacilitatorGuide } from "../../../src/walkthrough/facilitator/types";

/** Comparing the optimizers (book ch. 6.1.7–6.1.8). */
export const optimizerComparison: FacilitatorGuide = {
  slug: "optimizer-comparison",
  book: "6.1.7 どの更新手法を用いるか？, 6.1.8 MNISTデータセットによる更新手法の比較",
  topics: [
    { topic: "Opening: which update rule should we use?", minutes: 4, match: ["opening"] },
    {
      topic: "One table of rules: SGD, Momentum, Nesterov, AdaGrad, RMSProp, Adam",
      minutes: 14,
      match: ["table of rules", "rules"],
      note: "Have each member explain one row in one sentence.",
    },
    {
      topic: "Two test beds: the bowl (図6-8) and MNIST (図6-9)",
      minutes: 22,
      match: ["test beds", "two test"],
      note: "Start the MNIST comparison first; read the bowl while it runs.",
    },
    { topic: "Exercises and discussion", minutes: 20, match: ["exercise", "study group", "choose"] },
  ],
  questions: [
    "The book says there is no method that wins on every problem. What does the bowl favour, and what does MNIST favour?",
    "If the learning rates are each method's default, is the comparison fair? How would you make it fairer?",
    "Change the seed: which conclusions survive, and which were noise?",
    "For a new problem tomorrow, which optimizer would you try first, and what would make you switch?",
  ],
  confusions: [
    {
      confusion: "Declaring a winner from one seed.",
      untangle:
        "Rerun with two other seeds and compare the fingerprints and curves; differences smaller than the seed spread are not findings.",
    },
    {
      confusion: "Comparing loss at equal wall-clock time instead of equal steps.",
      untangle: "The curves are per step; Adam does more work per step than SGD. Say which axis you read.",
    },
    {
      confusion: "Reading the bowl as representative of neural networks.",
      untangle:
        "The bowl is convex and two-dimensional; MNIST's loss has millions of directions. Use the bowl for intuition, MNIST for evidence.",
    },
  ],
};
