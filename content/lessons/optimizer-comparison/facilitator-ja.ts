import type { FacilitatorGuide } from "../../../src/walkthrough/facilitator/types";

/** 最適化手法の比較(本書6.1.7〜6.1.8項)の進行ガイド。 */
export const optimizerComparisonJa: FacilitatorGuide = {
  slug: "optimizer-comparison",
  book: "6.1.7 どの更新手法を用いるか？, 6.1.8 MNISTデータセットによる更新手法の比較",
  topics: [
    { topic: "導入:どの更新手法を使えばよいか", minutes: 4, match: ["opening"] },
    {
      topic: "更新手法の一覧:SGD、Momentum、Nesterov、AdaGrad、RMSProp、Adam",
      minutes: 14,
      match: ["更新手法"],
      note: "メンバー1人につき1つのパネルを、1文で説明してもらいます。",
    },
    {
      topic: "2つの実験台:お椀型の関数(図6-8)と MNIST(図6-9)",
      minutes: 22,
      match: ["得意", "mnist"],
      note: "先に MNIST の比較を始めておき、学習が進む間にお椀型の関数の表を読みます。",
    },
    { topic: "練習問題と話し合い", minutes: 20, match: ["やってみよう", "練習問題", "輪読会", "わかること"] },
  ],
  questions: [
    "本書は、どの問題でも勝つ手法はないと述べています。お椀型の関数で有利なのはどの手法で、MNIST で有利なのはどの手法でしょうか。",
    "学習率がそれぞれの手法の既定値なら、この比較は公平でしょうか。もっと公平にするには、どうすればよいでしょうか。",
    "シードを変えてみましょう。どの結論が残り、どれがばらつきにすぎなかったでしょうか。",
    "明日新しい問題に取り組むとしたら、最初にどの最適化手法を試しますか。どうなったら切り替えるでしょうか。",
  ],
  confusions: [
    {
      confusion: "1つのシードの結果だけで勝者を決める。",
      untangle:
        "別のシードで2回実行し、フィンガープリントと曲線を比べます。シードによるばらつきより小さな差は、発見とは言えません。",
    },
    {
      confusion: "同じステップ数ではなく、同じ経過時間で損失を比べる。",
      untangle:
        "曲線の横軸はステップです。Adam は1ステップあたりの計算が SGD より多くなります。どちらの軸で読んでいるかを言葉にします。",
    },
    {
      confusion: "お椀型の関数を、ニューラルネットワークの代表だと思う。",
      untangle:
        "お椀は凸で2次元です。MNIST の損失には何百万もの方向があります。直感はお椀で養い、根拠は MNIST で確かめます。",
    },
  ],
};
