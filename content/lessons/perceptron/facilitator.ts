import type { FacilitatorGuide } from "../../../src/walkthrough/facilitator/types";

/** Perceptron (book ch. 2): gates by hand, learning, XOR and the second layer. */
export const perceptron: FacilitatorGuide = {
  slug: "perceptron",
  book: "2.1–2.5 パーセプトロン",
  topics: [
    { topic: "Opening: a neuron as a weighted sum and a threshold", minutes: 5, match: ["opening"] },
    {
      topic: "Weighted sum, then a step; bias as a shifted threshold",
      minutes: 8,
      match: ["weighted sum", "step"],
      note: "Have someone set w₁, w₂, b for AND on the board before touching the widget.",
    },
    { topic: "The book's AND, NAND and OR gates", minutes: 8, match: ["gates", "gate"] },
    { topic: "Learning the weights from examples", minutes: 10, match: ["learning", "examples"] },
    { topic: "XOR: why no single line separates it (図2-7)", minutes: 8, match: ["xor: no", "no line"] },
    { topic: "Two layers solve XOR (図2-13)", minutes: 8, match: ["two layers", "solve"] },
    {
      topic: "Your turn, pitfalls and exercises",
      minutes: 13,
      match: ["your turn", "pitfall", "exercise", "study group"],
    },
  ],
  questions: [
    "AND, NAND and OR use the same formula with different numbers. What, then, is the 'program' of a perceptron?",
    "The book calls b a bias and −b a threshold. When would you rather think of one than the other?",
    "XOR needs a second layer. What does the first layer compute, in words, and could it compute something else that also works?",
    "The learning rule only changes weights on a mistake. What does that mean for data that a line cannot separate?",
  ],
  confusions: [
    {
      confusion: "Thinking the weights for AND are unique.",
      untangle:
        "Ask three people for their own (w₁, w₂, b) and check each on the four inputs: any line between (1,1) and the other three points works.",
    },
    {
      confusion: "Believing more training will eventually solve XOR with one layer.",
      untangle:
        "Plot the four points: any line leaves two of the same class on opposite sides. The learning widget keeps cycling, which is the evidence.",
    },
    {
      confusion: "Mixing up the step function here with the sigmoid of the next chapter.",
      untangle:
        "The step has zero slope almost everywhere, so a gradient cannot tell the weights which way to move; that is why chapter 3 replaces it.",
    },
  ],
};
