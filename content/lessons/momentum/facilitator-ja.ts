import type { FacilitatorGuide } from "../../../src/walkthrough/facilitator/types";

/** Momentum(本書6.1.4項)の進行ガイド。 */
export const momentumJa: FacilitatorGuide = {
  slug: "momentum",
  book: "6.1.4 Momentum",
  topics: [
    { topic: "導入:お椀を転がり落ちるボール", minutes: 3, match: ["opening"] },
    {
      topic: "速度の書き方は2通り(本書 v ← αv − η∇、PyTorch v ← μv + ∇)",
      minutes: 8,
      match: ["2通り"],
    },
    { topic: "速度がジグザグを転がり抜ける(図6-5)", minutes: 10, match: ["ジグザグ"] },
    { topic: "一定の傾きなら10倍速い(1/(1 − α))", minutes: 6, match: ["一定の傾き"] },
    { topic: "新しい問題:行き過ぎ", minutes: 7, match: ["行き過ぎ"] },
    { topic: "やってみようと、コード全体", minutes: 10, match: ["やってみよう", "コード"] },
    { topic: "MNIST、練習問題、話し合い", minutes: 14, match: ["mnist", "練習問題", "輪読会", "解決する"] },
  ],
  questions: [
    "本書は v の中に η を入れて持ち、PyTorch は η を外に出しています。学習の途中で η を変えると、この違いはどう表に出るでしょうか。",
    "x 方向は速くなるのに、y 方向は落ち着いていくのはなぜでしょうか。",
    "α = 0.9 では、一定の傾きでの更新幅が SGD の10倍になります。これは不具合でしょうか、それとも狙いどおりでしょうか。",
    "α = 1 にしたら何が起きるでしょうか。α = 0 ではどうでしょうか。",
  ],
  confusions: [
    {
      confusion: "Momentum が「覚えている」のは直前の勾配だけだと考える。",
      untangle: "v は過去のすべての勾配に指数的な重みを付けた和です。v₃ を g₁, g₂, g₃ で書き下してもらいます。",
    },
    {
      confusion: "Momentum なら行き過ぎることはないと期待する。",
      untangle:
        "ウィジェットで α = 0.95 にしてみます。ボールは最小値を通り過ぎて回り込みます。Momentum は、ジグザグを行き過ぎと引き換えにしているのです。",
    },
    {
      confusion: "2つの形の学習率をそのまま比べてしまう。",
      untangle:
        "2つの形の経路が一致するのは、η が一定のときだけです。η を固定して経路を比べます。v の生の値どうしは比べません。",
    },
  ],
};
