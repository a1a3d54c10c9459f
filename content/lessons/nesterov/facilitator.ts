import type { FacilitatorGuide } from "../../../src/walkthrough/facilitator/types";

/** Nesterov's accelerated gradient (book: note in 6.1.7 and common/optimizer.py). */
export const nesterov: FacilitatorGuide = {
  slug: "nesterov",
  book: "6.1 (Nesterov, common/optimizer.py)",
  topics: [
    { topic: "Opening: momentum that looks where it is going", minutes: 3, match: ["opening"] },
    { topic: "The look-ahead and PyTorch's form", minutes: 10, match: ["look-ahead"] },
    { topic: "Is the book's reformulated form the same method?", minutes: 10, match: ["same method", "book's form"] },
    { topic: "Braking before the overshoot", minutes: 7, match: ["braking"] },
    {
      topic: "Your turn: make Momentum look ahead; the code",
      minutes: 10,
      match: ["your turn", "in code", "computation"],
    },
    { topic: "MNIST, exercises and discussion", minutes: 12, match: ["mnist", "exercise", "study group", "fixes"] },
  ],
  questions: [
    "Nesterov evaluates the gradient at the look-ahead point. Why does that brake earlier than plain momentum?",
    "The book's Nesterov class rewrites the update so it never computes a gradient at a shifted point. What is traded for that?",
    "On MNIST the difference from Momentum is small. On which problems would you expect it to matter more?",
  ],
  confusions: [
    {
      confusion: "Thinking Nesterov needs two gradient evaluations per step.",
      untangle:
        "The reformulated form stores the look-ahead parameters, so one gradient per step suffices; count calls in the cell.",
    },
    {
      confusion: "Expecting the book's form and PyTorch's to give identical paths.",
      untangle:
        "They track different variables (actual vs look-ahead parameters); the widget shows both and where they differ.",
    },
    {
      confusion: "Mixing up the sign of the look-ahead.",
      untangle:
        "The look-ahead moves along the velocity (downhill), i.e. W + αv in the book's sign convention; draw it on the contour.",
    },
  ],
};
