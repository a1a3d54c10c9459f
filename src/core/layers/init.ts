/**
 * Initial weights: how large should W be before training starts? (『ゼロから作る』 6.2)
 *
 *   zeros:    W = 0                       (every unit learns the same thing: symmetry is never broken)
 *   normal:   W ~ 𝒩(0, std²)              (the book's weight_init_std = 0.01)
 *   Xavier:   W ~ 𝒩(0, 1/n_in)            std = 1/√n_in      (the book's form, 6.2.2; for sigmoid, tanh)
 *   He:       W ~ 𝒩(0, 2/n_in)            std = √(2/n_in)    (6.2.3; for ReLU, which zeroes half its inputs)
 *   Glorot:   W ~ 𝒩(0, 2/(n_in + n_out))  std = √(2/(n_in+n_out))  (PyTorch's xavier_normal_)
 *
 * n_in is the number of inputs of a unit (the rows of W in y = x·W + b). Xavier keeps the
 * variance of a layer's output equal to its input's when the activation is roughly linear
 * around 0; He doubles it to make up for ReLU discarding the negative half.
 *
 * The book's "Xavier" uses only n_in. Glorot & Bengio's paper (and PyTorch's
 * `nn.init.xavier_normal_`) average fan-in and fan-out, std = √(2/(n_in + n_out)); the two
 * agree when n_in = n_out. kobai calls the book's form "xavier" and the paper's "glorot".
 *
 * Papers: Glorot & Bengio 2010, https://proceedings.mlr.press/v9/glorot10a.html ;
 *         He et al. 2015, https://arxiv.org/abs/1502.01852
 */
import { Tensor } from "../tensor";
import { defaultRng, type Rng } from "../random";
import { checkNumberOption } from "./checks";

/** The names Linear's `init` option accepts. @example new Linear(100, 100, { init: "xavier" }) */
export type InitName = "he" | "xavier" | "glorot" | "normal" | "zeros";

/** The std the book's weight_init_std uses when `init: "normal"` is given no `std`. @example initStd("normal", 2, 2) // 0.01, this constant */
export const DEFAULT_NORMAL_STD = 0.01;

/**
 * He's standard deviation √(2 / n_in).
 *
 * @example
 * heStd(100); // 0.1414…
 */
export function heStd(nIn: number): number {
  return Math.sqrt(2 / checkFanIn("heStd", nIn));
}

/**
 * Xavier's standard deviation in the book's form, 1 / √n_in.
 *
 * @example
 * xavierStd(100); // 0.1
 */
export function xavierStd(nIn: number): number {
  return 1 / Math.sqrt(checkFanIn("xavierStd", nIn));
}

/**
 * Glorot's (PyTorch xavier_normal_'s) standard deviation √(2 / (n_in + n_out)).
 *
 * @example
 * glorotStd(100, 100); // 0.1, the same as xavierStd(100) when n_in = n_out
 */
export function glorotStd(nIn: number, nOut: number): number {
  return Math.sqrt(2 / (checkFanIn("glorotStd", nIn) + checkFanIn("glorotStd", nOut)));
}

/**
 * The standard deviation an init name gives a weight with n_in inputs and n_out outputs.
 *
 * @example
 * initStd("he", 784, 100); // √(2/784) ≈ 0.0505
 * initStd("normal", 784, 100, 0.01); // 0.01
 */
export function initStd(init: InitName, nIn: number, nOut: number, std?: number): number {
  switch (init) {
    case "he":
      return heStd(nIn);
    case "xavier":
      return xavierStd(nIn);
    case "glorot":
      return glorotStd(nIn, nOut);
    case "normal":
      return std === undefined ? DEFAULT_NORMAL_STD : checkNumberOption("init normal", "std", std, 0);
    case "zeros":
      return 0;
    default:
      throw new Error(`init: unknown init "${String(init)}" (known: he, xavier, glorot, normal, zeros)`);
  }
}

/**
 * A fresh n_in × n_out weight drawn with the named rule.
 *
 * @example
 * const W = initWeight("he", 784, 100, { rng: createRng(0) });
 */
export function initWeight(
  init: InitName,
  nIn: number,
  nOut: number,
  { std, rng = defaultRng() }: { std?: number; rng?: Rng } = {},
): Tensor {
  const sigma = initStd(init, nIn, nOut, std);
  if (sigma === 0) return Tensor.zeros(nIn, nOut);
  return Tensor.randn(nIn, nOut, { std: sigma, rng });
}

function checkFanIn(owner: string, n: number): number {
  if (!Number.isInteger(n) || n <= 0)
    throw new Error(`${owner}: the number of units must be a positive integer, got ${n}`);
  return n;
}
