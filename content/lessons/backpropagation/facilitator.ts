import type { FacilitatorGuide } from "../../../src/walkthrough/facilitator/types";

/** Backprop (book ch. 5): computational graphs, chain rule, layers, gradient check. */
export const backpropagation: FacilitatorGuide = {
  slug: "backpropagation",
  book: "5.1–5.7 誤差逆伝播法",
  topics: [
    { topic: "Opening: why numerical gradients are too slow", minutes: 4, match: ["opening"] },
    { topic: "A calculation drawn as a graph (the apples of 図5-2)", minutes: 7, match: ["graph"] },
    {
      topic: "Backward through the graph, node by node (chain rule)",
      minutes: 10,
      match: ["backward", "chain rule"],
      note: "Step the graph one node at a time and have the group call out each local derivative first.",
    },
    { topic: "Layers that know their derivative: Mul, Add, ReLU, Sigmoid", minutes: 8, match: ["layers that know"] },
    { topic: "Affine layer for matrices", minutes: 8, match: ["affine"] },
    { topic: "Softmax-with-Loss: (y − t) / N", minutes: 7, match: ["softmax-with-loss"] },
    { topic: "Checking backprop against numerical gradients", minutes: 8, match: ["checking"] },
    { topic: "Pitfalls and exercises", minutes: 12, match: ["pitfall", "exercise", "study group"] },
  ],
  questions: [
    "The Mul node swaps its inputs on the way back. Why does the derivative of x·y with respect to x involve y?",
    "Why does the Affine layer's ∂L/∂W come out as Xᵀ·∂L/∂Y, and what do the shapes tell you if you forget the transpose?",
    "The gradient of softmax plus cross-entropy is (y − t)/N: why is that clean result no accident (the book's 5.6.3)?",
    "Your Affine backward passes the check. Which bugs could a check with a batch of one still miss?",
  ],
  confusions: [
    {
      confusion: "Forgetting the 1/N from the mean loss in the backward pass.",
      untangle: "Run the gradient check with batch sizes 1 and 8: only the larger batch exposes the missing division.",
    },
    {
      confusion: "Overwriting the forward input that backward needs (ReLU's mask, Affine's x).",
      untangle:
        "Call forward twice before one backward in the stepper; the stale cache gives wrong gradients that the check catches.",
    },
    {
      confusion: "Thinking backprop is a different gradient from the numerical one.",
      untangle:
        "It is the same derivative computed by the chain rule; the numerical gradient is only an approximation of it, used to check.",
    },
  ],
};
