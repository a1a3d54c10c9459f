// Your turn: inverted dropout, forward and backward, given the mask (1 = kept, 0 = dropped).
//   forward   y = x ⊙ m / (1 − p)          backward  ∂L/∂x = ∂L/∂y ⊙ m / (1 − p)
// The page takes a mask from kobai's Dropout, compares your forward and backward with the
// core's on that mask, and checks that your training output averages to x over many masks.
import { createRng, Dropout, Tensor } from "kobai";

function dropoutForward(x: Tensor, mask: Tensor, p: number): Tensor {
  // ▼ your code: forward
  const y = x.clone();
  for (let i = 0; i < y.data.length; i++) y.data[i] = x.data[i] * mask.data[i];
  return y;
  // ▲ your code
}

function dropoutBackward(dout: Tensor, mask: Tensor, p: number): Tensor {
  // ▼ your code: backward
  const dx = dout.clone();
  for (let i = 0; i < dx.data.length; i++) dx.data[i] = dout.data[i] * mask.data[i];
  return dx;
  // ▲ your code
}

// ── the check (no need to edit below) ──────────────────────────────────────────────
const p = 0.3;
const x = Tensor.randn(4, 6, { rng: createRng(3) });
const dout = Tensor.randn(4, 6, { rng: createRng(4) });
const core = new Dropout(p, { rng: createRng(5) });
const coreY = core.forward(x, { training: true });
const mask = core.lastMask!;
check("forward equals kobai's Dropout on the same mask", dropoutForward(x, mask, p), coreY);
check("backward equals kobai's Dropout.backward on the same mask", dropoutBackward(dout, mask, p), core.backward(dout));

// Expected value: average your forward over 4,000 masks drawn with keep probability 1 − p.
const rng = createRng(6);
const sum = new Float64Array(x.data.length);
for (let k = 0; k < 4000; k++) {
  const m = new Tensor(x.rows, x.cols);
  for (let i = 0; i < m.data.length; i++) m.data[i] = rng.uniform() >= p ? 1 : 0;
  const y = dropoutForward(x, m, p);
  for (let i = 0; i < sum.length; i++) sum[i] += y.data[i];
}
check(
  "averaged over masks, your training output is x (what inference returns)",
  Array.from(sum, (s) => s / 4000),
  Array.from(x.data),
  { rtol: 0, atol: 0.12 },
);
