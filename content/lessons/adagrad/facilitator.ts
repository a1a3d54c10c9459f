import type { FacilitatorGuide } from "../../../src/walkthrough/facilitator/types";

/** AdaGrad (book ch. 6.1.5). */
export const adagrad: FacilitatorGuide = {
  slug: "adagrad",
  book: "6.1.5 AdaGrad",
  topics: [
    { topic: "Opening: one step size per weight", minutes: 3, match: ["opening"] },
    { topic: "h ← h + ∇⊙∇, W ← W − η∇/√h (図6-6)", minutes: 10, match: ["one step size", "per weight"] },
    { topic: "Why the y axis calms down at once", minutes: 7, match: ["calms"] },
    { topic: "The new problem: learning stops", minutes: 7, match: ["learning stops", "stops"] },
    { topic: "Where ε goes, in the book (1e-7) and in PyTorch (1e-10)", minutes: 5, match: ["where ε", "ε"] },
    { topic: "Your turn and the code", minutes: 10, match: ["your turn", "computation"] },
    { topic: "MNIST, exercises and discussion", minutes: 13, match: ["mnist", "exercise", "study group", "fixes"] },
  ],
  questions: [
    "h only grows. What happens to the effective step size after 10,000 steps, and is that ever what you want?",
    "Why does dividing by √h make the first step the same size in every direction?",
    "The book writes 1e-7 inside the square root's denominator; PyTorch adds 1e-10 outside. When does the difference matter?",
  ],
  confusions: [
    {
      confusion: "Thinking AdaGrad normalises by the current gradient.",
      untangle:
        "It divides by the root of the sum of all past squared gradients; after two equal gradients the step is 1/√2 of the first.",
    },
    {
      confusion: "Treating √h as a matrix operation.",
      untangle: "Everything is elementwise: each weight has its own h. Show h's shape equals W's shape in the cell.",
    },
    {
      confusion: "Blaming a stalled run on a bad learning rate only.",
      untangle: "Compare with RMSProp at the same η: the stall comes from h growing without bound (next chapter).",
    },
  ],
};
