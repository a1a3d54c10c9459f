import type { FacilitatorGuide } from "../../../src/walkthrough/facilitator/types";

/** Momentum (book ch. 6.1.4). */
export const momentum: FacilitatorGuide = {
  slug: "momentum",
  book: "6.1.4 Momentum",
  topics: [
    { topic: "Opening: a ball rolling down the bowl", minutes: 3, match: ["opening"] },
    {
      topic: "Two ways to write the velocity (book v ← αv − η∇, PyTorch v ← μv + ∇)",
      minutes: 8,
      match: ["two ways", "velocity"],
    },
    { topic: "The velocity rolls through the zig-zag (図6-5)", minutes: 10, match: ["rolls", "zig-zag"] },
    { topic: "On a steady slope, ten times faster (1/(1 − α))", minutes: 6, match: ["steady slope", "faster"] },
    { topic: "The new problem: overshoot", minutes: 7, match: ["overshoot"] },
    { topic: "Your turn and the code", minutes: 10, match: ["your turn", "in code", "whole picture"] },
    { topic: "MNIST, exercises and discussion", minutes: 14, match: ["mnist", "exercise", "study group", "fixes"] },
  ],
  questions: [
    "The book keeps v with η inside; PyTorch keeps η outside. When does the difference show (hint: change η mid-training)?",
    "Why does the x-direction speed up while the y-direction calms down?",
    "With α = 0.9 the step on a constant slope grows to 10× SGD's. Is that a bug or the point?",
    "What would α = 1 do? α = 0?",
  ],
  confusions: [
    {
      confusion: "Thinking momentum 'remembers' only the last gradient.",
      untangle: "v is an exponentially weighted sum of all past gradients; write out v₃ in terms of g₁, g₂, g₃.",
    },
    {
      confusion: "Expecting momentum to never overshoot.",
      untangle: "Set α = 0.95 in the widget: it circles past the minimum. Momentum trades zig-zag for overshoot.",
    },
    {
      confusion: "Comparing learning rates across the two forms directly.",
      untangle:
        "The forms give identical paths only when η is constant; keep η fixed and compare paths, not raw v values.",
    },
  ],
};
