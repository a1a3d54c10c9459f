// The two forms agree only while η is constant. Halve η after 10 steps (a learning-rate
// schedule) and they part ways: the book's v has the old η baked into it.
//ja: 2つの形が一致するのは、η が一定の間だけです。10 ステップ後に η を半分にすると(学習率のスケジュール)、
//ja: 2つの結果は離れていきます。本書の v には、古い η が掛かったまま残っているからです。
import { bookBowl, Momentum, Parameter, Tensor } from "kobai";

function runWithSchedule(form: "pytorch" | "book") {
  const xy = new Parameter(Tensor.from([bookBowl.start]), "xy");
  const opt = new Momentum([xy], { lr: 0.1, momentum: 0.9, form });
  for (let k = 0; k < 20; k++) {
    if (k === 10) opt.lr = 0.05;
    const [x, y] = [xy.value.get(0, 0), xy.value.get(0, 1)];
    xy.grad = Tensor.from([bookBowl.gradient(x, y)]);
    opt.step();
  }
  return [xy.value.get(0, 0), xy.value.get(0, 1)];
}
const withTorchForm = runWithSchedule("pytorch");
const withBookForm = runWithSchedule("book");
show(withTorchForm, "PyTorch form after 20 steps");
//ja: show(withTorchForm, "PyTorch の形、20 ステップ後");
show(withBookForm, "book form after 20 steps");
//ja: show(withBookForm, "本書の形、20 ステップ後");
show(Math.hypot(withTorchForm[0] - withBookForm[0], withTorchForm[1] - withBookForm[1]), "distance between them");
//ja: show(Math.hypot(withTorchForm[0] - withBookForm[0], withTorchForm[1] - withBookForm[1]), "2点間の距離");
