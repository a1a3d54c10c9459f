import { bookBowl, Momentum, Parameter, Tensor, runOptimizer } from "./src/core/index";
function runWithSchedule(form: "pytorch" | "book") {
  const xy = new Parameter(Tensor.from([bookBowl.start]), "xy");
  const opt = new Momentum([xy], { lr: 0.1, momentum: 0.9, form });
  for (let k = 0; k < 20; k++) { if (k === 10) opt.lr = 0.05; const [x, y] = [xy.value.get(0, 0), xy.value.get(0, 1)]; xy.grad = Tensor.from([bookBowl.gradient(x, y)]); opt.step(); }
  return [xy.value.get(0, 0), xy.value.get(0, 1)];
}
const a = runWithSchedule("pytorch"), b = runWithSchedule("book"); console.log(a, b, Math.hypot(a[0]-b[0], a[1]-b[1]));
const m = runOptimizer(bookBowl, Momentum, { lr: 0.1 }); console.log(m.states[30], runOptimizer(bookBowl, Momentum, { lr: 0.1, form: "book" }).states[30]);
const xs = m.points.map(p => p[0]); console.log("first x>0 step", xs.findIndex(x => x > 0));
