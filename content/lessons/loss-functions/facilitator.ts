import type { FacilitatorGuide } from "../../../src/walkthrough/facilitator/types";

/** Loss functions (book ch. 4.2): mean squared error and cross-entropy. */
export const lossFunctions: FacilitatorGuide = {
  slug: "loss-functions",
  book: "4.2 損失関数",
  topics: [
    { topic: "Opening: why learning needs one number to push down", minutes: 4, match: ["opening"] },
    { topic: "Squared error, the book's ½Σ and PyTorch's mean", minutes: 8, match: ["squared error"] },
    {
      topic: "Cross-entropy punishes a confident mistake",
      minutes: 10,
      match: ["cross-entropy", "confident"],
      note: "Let the group predict the loss for p = 0.01 on the true class before showing −log.",
    },
    { topic: "Logits of 1000: subtracting the maximum", minutes: 6, match: ["logits", "maximum"] },
    { topic: "Mean over a mini-batch", minutes: 5, match: ["mini-batch", "mean"] },
    { topic: "Why not maximise accuracy? (4.2.5)", minutes: 8, match: ["accuracy"] },
    {
      topic: "Book vs PyTorch forms, your turn, pitfalls, exercises",
      minutes: 14,
      match: ["side by side", "your turn", "pitfall", "exercise", "study group"],
    },
  ],
  questions: [
    "Accuracy is what we care about. Why is it a bad thing to differentiate (the book's 4.2.5)? What does a small weight change do to it?",
    "The book adds delta = 1e-7 inside the log. What would the loss be without it for a prediction of exactly 0 on the true class?",
    "Squared error and cross-entropy both are zero for a perfect prediction. Where do their gradients differ the most?",
    "Why average the loss over the batch rather than sum it? What would change in the learning rate if you summed?",
  ],
  confusions: [
    {
      confusion: "Believing the book's ½·Σ(y − t)² and PyTorch's MSELoss give the same numbers.",
      untangle:
        "They differ by a constant factor (½ and 1/N): the same minimum, gradients scaled differently, so learning rates do not transfer one-to-one.",
    },
    {
      confusion: "Applying softmax twice (once in the model, once inside the loss).",
      untangle:
        "PyTorch's cross_entropy expects logits. Run both in the cell: the doubly-softmaxed loss barely moves as the model improves.",
    },
    {
      confusion: "Thinking a loss of 0.69 means 69 % wrong.",
      untangle:
        "0.69 ≈ ln 2: the loss of guessing 50/50 on two classes. Compare with ln 10 ≈ 2.30 for ten classes at random.",
    },
  ],
};
