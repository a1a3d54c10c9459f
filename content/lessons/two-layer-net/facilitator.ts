import type { FacilitatorGuide } from "../../../src/walkthrough/facilitator/types";

/** Training a whole network (book 4.5, 5.7): TwoLayerNet layer by layer, its gradient check, MNIST, overfitting. */
export const twoLayerNet: FacilitatorGuide = {
  slug: "two-layer-net",
  book: "4.5 学習アルゴリズムの実装 / 5.7 誤差逆伝播法の実装",
  topics: [
    { topic: "Opening: from pieces to a network that learns", minutes: 3, match: ["opening"] },
    {
      topic: "A two-layer network, layer by layer",
      minutes: 10,
      match: ["layer by layer", "two-layer"],
      note: "Step forward four times, then have the group predict the first row of ∂L/∂A₂ before pressing Backward.",
    },
    {
      topic: "Numerical gradients against backprop on the MNIST network (5.7.3)",
      minutes: 8,
      match: ["numerical gradients"],
      note: "Start the gradient-cost cell at once: it runs while you discuss 79,520 forward passes. Compare the ratios the laptops print.",
    },
    {
      topic: "Training on digits: mini-batches, epochs, 図4-11 and 図4-12",
      minutes: 12,
      match: ["training on digits", "mini-batches"],
      note: "Start the widget at lesson scale before explaining the four steps; the curves arrive as you talk.",
    },
    { topic: "Overfitting, seen for the first time", minutes: 8, match: ["overfitting"] },
    { topic: "Your turn: the gradient method", minutes: 8, match: ["your turn"] },
    { topic: "Pitfalls, exercises and study group", minutes: 12, match: ["pitfall", "exercise", "study group"] },
  ],
  questions: [
    "Why does one backward pass cost about as much as one forward pass, while a numerical gradient costs two forward passes per weight?",
    "The sigmoid net and the ReLU net see the same batches with the same η. Why does the ReLU net learn faster from weights of std 0.01?",
    "What does an epoch mean when batches are drawn with replacement, as the book does?",
    "With 300 training digits the test accuracy stops near 82 %. What would you try first to close the gap?",
  ],
  confusions: [
    {
      confusion: "Reading the training accuracy as how good the network is.",
      untangle: "Run the overfitting widget: 99.0 % on the 300 training digits, 82.3 % on new ones.",
    },
    {
      confusion: "Thinking the numerical gradient is a different, rougher gradient that training could also use.",
      untangle:
        "It is the same derivative, approximated; the gradient-cost cell shows they agree to 1e-10 and that it costs thousands of times more.",
    },
    {
      confusion: "Expecting the loss of every mini-batch to go down.",
      untangle:
        "Look at the loss chart under the accuracies: each point is a different 100 digits, so it jumps; the smoothed trend falls.",
    },
  ],
};
