// Your turn: cosine annealing in its closed form,
//   η_t = η_min + (η₀ − η_min) · (1 + cos(π·t / T_max)) / 2,
// and the page compares your η_t with kobai's CosineAnnealingLR (torch's recursive form)
// for t = 0 … 30. Fix the line marked ←.
//ja: やってみよう:コサインアニーリングの学習率を、t の式として直接書きます。
//ja:   η_t = η_min + (η₀ − η_min) · (1 + cos(π·t / T_max)) / 2
//ja: ページは、書いた式の η_t を t = 0 … 30 で kobai の CosineAnnealingLR(PyTorch と同じ
//ja: 漸化式で計算します)と比べます。← の付いた行を直してください。
import { CosineAnnealingLR, Parameter, SGD, Tensor } from "kobai";

function cosineLr(t: number, lr0: number, tMax: number, etaMin: number): number {
  return etaMin + ((lr0 - etaMin) * (1 + Math.cos(t / tMax))) / 2; // ← fix: the angle is wrong
  //ja: return etaMin + ((lr0 - etaMin) * (1 + Math.cos(t / tMax))) / 2; // ← 直す:角度が違います
}

const opt = new SGD([new Parameter(Tensor.zeros(1, 1))], { lr: 0.5 });
const schedule = new CosineAnnealingLR(opt, { tMax: 30, etaMin: 0.01 });
const kobais: number[] = [],
  yours: number[] = [];
for (let t = 0; t <= 30; t++) {
  kobais.push(opt.lr);
  yours.push(cosineLr(t, 0.5, 30, 0.01));
  schedule.step();
}
console.log(`t = 15: yours ${yours[15].toFixed(4)}, kobai's ${kobais[15].toFixed(4)}`);
//ja: console.log(`t = 15:書いた式 ${yours[15].toFixed(4)}、kobai ${kobais[15].toFixed(4)}`);
check("your η_t equals CosineAnnealingLR's for t = 0 … 30", yours, kobais, { rtol: 1e-9, atol: 1e-12 });
//ja: check("t = 0 … 30 で、書いた η_t が CosineAnnealingLR と一致する", yours, kobais, { rtol: 1e-9, atol: 1e-12 });
