import type { FacilitatorGuide } from "../../../src/walkthrough/facilitator/types";

/** The forward pass (book 3.3–3.6): shapes, the three-layer network, output layers, MNIST inference. */
export const forwardPass: FacilitatorGuide = {
  slug: "forward-pass",
  book: "3.3–3.6 多次元配列の計算 / 3層ニューラルネットワークの実装 / 出力層の設計 / 手書き数字認識",
  topics: [
    { topic: "Opening: an answer from matrix products", minutes: 4, match: ["opening"] },
    {
      topic: "Shapes line up, or the product fails (図3-26)",
      minutes: 10,
      match: ["shapes"],
      note: "Before the lab, have the group write the shapes of the MNIST network's arrays for a batch of 100 on the board.",
    },
    { topic: "Three layers, one product each (図3-15)", minutes: 12, match: ["three layers", "one product"] },
    { topic: "The output layer: identity or softmax", minutes: 8, match: ["output layer"] },
    {
      topic: "Handwritten digits, one at a time or a hundred at once",
      minutes: 10,
      match: ["handwritten", "digits"],
      note: "Run the MNIST cell on several laptops and compare the times it prints: the ratio varies, the predictions do not.",
    },
    {
      topic: "Your turn, pitfalls and exercises",
      minutes: 16,
      match: ["your turn", "pitfall", "exercise", "study group"],
    },
  ],
  questions: [
    "What does one circle of 図3-15 become in the code, and what does one arrow become?",
    "The batch size never appears in a weight's shape. What does that tell you about how the network treats the images of a batch?",
    "The cell's network reaches 0.92 and the book's weights 0.9352. Which differences between the two settings could explain the gap?",
    "When would you keep the softmax at inference even though the argmax does not need it?",
  ],
  confusions: [
    {
      confusion: "Writing W·x with the book's inputs × outputs layout.",
      untangle:
        "Load the lab's transposed preset and read the core's message aloud: it names both shapes, so the group can see which side has to change.",
    },
    {
      confusion: "Thinking a batch is averaged or mixed inside the network.",
      untangle:
        "Run the three-layer cell: the batch of two gives two rows, and the first row equals the single-input answer exactly.",
    },
    {
      confusion: "Believing the softmax is needed to pick a class.",
      untangle:
        "Work Exercise 3 together: dividing every exp(a_k) by the same positive sum cannot change which is largest.",
    },
  ],
};
