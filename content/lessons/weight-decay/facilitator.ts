import type { FacilitatorGuide } from "../../../src/walkthrough/facilitator/types";

/** Weight decay (book ch. 6.4.1–6.4.2). */
export const weightDecay: FacilitatorGuide = {
  slug: "weight-decay",
  book: "6.4.1 過学習, 6.4.2 Weight decay",
  topics: [
    { topic: "Opening: overfitting on purpose", minutes: 4, match: ["opening"] },
    {
      topic: "A deep network memorises 300 digits (図6-20)",
      minutes: 12,
      match: ["memorises", "300"],
      note: "Start the run first: it trains while you talk.",
    },
    { topic: "The penalty pulls the minimum toward the origin", minutes: 10, match: ["penalty pulls", "origin"] },
    { topic: "The book's ½λ‖W‖² and PyTorch's weight_decay", minutes: 8, match: ["weight_decay", "book's penalty"] },
    { topic: "Your turn: the penalty's gradient", minutes: 8, match: ["your turn"] },
    {
      topic: "The experiment in code and exercises",
      minutes: 13,
      match: ["in code", "exercise", "study group", "one sentence"],
    },
  ],
  questions: [
    "In the λ table the gap is smallest at λ = 0.1, yet the lesson picks 0.03. What makes a small gap worth having (図6-21)?",
    "The book adds ½λ‖W‖² to the loss; PyTorch adds λW to the gradient. Do they give the same step? Show it on the board.",
    "Should biases be decayed? What does the core do, and what does the book do?",
    "Why do large weights go with memorising the training set?",
  ],
  confusions: [
    {
      confusion: "Expecting the test accuracy to jump up with weight decay.",
      untangle:
        "Its main effect in 図6-21 is a smaller gap; at the lesson's λ = 0.03 the test accuracy gains about a point, at 0.1 it falls. Read both curves, not one.",
    },
    {
      confusion: "Forgetting the penalty in the reported loss vs the gradient.",
      untangle:
        "The book's loss includes ½λ‖W‖², so loss curves with and without decay are not directly comparable; compare accuracies.",
    },
    {
      confusion: "Thinking weight decay and L2 are the same for every optimizer.",
      untangle: "For SGD they are; for Adam they differ (AdamW). Point back to the Adam chapter.",
    },
  ],
};
