import type { FacilitatorGuide } from "../../../src/walkthrough/facilitator/types";

/** RMSProp(本書6.1.5項の注記、common/optimizer.py)の進行ガイド。 */
export const rmspropJa: FacilitatorGuide = {
  slug: "rmsprop",
  book: "6.1.5 (RMSProp note), common/optimizer.py",
  topics: [
    { topic: "導入:記憶が薄れていく AdaGrad", minutes: 3, match: ["opening"] },
    { topic: "薄れていく記憶:h ← ρh + (1 − ρ)∇⊙∇", minutes: 10, match: ["薄れ", "記憶"] },
    { topic: "AdaGrad は止まり、RMSProp は止まらない理由", minutes: 8, match: ["止まらない"] },
    { topic: "最初の一歩が10倍大きすぎる", minutes: 7, match: ["最初の一歩", "10倍"] },
    { topic: "ε をどこに置くか", minutes: 4, match: ["ε を", "ε"] },
    { topic: "やってみよう、ウィジェットの計算をコードで", minutes: 10, match: ["やってみよう", "コードで"] },
    { topic: "MNIST、練習問題、話し合い", minutes: 13, match: ["mnist", "練習問題", "輪読会", "直したこと"] },
  ],
  questions: [
    "ρ = 0.99 のとき、h はおよそ何ステップ前までを覚えているでしょうか。",
    "h は 0 から始まるので、最初の一歩は √(0.01·g²) で割ります。それが落ち着いた後の一歩より10倍大きいのはなぜでしょうか。また、どの最適化手法がこれを直すでしょうか。",
    "RMSProp の歩幅が適応するのは、重みごとでしょうか、層ごとでしょうか、それとも全体で1つでしょうか。",
  ],
  confusions: [
    {
      confusion: "ρ を学習率の一種だと思う。",
      untangle:
        "ρ(PyTorch の alpha)は平均の減衰率で、歩幅を決めるのは今も η です。ウィジェットで片方ずつ変えてみます。",
    },
    {
      confusion: "RMSProp の ρ と Momentum の α を混同する。",
      untangle:
        "どちらも減衰率ですが、ρ は勾配の2乗(大きさ)を、α は勾配そのもの(向き)を平均します。Adam は両方を使います。",
    },
    {
      confusion: "RMSProp は最小値にぴったり収束すると期待する。",
      untangle:
        "最小値の近くでも、正規化された一歩の大きさは η 程度のままなので、その周りを漂います。学習率のスケジュールで η を下げるのはそのためです。",
    },
  ],
};
