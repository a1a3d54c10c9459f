import type { FacilitatorGuide } from "../../../src/walkthrough/facilitator/types";

/** RMSProp (book: note in 6.1.5, common/optimizer.py). */
export const rmsprop: FacilitatorGuide = {
  slug: "rmsprop",
  book: "6.1.5 (RMSProp note), common/optimizer.py",
  topics: [
    { topic: "Opening: AdaGrad with a memory that fades", minutes: 3, match: ["opening"] },
    { topic: "A memory that fades: h ← ρh + (1 − ρ)∇⊙∇", minutes: 10, match: ["fades", "memory"] },
    { topic: "Why AdaGrad stalls and RMSProp does not", minutes: 8, match: ["stalls"] },
    { topic: "The first step is ten times too large", minutes: 7, match: ["first step", "ten times"] },
    { topic: "Where ε goes", minutes: 4, match: ["where ε", "ε"] },
    { topic: "Your turn and the code", minutes: 10, match: ["your turn", "computation"] },
    { topic: "MNIST, exercises and discussion", minutes: 13, match: ["mnist", "exercise", "study group", "fixes"] },
  ],
  questions: [
    "With ρ = 0.99, about how many past steps does h remember?",
    "h starts at 0, so the first step divides by √(0.01·g²). Why is that 10× larger than a steady-state step, and which optimizer fixes it?",
    "Is RMSProp's step size adaptive per weight, per layer, or global?",
  ],
  confusions: [
    {
      confusion: "Thinking ρ is a learning rate.",
      untangle:
        "ρ (PyTorch's alpha) is the decay of the average; η is still the step size. Change one at a time in the widget.",
    },
    {
      confusion: "Confusing RMSProp's ρ with momentum's α.",
      untangle:
        "Both are decay rates, but ρ averages squared gradients (a scale) while α averages gradients (a direction). Adam uses both.",
    },
    {
      confusion: "Expecting RMSProp to converge exactly.",
      untangle:
        "Near the minimum the normalised step stays about η in size, so it hovers; that is why schedules decay η.",
    },
  ],
};
