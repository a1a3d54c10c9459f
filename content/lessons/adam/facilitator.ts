import type { FacilitatorGuide } from "../../../src/walkthrough/facilitator/types";

/** Adam (book ch. 6.1.6). */
export const adam: FacilitatorGuide = {
  slug: "adam",
  book: "6.1.6 Adam",
  topics: [
    { topic: "Opening: Momentum plus RMSProp", minutes: 3, match: ["opening"] },
    { topic: "m and v, corrected (図6-7)", minutes: 10, match: ["momentum plus", "corrected"] },
    { topic: "Why the bias correction is there", minutes: 8, match: ["bias correction"] },
    { topic: "The book's folded form and where it differs", minutes: 8, match: ["folded"] },
    { topic: "Weight decay: L2 vs AdamW", minutes: 6, match: ["weight decay", "adamw"] },
    { topic: "Your turn: write Adam's step", minutes: 10, match: ["your turn"] },
    { topic: "MNIST, exercises and discussion", minutes: 15, match: ["mnist", "exercise", "study group", "fixes"] },
  ],
  questions: [
    "m and v start at 0. Without correction, how big is the first step compared with η, and why?",
    "The book folds the correction into the learning rate (lr_t = η·√(1 − β₂ᵗ)/(1 − β₁ᵗ)). Where does ε end up, and when does that change the step?",
    "Why does L2 regularisation do almost nothing under Adam, and what does AdamW do differently?",
    "Adam is the default in much practice. What did the MNIST comparison show, and would you always pick it?",
  ],
  confusions: [
    {
      confusion: "Thinking bias correction matters throughout training.",
      untangle: "1 − β₁ᵗ approaches 1 within a few dozen steps; print the factors for t = 1, 10, 100 in the cell.",
    },
    {
      confusion: "Reading Adam's η as comparable to SGD's η.",
      untangle:
        "Adam's step is roughly η in every coordinate regardless of gradient scale, so 0.001 for Adam is not 'small' like SGD's 0.001.",
    },
    {
      confusion: "Believing the book's form is a different algorithm.",
      untangle:
        "It is the same up to where ε sits; the chapter's test shows the paths agree to within that difference.",
    },
  ],
};
