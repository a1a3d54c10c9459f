import type { FacilitatorGuide } from "../../../src/walkthrough/facilitator/types";

/** Activation functions (book ch. 3.2, 3.5): step, sigmoid, tanh, ReLU, softmax. */
export const activationFunctions: FacilitatorGuide = {
  slug: "activation-functions",
  book: "3.2 活性化関数, 3.5 出力層の設計",
  topics: [
    { topic: "Opening: from the step to smooth functions", minutes: 4, match: ["opening"] },
    {
      topic: "Five functions and their slopes",
      minutes: 10,
      match: ["five functions", "slopes"],
      note: "Ask the group to sketch each derivative before showing the widget's slope curve.",
    },
    { topic: "Why the function must be nonlinear", minutes: 8, match: ["nonlinear"] },
    { topic: "Stacked slopes multiply: vanishing gradients with sigmoid", minutes: 8, match: ["stacked", "multiply"] },
    { topic: "Softmax turns scores into probabilities", minutes: 8, match: ["softmax"] },
    { topic: "Your turn: the sigmoid's backward pass", minutes: 8, match: ["your turn"] },
    { topic: "Pitfalls, exercises and discussion", minutes: 14, match: ["pitfall", "exercise", "study group"] },
  ],
  questions: [
    "The sigmoid's slope is at most 0.25. What happens to a signal's gradient after ten sigmoid layers, and what does ReLU do instead?",
    "A network of linear layers is one linear layer (h(x) = c·x stacked is still linear). Which of the five functions escape that, and why does ReLU count though it is linear on each side?",
    "Softmax keeps the order of the scores. Why does the book drop it at inference time (3.5.3)?",
    "ReLU's slope at exactly 0 is undefined. Does it matter in practice? What does the core choose?",
  ],
  confusions: [
    {
      confusion: "Reading softmax outputs as calibrated certainties.",
      untangle:
        "Multiply the logits by 10 in the widget: the order stays, the 'probability' jumps to almost 1. The numbers are only as meaningful as the training made them.",
    },
    {
      confusion: "Thinking ReLU is not differentiable, so it cannot be trained.",
      untangle:
        "Its slope is 0 or 1 everywhere except one point; gradient descent only needs a slope where the inputs actually land.",
    },
    {
      confusion: "Confusing the sigmoid's derivative σ'(x) = σ(x)(1 − σ(x)) with σ(x)(1 − x).",
      untangle: "Check it numerically in the cell at x = 2: the numerical derivative settles the argument in seconds.",
    },
  ],
};
