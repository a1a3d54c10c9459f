import { CrossEntropyLoss, Linear, ReLU, Sequential, Tensor, createRng, gradientCheck } from "kobai";

// Pitfall: one ReLU instance used twice. A layer remembers its last forward
// (ReLU: where it was on), so the second use overwrites what the first
// use's backward needs.
function build(shareReLU: boolean) {
  const rng = createRng(4); // the same weights and data both times
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
  for (const row of gradientCheck(net, new CrossEntropyLoss(), x, labels6)) {
    const error = row.maxRelativeError.toExponential(1);
    console.log(`  ${row.name}: max relative error ${error} ${row.ok ? "✓" : "✗"}`);
  }
}
