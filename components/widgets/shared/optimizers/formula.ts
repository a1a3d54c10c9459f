/**
 * The update formula under the explorer's chart, with the CURRENT step's numbers put in:
 *
 *   ∇ = ∇f(W₂) = (−0.63, 3.2)
 *   v₃ = μ·v₂ + ∇ = 0.9·(…) + (…) = (…)
 *   W₃ = W₂ − η·v₃ = (…) − 0.1·(…) = (…)
 *
 * Each builder redoes the step's arithmetic from the numbers it shows (the previous point,
 * the gradient there, the previous state), in the order the core does it, and returns the
 * point it arrives at; the tests check that this point is the core's, so the formula on the
 * page cannot show a rule the optimizer does not follow. KaTeX source; the element renders it.
 */
import type { Landscape, OptimizerForm, Point } from "kobai";
import type { Hypers, OptimizerName } from "./optimizer-specs";

/** What the formula of step k needs. */
export interface StepInput {
  name: OptimizerName;
  form: OptimizerForm;
  /** The options in force (every hyperparameter of this optimizer). */
  hypers: Hypers;
  landscape: Landscape;
  /** runOptimizer's points and states. */
  points: readonly Point[];
  states: readonly Record<string, Point>[];
  /** The step to show, 1 … points.length − 1. */
  k: number;
}

export interface StepFormula {
  tex: string;
  /** W_k as computed from the numbers shown. */
  result: Point;
}

/**
 * A number for a formula: 4 significant digits, ×10ⁿ when tiny or huge.
 *
 * @example
 * texNumber(-6.33499); // "-6.335"
 * texNumber(1e-7);     // "1\\times10^{-7}"
 */
export function texNumber(v: number): string {
  if (v === 0 || Object.is(v, -0)) return "0";
  if (!Number.isFinite(v)) return Number.isNaN(v) ? "\\text{NaN}" : v > 0 ? "\\infty" : "-\\infty";
  const abs = Math.abs(v);
  if (abs >= 1e-3 && abs < 1e5) return String(Number(v.toPrecision(4)));
  const [mantissa, exponent] = v.toExponential(2).split("e");
  return `${Number(mantissa)}\\times10^{${Number(exponent)}}`;
}

/** A column vector (x, y). */
export function texVector(p: readonly number[]): string {
  return `\\begin{pmatrix}${texNumber(p[0])}\\\\${texNumber(p[1])}\\end{pmatrix}`;
}

const map2 = (a: Point, b: Point, f: (x: number, y: number) => number): Point => [f(a[0], b[0]), f(a[1], b[1])];
const each = (a: Point, f: (x: number) => number): Point => [f(a[0]), f(a[1])];
const aligned = (lines: string[]) => `\\begin{aligned}${lines.join("\\\\[2pt]")}\\end{aligned}`;

/**
 * Splits "lhs &= symbols = numbers = result" after the symbols, so the numbers go on a line
 * of their own ("&= numbers = result") and the formula fits a phone. Only an "=" outside
 * braces and parentheses counts.
 */
export function breakAfterSymbols(line: string): string[] {
  const start = line.indexOf("&=");
  if (start < 0) return [line];
  let depth = 0;
  for (let i = start + 2; i < line.length - 2; i++) {
    const c = line[i];
    if (c === "{" || c === "(") depth++;
    else if (c === "}" || c === ")") depth--;
    else if (depth === 0 && line.startsWith(" = ", i)) return [line.slice(0, i), `&= ${line.slice(i + 3)}`];
  }
  return [line];
}

/** The rule in symbols (no numbers), for step 0 and for the explorer's legend. */
export function ruleTex(name: OptimizerName, form: OptimizerForm): string {
  const book = form === "book";
  const W = "W_k &= W_{k-1}";
  switch (name) {
    case "SGD":
      return aligned([`${W} - \\eta\\,\\nabla f(W_{k-1})`]);
    case "Momentum":
      return book
        ? aligned([`v_k &= \\alpha v_{k-1} - \\eta\\,\\nabla`, `${W} + v_k`])
        : aligned([`v_k &= \\mu v_{k-1} + \\nabla`, `${W} - \\eta\\, v_k`]);
    case "Nesterov":
      return book
        ? aligned([`v_k &= \\mu v_{k-1} - \\eta\\,\\nabla`, `${W} + \\mu^2 v_k - (1+\\mu)\\,\\eta\\,\\nabla`])
        : aligned([`v_k &= \\mu v_{k-1} + \\nabla`, `${W} - \\eta\\,(\\nabla + \\mu v_k)`]);
    case "AdaGrad":
      return aligned([
        `h_k &= h_{k-1} + \\nabla \\odot \\nabla`,
        `${W} - \\frac{\\eta}{\\sqrt{h_k} + \\varepsilon} \\odot \\nabla`,
      ]);
    case "RMSProp":
      return aligned([
        `h_k &= ${book ? "\\rho" : "\\alpha"} h_{k-1} + (1 - ${book ? "\\rho" : "\\alpha"})\\,\\nabla \\odot \\nabla`,
        `${W} - \\frac{\\eta}{\\sqrt{h_k} + \\varepsilon} \\odot \\nabla`,
      ]);
    case "Adam":
    case "AdamW": {
      const decay = name === "AdamW" ? [`W' &= (1 - \\eta\\lambda)\\, W_{k-1}`] : [];
      const from = name === "AdamW" ? "W'" : "W_{k-1}";
      return book
        ? aligned([
            ...decay,
            `\\eta_k &= \\eta\\,\\sqrt{1-\\beta_2^k}\\,/\\,(1-\\beta_1^k)`,
            `m_k &= m_{k-1} + (1-\\beta_1)(\\nabla - m_{k-1})`,
            `v_k &= v_{k-1} + (1-\\beta_2)(\\nabla\\odot\\nabla - v_{k-1})`,
            `W_k &= ${from} - \\eta_k\\, m_k / (\\sqrt{v_k} + \\varepsilon)`,
          ])
        : aligned([
            ...decay,
            `m_k &= \\beta_1 m_{k-1} + (1-\\beta_1)\\,\\nabla`,
            `v_k &= \\beta_2 v_{k-1} + (1-\\beta_2)\\,\\nabla\\odot\\nabla`,
            `\\hat m_k &= m_k/(1-\\beta_1^k),\\quad \\hat v_k = v_k/(1-\\beta_2^k)`,
            `W_k &= ${from} - \\eta\\,\\hat m_k / (\\sqrt{\\hat v_k} + \\varepsilon)`,
          ]);
    }
  }
}

/**
 * The formula of step k with its numbers, and the point it gives.
 *
 * @example
 * const run = runOptimizer(bookBowl, SGD, { lr: 0.95 });
 * stepFormula({ name: "SGD", form: "pytorch", hypers, landscape: bookBowl, ...run, k: 1 }).result; // [-6.335, -1.8]
 */
export function stepFormula(input: StepInput): StepFormula {
  const { name, form, hypers: o, landscape, points, states, k } = input;
  if (!Number.isInteger(k) || k < 1 || k >= points.length) {
    throw new Error(`stepFormula: k must be a step from 1 to ${points.length - 1}, got ${k}`);
  }
  const book = form === "book";
  const Wp = points[k - 1];
  const prev = states[k - 1];
  const a = `_{${k - 1}}`,
    b = `_{${k}}`;
  const n = texNumber,
    vec = texVector;
  const lines: string[] = [];

  // ∇: the landscape's gradient at W_{k−1}, plus λ·W_{k−1} for L2 weight decay (not AdamW's).
  const gf = landscape.gradient(Wp[0], Wp[1]);
  const l2 = name !== "AdamW" && o.weightDecay > 0;
  const g: Point = l2 ? map2(gf, Wp, (gi, wi) => gi + o.weightDecay * wi) : gf;
  lines.push(
    l2
      ? `\\nabla &= \\nabla f(W${a}) + \\lambda W${a} = ${vec(gf)} + ${n(o.weightDecay)}\\,${vec(Wp)} = ${vec(g)}`
      : `\\nabla &= \\nabla f(W${a}) = ${vec(g)}`,
  );

  let result: Point;
  switch (name) {
    case "SGD":
      result = map2(Wp, g, (w, gi) => w - o.lr * gi);
      lines.push(`W${b} &= W${a} - \\eta\\,\\nabla = ${vec(Wp)} - ${n(o.lr)}\\,${vec(g)} = ${vec(result)}`);
      break;
    case "Momentum":
    case "Nesterov": {
      const mu = o.momentum,
        vp = prev.velocity;
      const sym = name === "Momentum" && book ? "\\alpha" : "\\mu";
      const v: Point = book ? map2(vp, g, (vi, gi) => mu * vi - o.lr * gi) : map2(vp, g, (vi, gi) => mu * vi + gi);
      lines.push(
        book
          ? `v${b} &= ${sym} v${a} - \\eta\\,\\nabla = ${n(mu)}\\,${vec(vp)} - ${n(o.lr)}\\,${vec(g)} = ${vec(v)}`
          : `v${b} &= \\mu v${a} + \\nabla = ${n(mu)}\\,${vec(vp)} + ${vec(g)} = ${vec(v)}`,
      );
      if (name === "Momentum") {
        result = book ? map2(Wp, v, (w, vi) => w + vi) : map2(Wp, v, (w, vi) => w - o.lr * vi);
        lines.push(
          book
            ? `W${b} &= W${a} + v${b} = ${vec(Wp)} + ${vec(v)} = ${vec(result)}`
            : `W${b} &= W${a} - \\eta\\, v${b} = ${vec(Wp)} - ${n(o.lr)}\\,${vec(v)} = ${vec(result)}`,
        );
      } else if (book) {
        // The order of the book's code: add μ²·v first, then subtract (1 + μ)·η·∇.
        result = [0, 1].map((i) => Wp[i] + mu * mu * v[i] - (1 + mu) * o.lr * g[i]) as Point;
        lines.push(
          `W${b} &= W${a} + \\mu^2 v${b} - (1+\\mu)\\,\\eta\\,\\nabla = ${vec(Wp)} + ${n(mu * mu)}\\,${vec(v)} - ${n((1 + mu) * o.lr)}\\,${vec(g)} = ${vec(result)}`,
        );
      } else {
        result = [0, 1].map((i) => Wp[i] - o.lr * (g[i] + mu * v[i])) as Point;
        lines.push(
          `W${b} &= W${a} - \\eta\\,(\\nabla + \\mu v${b}) = ${vec(Wp)} - ${n(o.lr)}\\left(${vec(g)} + ${n(mu)}\\,${vec(v)}\\right) = ${vec(result)}`,
        );
      }
      break;
    }
    case "AdaGrad":
    case "RMSProp": {
      const hp = prev.h;
      const g2 = each(g, (x) => x * x);
      let h: Point;
      if (name === "AdaGrad") {
        h = map2(hp, g2, (hi, gi) => hi + gi);
        lines.push(`h${b} &= h${a} + \\nabla\\odot\\nabla = ${vec(hp)} + ${vec(g2)} = ${vec(h)}`);
      } else {
        const al = o.alpha,
          sym = book ? "\\rho" : "\\alpha";
        h = map2(hp, g2, (hi, gi) => al * hi + (1 - al) * gi);
        lines.push(
          `h${b} &= ${sym} h${a} + (1-${sym})\\,\\nabla\\odot\\nabla = ${n(al)}\\,${vec(hp)} + ${n(1 - al)}\\,${vec(g2)} = ${vec(h)}`,
        );
      }
      const rate = each(h, (hi) => o.lr / (Math.sqrt(hi) + o.eps));
      result = [0, 1].map((i) => Wp[i] - (o.lr * g[i]) / (Math.sqrt(h[i]) + o.eps)) as Point;
      lines.push(`\\tfrac{\\eta}{\\sqrt{h${b}} + \\varepsilon} &= ${vec(rate)} \\quad (\\varepsilon = ${n(o.eps)})`);
      lines.push(
        `W${b} &= W${a} - \\tfrac{\\eta}{\\sqrt{h${b}} + \\varepsilon} \\odot \\nabla = ${vec(Wp)} - ${vec(rate)} \\odot ${vec(g)} = ${vec(result)}`,
      );
      break;
    }
    case "Adam":
    case "AdamW": {
      const { beta1: b1, beta2: b2, eps, lr } = o;
      let from = Wp,
        fromSym = `W${a}`;
      if (name === "AdamW") {
        const shrink = 1 - lr * o.weightDecay;
        from = each(Wp, (w) => w * shrink);
        fromSym = "W'";
        lines.push(`W' &= (1 - \\eta\\lambda)\\,W${a} = ${n(shrink)}\\,${vec(Wp)} = ${vec(from)}`);
      }
      const mp = prev.m,
        vp = prev.v;
      const bc1 = 1 - b1 ** k,
        bc2 = 1 - b2 ** k;
      if (book) {
        const lrT = (lr * Math.sqrt(bc2)) / bc1;
        const m = map2(mp, g, (mi, gi) => mi + (1 - b1) * (gi - mi));
        const v = map2(vp, g, (vi, gi) => vi + (1 - b2) * (gi * gi - vi));
        const ratio = [0, 1].map((i) => m[i] / (Math.sqrt(v[i]) + eps));
        result = [0, 1].map((i) => from[i] - (lrT * m[i]) / (Math.sqrt(v[i]) + eps)) as Point;
        lines.push(`\\eta${b} &= \\eta\\,\\sqrt{1-\\beta_2^{${k}}}\\,/\\,(1-\\beta_1^{${k}}) = ${n(lrT)}`);
        lines.push(`m${b} &= m${a} + (1-\\beta_1)(\\nabla - m${a}) = ${vec(m)}`);
        lines.push(`v${b} &= v${a} + (1-\\beta_2)(\\nabla\\odot\\nabla - v${a}) = ${vec(v)}`);
        lines.push(
          `W${b} &= ${fromSym} - \\eta${b}\\, \\frac{m${b}}{\\sqrt{v${b}} + \\varepsilon} = ${vec(from)} - ${n(lrT)}\\,${vec(ratio)} = ${vec(result)}`,
        );
      } else {
        const m = map2(mp, g, (mi, gi) => b1 * mi + (1 - b1) * gi);
        const v = map2(vp, g, (vi, gi) => b2 * vi + (1 - b2) * gi * gi);
        const mHat = each(m, (x) => x / bc1),
          vHat = each(v, (x) => x / bc2);
        const ratio = [0, 1].map((i) => mHat[i] / (Math.sqrt(vHat[i]) + eps));
        result = [0, 1].map((i) => from[i] - (lr / bc1) * (m[i] / (Math.sqrt(v[i]) / Math.sqrt(bc2) + eps))) as Point;
        lines.push(
          `m${b} &= \\beta_1 m${a} + (1-\\beta_1)\\,\\nabla = ${n(b1)}\\,${vec(mp)} + ${n(1 - b1)}\\,${vec(g)} = ${vec(m)}`,
        );
        lines.push(`v${b} &= \\beta_2 v${a} + (1-\\beta_2)\\,\\nabla\\odot\\nabla = ${vec(v)}`);
        // One line each: breakAfterSymbols would otherwise split "m̂ = …, v̂ = …" after v̂.
        lines.push(`\\hat m${b} &= m${b}/(1-\\beta_1^{${k}}) = ${vec(mHat)}`);
        lines.push(`\\hat v${b} &= v${b}/(1-\\beta_2^{${k}}) = ${vec(vHat)}`);
        lines.push(
          `W${b} &= ${fromSym} - \\eta\\,\\frac{\\hat m${b}}{\\sqrt{\\hat v${b}} + \\varepsilon} = ${vec(from)} - ${n(lr)}\\,${vec(ratio)} = ${vec(result)}`,
        );
      }
      break;
    }
  }
  // The gradient line is short; the others get their numbers on a second line.
  return { tex: aligned([lines[0], ...lines.slice(1).flatMap(breakAfterSymbols)]), result };
}
