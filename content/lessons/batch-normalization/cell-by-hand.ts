// Batch norm's forward pass by hand with tensor ops, next to the core's BatchNorm (6.3.1).
// A batch of 8 rows of 3 features, each feature with its own mean and spread.
//ja: Batch Norm の順伝播をテンソル演算で手計算し、コアの BatchNorm と並べます(6.3.1項)。
//ja: バッチは 8 行 × 特徴量 3 個で、特徴量ごとに平均もばらつきも違います。
import { BatchNorm, Tensor, add, createRng, div, map, mean, mul, sub } from "kobai";

const rng = createRng(0);
const x = add(mul(Tensor.randn(8, 3, { rng }), Tensor.from([[0.5, 3, 10]])), Tensor.from([[2, -1, 40]]));
const eps = 1e-5,
  gamma = Tensor.from([[1.5, 1, 0.5]]),
  beta = Tensor.from([[0, 2, -1]]);

const mu = mean(x, 0); // μ_B: 1 × 3, the mean of each column
//ja: const mu = mean(x, 0); // μ_B:1 × 3、各列の平均
const centred = sub(x, mu); // x − μ_B (μ_B broadcast over the rows)
//ja: const centred = sub(x, mu); // x − μ_B(μ_B を各行にブロードキャストします)
const variance = mean(
  map(centred, (v) => v * v),
  0,
); // σ²_B: biased (divide by N = 8)
//ja: ); // σ²_B:N = 8 で割ります(不偏分散ではありません)
const xhat = div(
  centred,
  map(variance, (v) => Math.sqrt(v + eps)),
);
const yByHand = add(mul(xhat, gamma), beta); // y = γ x̂ + β

const bn = new BatchNorm(3, { eps });
bn.gamma.value.data.set(gamma.data);
bn.beta.value.data.set(beta.data);
const yCore = bn.forward(x); // training mode: batch statistics
//ja: const yCore = bn.forward(x); // 学習時のモード:バッチの統計量を使います

show(mu, "μ_B");
show(variance, "σ²_B (biased)");
//ja: show(variance, "σ²_B(N で割ったもの)");
show(yByHand, "y by hand");
//ja: show(yByHand, "手計算の y");
check("by hand equals BatchNorm.forward", yByHand, yCore, { rtol: 1e-12, atol: 1e-12 });
//ja: check("手計算が BatchNorm.forward と一致する", yByHand, yCore, { rtol: 1e-12, atol: 1e-12 });
check("each column of x̂ has mean 0", mean(xhat, 0), Tensor.zeros(1, 3), { atol: 1e-12 });
//ja: check("x̂ の各列の平均が 0", mean(xhat, 0), Tensor.zeros(1, 3), { atol: 1e-12 });
