// Three ways to "add weight decay" to a network, one step each from the same weights and
// the same gradients (λ = 0.1, η = 0.01 for SGD, 0.001 for Adam):
//   book    the penalty λ/2·ΣW² in the loss: + λW on the WEIGHTS' gradients only, then SGD
//   groups  PyTorch with two parameter groups: SGD({ weightDecay: λ }) on weights, SGD on biases
//   all     SGD({ weightDecay: λ }) on every parameter, as torch.optim.SGD(model.parameters(), weight_decay=λ)
// and, for Adam, L2 in the gradient (Adam with weightDecay) against decoupled decay (AdamW).
//ja: ネットワークに「Weight decay を加える」3つの方法です。同じ重みと同じ勾配から、それぞれ1ステップ進めます
//ja: (λ = 0.1、η は SGD で 0.01、Adam で 0.001)。
//ja:   本書        損失にペナルティ λ/2·ΣW² を入れる。+ λW は重みの勾配にだけ加わり、そのあと SGD
//ja:   2グループ   PyTorch でパラメータグループを2つ使う。重みに SGD({ weightDecay: λ })、バイアスに SGD
//ja:   すべて      すべてのパラメータに SGD({ weightDecay: λ })。torch.optim.SGD(model.parameters(), weight_decay=λ) と同じ
//ja: Adam では、勾配に入れる L2(weightDecay を指定した Adam)と、切り離した減衰(AdamW)を比べます。
import { createRng, Linear, ReLU, Sequential, SGD, Adam, AdamW, Tensor, CrossEntropyLoss, type Parameter } from "kobai";

const lambda = 0.1;
const x = Tensor.randn(8, 4, { rng: createRng(1) });
const labels = [0, 1, 2, 0, 1, 2, 0, 1];
const fresh = () => {
  const rng = createRng(2);
  const net = new Sequential([new Linear(4, 6, { rng }), new ReLU(), new Linear(6, 3, { rng })]);
  // Non-zero biases, as after some training, so decaying them shows.
  //ja: ある程度学習した後のように、バイアスを 0 でない値にします。こうするとバイアスの減衰が見えます。
  for (const p of net.parameters()) if (p.name.includes("bias")) p.value.data.fill(0.5);
  const loss = new CrossEntropyLoss();
  loss.forward(net.forward(x), labels);
  net.backward(loss.backward());
  const weights = net.layers.filter((l): l is Linear => l instanceof Linear).map((l) => l.weight);
  const biases = net.layers.filter((l): l is Linear => l instanceof Linear).map((l) => l.bias);
  return { net, weights, biases };
};
const flat = (ps: Parameter[]) => ps.flatMap((p) => Array.from(p.value.data));
const maxGap = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - b[i])));

const book = fresh();
for (const w of book.weights) for (let i = 0; i < w.grad.data.length; i++) w.grad.data[i] += lambda * w.value.data[i];
new SGD(book.net.parameters(), { lr: 0.01 }).step();

const groups = fresh();
new SGD(groups.weights, { lr: 0.01, weightDecay: lambda }).step();
new SGD(groups.biases, { lr: 0.01 }).step();

const all = fresh();
new SGD(all.net.parameters(), { lr: 0.01, weightDecay: lambda }).step();

console.log(
  `book vs groups: weights differ by ${maxGap(flat(book.weights), flat(groups.weights))}, biases by ${maxGap(flat(book.biases), flat(groups.biases))}`,
  //ja: `本書と2グループ:重みの差 ${maxGap(flat(book.weights), flat(groups.weights))}、バイアスの差 ${maxGap(flat(book.biases), flat(groups.biases))}`,
);
console.log(
  `book vs all:    weights differ by ${maxGap(flat(book.weights), flat(all.weights))}, biases by ${maxGap(flat(book.biases), flat(all.biases)).toExponential(2)}`,
  //ja: `本書とすべて:  重みの差 ${maxGap(flat(book.weights), flat(all.weights))}、バイアスの差 ${maxGap(flat(book.biases), flat(all.biases)).toExponential(2)}`,
);

const adamL2 = fresh();
new Adam(adamL2.net.parameters(), { lr: 0.001, weightDecay: lambda }).step();
const adamW = fresh();
new AdamW(adamW.net.parameters(), { lr: 0.001, weightDecay: lambda }).step();
console.log(
  `Adam(weightDecay) vs AdamW: weights differ by ${maxGap(flat(adamL2.weights), flat(adamW.weights)).toExponential(2)}`,
  //ja: `Adam(weightDecay) と AdamW:重みの差 ${maxGap(flat(adamL2.weights), flat(adamW.weights)).toExponential(2)}`,
);
