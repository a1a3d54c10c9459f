// Spot the mistake: at test time the book's dropout multiplies each unit by 1 − p, the
// fraction KEPT. Study notes sometimes say "by the ratio dropped", p. Run this after the
// experiment cell: it scores the same trained model (p = 0.2) both ways.
//ja: 間違い探し:テスト時に本書の Dropout が各ユニットに掛けるのは、残した割合の 1 − p です。
//ja: 勉強ノートでは「消去する割合 p を掛ける」と書かれていることがあります。実験のセルの後に実行してください。
//ja: 同じ学習済みモデル(p = 0.2)を、両方のやり方で評価します。
import { argmax, Dropout, map, mean, scale, Tensor, type Sequential } from "kobai";
declare const model: Sequential; // trained in the experiment cell above (book's form, p = 0.2)
//ja: declare const model: Sequential; // 上の実験のセルで学習させたもの(本書の方式、p = 0.2)
declare const test: { x: Tensor; y: number[] };

/** Inference layer by layer; each Dropout layer multiplies by `factor(p)` instead of its own 1 − p. */
//ja: /** 層ごとに推論します。各 Dropout 層は、自分の 1 − p の代わりに `factor(p)` を掛けます。 */
function inferWith(factor: (p: number) => number): Tensor {
  let h = test.x;
  for (const layer of model.layers) {
    h = layer instanceof Dropout ? scale(h, factor(layer.p)) : layer.forward(h, { training: false });
  }
  return h;
}
const accuracyOf = (logits: Tensor) => argmax(logits).filter((c, i) => c === test.y[i]).length / test.y.length;

const kept = accuracyOf(inferWith((p) => 1 - p)); // right: the same as accuracy(model, …)
//ja: const kept = accuracyOf(inferWith((p) => 1 - p)); // 正しい:accuracy(model, …) と同じ
const dropped = accuracyOf(inferWith((p) => p)); // the mistake
//ja: const dropped = accuracyOf(inferWith((p) => p)); // 間違い
show(kept, "test accuracy, units × (1 − p) = 0.8");
//ja: show(kept, "テストデータの認識精度、ユニット × (1 − p) = 0.8");
show(dropped, "test accuracy, units × p = 0.2");
//ja: show(dropped, "テストデータの認識精度、ユニット × p = 0.2");
const size = (logits: Tensor) => mean(map(logits, Math.abs));
show(size(inferWith((p) => p)) / size(inferWith((p) => 1 - p)), "size of the logits, mistake ÷ right");
//ja: show(size(inferWith((p) => p)) / size(inferWith((p) => 1 - p)), "ロジットの大きさ、間違い ÷ 正しい");
