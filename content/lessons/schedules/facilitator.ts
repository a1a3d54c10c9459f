import type { FacilitatorGuide } from "../../../src/walkthrough/facilitator/types";

/** Learning-rate schedules, warmup and gradient clipping (beyond the book, after 6.1). */
export const schedules: FacilitatorGuide = {
  slug: "schedules",
  book: "6.1.7 どの更新手法を用いるか?(その先:学習率のスケジュールと勾配クリッピング)",
  topics: [
    { topic: "Opening: why change η while training", minutes: 4, match: ["opening"] },
    {
      topic: "The stability rule behind every schedule",
      minutes: 12,
      match: ["stability rule", "schedule"],
      note: "Ask for a prediction before pressing anything: what does SGD do at η = 1.05 with a constant rate?",
    },
    { topic: "A schedule calms RMSProp", minutes: 8, match: ["rmsprop"] },
    { topic: "Warmup and cosine on real digits", minutes: 10, match: ["warmup", "digits"] },
    { topic: "Clipping: a cliff in the loss", minutes: 8, match: ["clipping", "cliff"] },
    {
      topic: "Your turn, pitfalls and exercises",
      minutes: 18,
      match: ["your turn", "pitfall", "exercise", "study group"],
    },
  ],
  questions: [
    "The rule η·λ < 2 has now appeared three times. What plays the role of η in plain SGD, in RMSProp and under a schedule?",
    "Why does Adam, more than SGD with Momentum, benefit from a warmup?",
    "Clipping keeps a step's direction and bounds its length. When would the direction itself be wrong?",
    "A schedule brings new hyperparameters. How would you choose them with validation data?",
  ],
  confusions: [
    {
      confusion: "Thinking a schedule makes any learning rate safe.",
      untangle:
        "In the explorer, set η₀ = 1.5 with cosine over 20 steps: f grows far before the rate comes down. A schedule makes a bad rate temporary, not good.",
    },
    {
      confusion: "Stepping a schedule once per epoch with settings meant for steps (or the other way round).",
      untangle:
        "Count the calls to schedule.step() in the warmup cell and compare with tMax: the schedule only knows how often it was called.",
    },
    {
      confusion: "Treating clipping as a smaller learning rate.",
      untangle:
        "Print clipGradNorm's return value in the cliff cell: on most steps the norm is below the threshold and nothing changes; only the cliff step is cut.",
    },
  ],
};
