import type { FacilitatorGuide } from "../../../src/walkthrough/facilitator/types";

/** Batch normalisation (book ch. 6.3). */
export const batchNormalization: FacilitatorGuide = {
  slug: "batch-normalization",
  book: "6.3 Batch Normalization",
  topics: [
    { topic: "Opening: force the activations to spread", minutes: 4, match: ["opening"] },
    { topic: "Normalise, then scale and shift (γ, β)", minutes: 10, match: ["normalise", "scale and shift"] },
    { topic: "At test time: running averages", minutes: 8, match: ["test time", "running"] },
    { topic: "Backward: μ and σ² depend on every row", minutes: 10, match: ["backward"] },
    {
      topic: "Less sensitive to the initial scale (図6-18, 図6-19)",
      minutes: 10,
      match: ["sensitive", "initial scale"],
      note: "Run the sweep early; it takes a while. Discuss while it trains.",
    },
    {
      topic: "Your turn, pitfalls and exercises",
      minutes: 18,
      match: ["your turn", "pitfall", "exercise", "study group"],
    },
  ],
  questions: [
    "If BN normalises to mean 0 and variance 1, why learn γ and β that can undo it?",
    "At test time a single image has no batch. What does the layer use instead, and what goes wrong if you forget to switch modes?",
    "The book uses eps = 1e-7 (its BatchNormalization class) and PyTorch 1e-5, and PyTorch's running variance is unbiased. When would you see the difference?",
    "Why does BN make training less sensitive to the weight scale (図6-19)?",
  ],
  confusions: [
    {
      confusion: "Treating μ and σ² as constants in the backward pass.",
      untangle:
        "They depend on every row of the batch; the gradient check fails with the 'constant' version. Compare both in the cell.",
    },
    {
      confusion: "Evaluating in training mode.",
      untangle:
        "Predict one image twice in a batch with different companions: in training mode its output changes, in eval mode it does not.",
    },
    {
      confusion: "Thinking BN normalises over features of one example.",
      untangle:
        "It normalises each feature over the examples of the batch (that is layer norm's job). Draw the batch as a matrix and point at the axis.",
    },
  ],
};
