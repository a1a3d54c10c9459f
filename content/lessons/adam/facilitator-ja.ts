import type { FacilitatorGuide } from "../../../src/walkthrough/facilitator/types";

/** Adam(本書6.1.6項)の進行ガイド。 */
export const adamJa: FacilitatorGuide = {
  slug: "adam",
  book: "6.1.6 Adam",
  topics: [
    { topic: "導入:Momentum と RMSProp を合わせる", minutes: 3, match: ["opening"] },
    { topic: "m と v、そして補正(図6-7)", minutes: 10, match: ["合わせて"] },
    { topic: "バイアス補正がある理由", minutes: 8, match: ["バイアス補正"] },
    { topic: "本書のまとめた形と、違いが出る場所", minutes: 8, match: ["まとめた形"] },
    { topic: "Weight decay:L2 と AdamW", minutes: 6, match: ["weight decay", "adamw"] },
    { topic: "やってみよう:Adam のステップを書く", minutes: 10, match: ["やってみよう"] },
    { topic: "MNIST、練習問題、話し合い", minutes: 15, match: ["mnist", "練習問題", "輪読会", "直したこと"] },
  ],
  questions: [
    "m と v は 0 から始まります。補正しなければ、最初の一歩は η と比べてどれくらいの大きさになるでしょうか。それはなぜでしょうか。",
    "本書は補正を学習率にまとめています(lr_t = η·√(1 − β₂ᵗ)/(1 − β₁ᵗ))。このとき ε はどこに入り、それが一歩を変えるのはどんなときでしょうか。",
    "Adam では L2 正則化がほとんど効かないのはなぜでしょうか。また、AdamW は何を変えたのでしょうか。",
    "Adam は多くの現場で標準の手法です。MNIST での比較は何を示したでしょうか。いつでも Adam を選ぶべきでしょうか。",
  ],
  confusions: [
    {
      confusion: "バイアス補正は学習の最後まで効いていると思う。",
      untangle: "1 − β₁ᵗ は数十ステップで 1 に近づきます。セルで t = 1, 10, 100 の係数を表示してみます。",
    },
    {
      confusion: "Adam の η を SGD の η と同じものさしで読む。",
      untangle:
        "Adam の一歩は、勾配の大きさによらず、どの座標でもおよそ η です。Adam の 0.001 は、SGD の 0.001 のように「小さい」わけではありません。",
    },
    {
      confusion: "本書の形は別のアルゴリズムだと思う。",
      untangle: "違うのは ε の位置だけです。この章のテストは、2つの経路がその差の範囲で一致することを示しています。",
    },
  ],
};
