import { runOptimizer, bookBowl, twoWells, SGD, Momentum, Nesterov, AdaGrad, Parameter, Tensor } from "./src/core/index";
import { firstStepBelow, runStatus } from "./components/widgets/optimizers/run-status";
const r = (C: any, o: any, steps = 30, start?: any) => runOptimizer(bookBowl, C, o, { steps, start });
const p = (x: number[]) => x.map((v) => +v.toFixed(4));
console.log("SGD .95 30", p(r(SGD,{lr:.95}).points[30]), r(SGD,{lr:.95}).losses[30]);
for (const lr of [0.1, 0.5, 0.9, 0.95, 0.952, 0.96, 0.99]) console.log("SGD", lr, "first<1e-3", firstStepBelow(r(SGD,{lr},1000).losses, 0));
for (const lr of [1.0, 1.01, 1.05, 1.2]) { const x = r(SGD,{lr},1000); console.log("SGD", lr, x.diverged, x.points.length, runStatus(bookBowl, x).kind); }
console.log("SGD .1 30", p(r(SGD,{lr:.1}).points[30]), r(SGD,{lr:.1}).losses[30]);
for (const wd of [0.1, 0.15, 0.2]) { const x = r(SGD,{lr:.95, weightDecay: wd},300); console.log("SGD wd", wd, x.diverged, x.points.length, runStatus(bookBowl, x), p(x.points[1])); }
const m = r(Momentum,{lr:.1}); const mb = r(Momentum,{lr:.1,form:"book"});
console.log("Mom 30", p(m.points[30]), m.losses[30], "maxdiff", Math.max(...m.points.flatMap((q,i)=>[Math.abs(q[0]-mb.points[i][0]),Math.abs(q[1]-mb.points[i][1])])));
console.log("Mom pts 1,2", m.points[1], m.points[2], "max x", Math.max(...m.points.map(q=>q[0])), "argmax", m.points.findIndex(q=>q[0]===Math.max(...m.points.map(q=>q[0]))));
console.log("Mom first<1e-3", firstStepBelow(r(Momentum,{lr:.1},1000).losses,0), "SGD .1", firstStepBelow(r(SGD,{lr:.1},1000).losses,0));
console.log("Mom heavy-ball opt", firstStepBelow(r(Momentum,{lr:1.336,momentum:0.402},1000).losses,0));
for (const mu of [0.5, 0.8, 0.9, 0.95]) console.log("Mom mu", mu, firstStepBelow(r(Momentum,{lr:.1,momentum:mu},2000).losses,0));
// constant slope
function constSlope(C:any, o:any, n:number){ const w = new Parameter(Tensor.from([[0]]),"w"); const opt = new C([w], o); let prev=0; const steps:number[]=[]; for(let i=0;i<n;i++){ w.grad.data[0]=1; opt.step(); steps.push(prev - w.value.data[0]); prev=w.value.data[0]; } return steps; }
const cs = constSlope(Momentum,{lr:.1},100); console.log("const slope mom step1", cs[0], "step2", cs[1], "step100", cs[99]);
const nt = constSlope(Nesterov,{lr:.1},100), nb = constSlope(Nesterov,{lr:.1,form:"book"},100);
console.log("const slope nest torch", nt[0], nt[1], nt[99], "book", nb[0], nb[1], nb[99]);
const n = r(Nesterov,{lr:.1}), nbk = r(Nesterov,{lr:.1,form:"book"});
console.log("Nest 30 torch", p(n.points[30]), n.losses[30], "book", p(nbk.points[30]), nbk.losses[30]);
console.log("Nest 1", n.points[1], nbk.points[1]);
console.log("Nest maxx", Math.max(...n.points.map(q=>q[0])), Math.max(...nbk.points.map(q=>q[0])));
console.log("Nest first<1e-3", firstStepBelow(r(Nesterov,{lr:.1},1000).losses,0), firstStepBelow(r(Nesterov,{lr:.1,form:"book"},1000).losses,0));
console.log("Nest maxdiff 30", Math.max(...n.points.flatMap((q,i)=>[Math.abs(q[0]-nbk.points[i][0]),Math.abs(q[1]-nbk.points[i][1])])));
const a = r(AdaGrad,{lr:1.5}), ab = r(AdaGrad,{lr:1.5,form:"book"});
console.log("Ada 30", p(a.points[30]), a.losses[30], "first", firstStepBelow(a.losses,0), "pts1-3", a.points.slice(0,4));
console.log("Ada maxdiff", Math.max(...a.points.flatMap((q,i)=>[Math.abs(q[0]-ab.points[i][0]),Math.abs(q[1]-ab.points[i][1])])));
const aw = r(AdaGrad,{lr:1.5,weightDecay:0.1});
console.log("Ada wd maxdiff", Math.max(...a.points.flatMap((q,i)=>[Math.abs(q[0]-aw.points[i][0]),Math.abs(q[1]-aw.points[i][1])])));
const as = r(AdaGrad,{lr:0.1},500); console.log("Ada .1 500", p(as.points[500]), as.losses[500], runStatus(bookBowl, as));
const as2 = r(AdaGrad,{lr:0.1},5000); console.log("Ada .1 5000", p(as2.points[5000]), as2.losses[5000]);
console.log("SGD .1 500", firstStepBelow(r(SGD,{lr:.1},500).losses,0));
const tiny = r(AdaGrad,{lr:1.5},1,[-7,1e-8]), tinyb = r(AdaGrad,{lr:1.5,form:"book"},1,[-7,1e-8]);
console.log("tiny", tiny.points[1], tinyb.points[1]);
console.log("Ada eff lr", a.states[1].effectiveLr, a.states[30].effectiveLr);
