import type { FacilitatorGuide } from "../../../src/walkthrough/facilitator/types";

/** Initialisation (book ch. 6.2): zeros, activation histograms, Xavier, He. */
export const initialization: FacilitatorGuide = {
  slug: "initialization",
  book: "6.2 重みの初期値",
  topics: [
    { topic: "Opening: the first guess decides whether training starts", minutes: 4, match: ["opening"] },
    { topic: "Equal weights stay equal (why not zeros, 6.2.1)", minutes: 8, match: ["equal weights", "equal"] },
    {
      topic: "Five layers, one histogram each (図6-10, 6-11, 6-13, 6-14)",
      minutes: 14,
      match: ["histogram", "five layers"],
      note: "Before each setting, ask: will the histograms pile at 0 and 1, in the middle, or collapse?",
    },
    { topic: "On MNIST: std 0.01, Xavier and He (図6-15)", minutes: 10, match: ["mnist"] },
    { topic: "Your turn: Xavier and He from the fan-in", minutes: 8, match: ["your turn", "fan-in"] },
    { topic: "Pitfalls and exercises", minutes: 11, match: ["pitfall", "exercise", "study group"] },
  ],
  questions: [
    "With std 1 and sigmoid, activations pile up at 0 and 1. What does that do to the gradients (recall the sigmoid's slope)?",
    "With std 0.01 the activations bunch at 0.5. Training does not explode; why is it still bad (the book: 表現力の制限)?",
    "Xavier uses 1/√n, He uses √(2/n). Where does the factor 2 come from?",
    "Batch norm (next chapter) makes the start less important. Is initialisation then irrelevant?",
  ],
  confusions: [
    {
      confusion: "Thinking zero initialisation fails because zeros give zero output.",
      untangle:
        "Any constant fails: all units in a layer receive the same gradient and stay identical forever. Show it with 0.5 instead of 0.",
    },
    {
      confusion: "Mixing fan-in and fan-out, or using the layer's output size.",
      untangle:
        "n is the number of inputs to each unit (the previous layer's width); compute it together for a 784-100 layer.",
    },
    {
      confusion: "Believing He is 'better' than Xavier everywhere.",
      untangle:
        "He is derived for ReLU, Xavier for symmetric activations like tanh/sigmoid: swap them in the histogram widget and watch the spread drift.",
    },
  ],
};
