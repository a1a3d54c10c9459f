import { CrossEntropyLoss, Linear, ReLU, Sequential, Tensor, createRng, gradientCheck } from "kobai";

// Pitfall: one ReLU instance used twice. A layer remembers its last forward
// (ReLU: where it was on), so the second use overwrites what the first
// use's backward needs.
//ja: 落とし穴:同じ ReLU のインスタンスを2回使います。レイヤは直前の順伝播を
//ja: 覚えています(ReLU なら、どこでオンだったか)。そのため、2回目の順伝播が、
//ja: 1回目の逆伝播に必要な値を上書きしてしまいます。
function build(shareReLU: boolean) {
  const rng = createRng(4); // the same weights and data both times
  //ja: const rng = createRng(4); // 2回とも同じ重みとデータ
  const relu = new ReLU();
  const second = shareReLU ? relu : new ReLU();
  const net = new Sequential([
    new Linear(2, 4, { rng }),
    relu,
    new Linear(4, 4, { rng }),
    second,
    new Linear(4, 2, { rng }),
  ]);
  return { net, x: Tensor.randn(6, 2, { rng }) };
}
const labels6 = [0, 1, 0, 1, 0, 1];
for (const shareReLU of [true, false]) {
  const { net, x } = build(shareReLU);
  console.log(shareReLU ? "one ReLU at positions 1 and 3:" : "a new ReLU at each position:");
  //ja: console.log(shareReLU ? "位置 1 と 3 に同じ ReLU:" : "位置ごとに新しい ReLU:");
  for (const row of gradientCheck(net, new CrossEntropyLoss(), x, labels6)) {
    const error = row.maxRelativeError.toExponential(1);
    console.log(`  ${row.name}: max relative error ${error} ${row.ok ? "✓" : "✗"}`);
    //ja: console.log(`  ${row.name}: 最大の相対誤差 ${error} ${row.ok ? "✓" : "✗"}`);
  }
}
