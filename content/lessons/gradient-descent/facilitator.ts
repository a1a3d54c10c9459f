import type { FacilitatorGuide } from "../../../src/walkthrough/facilitator/types";

/** Gradient descent (book ch. 4.3–4.5): numerical gradients, learning rate, mini-batches. */
export const gradientDescent: FacilitatorGuide = {
  slug: "gradient-descent",
  book: "4.3 数値微分, 4.4 勾配, 4.5 学習アルゴリズムの実装",
  topics: [
    { topic: "Opening: walking downhill blindfolded", minutes: 4, match: ["opening"] },
    {
      topic: "The slope measured numerically (central difference, h = 1e-4)",
      minutes: 10,
      match: ["slope", "numerically"],
    },
    {
      topic: "The landscape of y = φ(wx + b) and the path of updates",
      minutes: 12,
      match: ["landscape", "downhill"],
      note: "Try η = 0.01, 0.1 and a rate that diverges; ask for a prediction each time.",
    },
    { topic: "Epochs, batch, mini-batch and online learning", minutes: 8, match: ["epoch", "mini-batch"] },
    { topic: "Gradient descent in code and your turn", minutes: 12, match: ["in code", "your turn"] },
    { topic: "Pitfalls and exercises", minutes: 14, match: ["pitfall", "exercise", "study group"] },
  ],
  questions: [
    "The book warns that h = 1e-50 gives 0.0 (4.3.1). Why, and why is the central difference (f(x+h) − f(x−h)) / 2h better than the forward one?",
    "The gradient points uphill; we step against it. On the landscape, does the path head straight for the minimum? When not?",
    "What is an epoch when batches are drawn with replacement, as in the book's train_neuralnet.py?",
    "Which is noisier, online (batch of 1) or full-batch descent, and is noise ever helpful?",
  ],
  confusions: [
    {
      confusion: "Thinking a larger learning rate always gets there faster.",
      untangle:
        "On f(x) = x² each step multiplies x by (1 − 2η): at η = 1.1 that is −1.2, so it flips sign and grows. Show it in the widget.",
    },
    {
      confusion: "Calling the numerical gradient 'exact'.",
      untangle:
        "It has truncation error O(h²) and rounding error ~ε/h; the cell shows both as h shrinks. That is why backprop (next chapter) is used and this only checks it.",
    },
    {
      confusion: "Mixing up steps, iterations and epochs.",
      untangle: "Write on the board: one step = one mini-batch update; one epoch = (training size / batch size) steps.",
    },
  ],
};
