// Constant η against warmup + cosine, on 8,000 MNIST digits: the same network, the same
// batches, Adam with η = 0.01 for 5 epochs (400 steps). The schedule: a linear warmup from
// 0.1·η over the first 40 steps, times a cosine from η to 0 over all 400, both stepped once
// per step (torch's schedules are "chainable": stepping two multiplies their effects).
//ja: 一定の η と、ウォームアップ+コサインを、8,000 枚の MNIST の手書き数字で比べます。
//ja: ネットワークもミニバッチも同じで、η = 0.01 の Adam で 5 エポック(400 ステップ)学習させます。
//ja: スケジュールは、最初の 40 ステップで 0.1·η から上げる線形ウォームアップに、400 ステップ全体で
//ja: η から 0 へ下げるコサインを掛けたものです。どちらも1ステップごとに1回進めます(PyTorch の
//ja: スケジュールは「連鎖可能」で、2つを進めると効果が掛け合わされます)。
import {
  Adam,
  CosineAnnealingLR,
  CrossEntropyLoss,
  Linear,
  LinearLR,
  ReLU,
  Sequential,
  accuracy,
  createRng,
  fit,
  loadMnist,
} from "kobai";

const { train, test } = await loadMnist();
const steps = 5 * (train.x.rows / 100);

function run(withSchedule: boolean) {
  const rng = createRng(3);
  const net = new Sequential([new Linear(784, 100, { rng }), new ReLU(), new Linear(100, 10, { rng })]);
  const opt = new Adam(net.parameters(), { lr: 0.01 });
  const schedules = withSchedule
    ? [new LinearLR(opt, { startFactor: 0.1, totalIters: 40 }), new CosineAnnealingLR(opt, { tMax: steps })]
    : [];
  const lrs: number[] = [];
  const history = fit(net, new CrossEntropyLoss(), opt, train, {
    epochs: 5,
    batchSize: 100,
    rng: createRng(4),
    onStep: () => {
      lrs.push(opt.lr);
      for (const s of schedules) s.step();
    },
  });
  return { lrs, loss: history.loss, test: accuracy(net, test.x, test.y) };
}

const constant = run(false),
  scheduled = run(true);
console.log(
  `constant η = 0.01:  test accuracy ${constant.test.toFixed(4)}, last epoch's loss ${constant.loss.at(-1)!.toFixed(4)}`,
  //ja: `一定の η = 0.01:テスト精度 ${constant.test.toFixed(4)}、最後のエポックの損失 ${constant.loss.at(-1)!.toFixed(4)}`,
);
console.log(
  `warmup + cosine:    test accuracy ${scheduled.test.toFixed(4)}, last epoch's loss ${scheduled.loss.at(-1)!.toFixed(4)}`,
  //ja: `ウォームアップ+コサイン:テスト精度 ${scheduled.test.toFixed(4)}、最後のエポックの損失 ${scheduled.loss.at(-1)!.toFixed(4)}`,
);
plot({
  height: 220,
  x: { label: "step" },
  //ja: x: { label: "ステップ" },
  y: { label: "η", grid: true },
  color: { legend: true },
  marks: [
    Plot.lineY(constant.lrs, { x: (_: number, i: number) => i, y: (d: number) => d, stroke: () => "constant" }),
    //ja: Plot.lineY(constant.lrs, { x: (_: number, i: number) => i, y: (d: number) => d, stroke: () => "一定" }),
    Plot.lineY(scheduled.lrs, { x: (_: number, i: number) => i, y: (d: number) => d, stroke: () => "warmup + cosine" }),
    //ja: Plot.lineY(scheduled.lrs, { x: (_: number, i: number) => i, y: (d: number) => d, stroke: () => "ウォームアップ+コサイン" }),
  ],
});
