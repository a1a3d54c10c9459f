// Both forms of Nesterov on a steady slope (gradient 1 at every step): different first
// steps, the same top speed η·g/(1 − μ) = 1 for η = 0.1, μ = 0.9.
//ja: 一定の傾き(どのステップでも勾配は 1)での、2つの形の Nesterov。最初の1歩の大きさは違いますが、
//ja: 最高速度は同じ η·g/(1 − μ) = 1 です(η = 0.1、μ = 0.9)。
import { Nesterov, Parameter, Tensor } from "kobai";

function stepLengthsOf(form: "pytorch" | "book"): number[] {
  const w = new Parameter(Tensor.from([[0]]), "w");
  const opt = new Nesterov([w], { lr: 0.1, momentum: 0.9, form });
  const lengths: number[] = [];
  for (let k = 0; k < 100; k++) {
    const before = w.value.get(0, 0);
    w.grad = Tensor.from([[1]]);
    opt.step();
    lengths.push(before - w.value.get(0, 0));
  }
  return lengths;
}
const torchSteps = stepLengthsOf("pytorch");
const bookSteps = stepLengthsOf("book");
show(torchSteps.slice(0, 3), "PyTorch form: the first three steps");
//ja: show(torchSteps.slice(0, 3), "PyTorch の形:最初の3ステップの更新幅");
show(bookSteps.slice(0, 3), "book form: the first three steps");
//ja: show(bookSteps.slice(0, 3), "本書の形:最初の3ステップの更新幅");
show([torchSteps[99], bookSteps[99]], "step 100 (PyTorch, book)");
//ja: show([torchSteps[99], bookSteps[99]], "ステップ 100 の更新幅(PyTorch の形、本書の形)");
