import type { FacilitatorGuide } from "../../../src/walkthrough/facilitator/types";

/** SGD (book ch. 6.1.1–6.1.3). */
export const sgd: FacilitatorGuide = {
  slug: "sgd",
  book: "6.1.2 SGD, 6.1.3 SGDの欠点",
  topics: [
    { topic: "Opening: the rule every other optimizer builds on", minutes: 3, match: ["opening"] },
    { topic: "W ← W − η ∂L/∂W, in the book and in PyTorch", minutes: 5, match: ["one rule"] },
    {
      topic: "The zig-zag on f(x, y) = x²/20 + y² (図6-3)",
      minutes: 10,
      match: ["zig-zag", "bowl"],
      note: "Predict first: the path from (−7, 2), straight or zig-zag?",
    },
    {
      topic: "Why the gradient does not point at the minimum (図6-2)",
      minutes: 7,
      match: ["does not point", "minimum"],
    },
    { topic: "Too small, too large, and the best single rate", minutes: 8, match: ["too small", "too large"] },
    { topic: "Weight decay as one more gradient term", minutes: 4, match: ["weight decay"] },
    { topic: "Code cells and your turn", minutes: 10, match: ["code cell", "your turn"] },
    { topic: "MNIST, exercises and discussion", minutes: 13, match: ["mnist", "exercise", "study group", "fixes"] },
  ],
  questions: [
    "On x²/20 + y² the y-direction is 20 times steeper. Which learning rate does the steep direction allow, and what does that leave for x?",
    "Why does the gradient not point at the minimum on an elongated bowl? Draw the contour and the arrow.",
    "Is the 'stochastic' in SGD about the optimizer or about the mini-batches?",
    "Which of SGD's problems would a per-direction step size solve, and which would momentum solve?",
  ],
  confusions: [
    {
      confusion: "Thinking the zig-zag comes from noise in the gradient.",
      untangle:
        "The bowl's gradient here is exact, with no sampling at all: the zig-zag is the geometry (anisotropy), not randomness.",
    },
    {
      confusion: "Fixing the zig-zag by lowering η.",
      untangle:
        "A smaller η stops the bouncing in y but crawls along x; the best single rate is limited by the steepest direction. Show both in the widget.",
    },
    {
      confusion: "Believing the book's SGD and torch.optim.SGD differ.",
      untangle: "Without momentum or decay they compute exactly the same step; the cell asserts it.",
    },
  ],
};
