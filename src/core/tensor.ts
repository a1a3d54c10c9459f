/**
 * Tensor: a 2-D, row-major array of float64 numbers.
 *
 *   X ∈ ℝ^{N×D}:  N rows (one per sample in a batch), D columns (one per feature).
 *   Element (i, j) lives at data[i·D + j].
 *
 * A vector is a 1 × n tensor. Arithmetic is done with functions (`matmul(a, b)`,
 * `add(a, b)`), not methods, so a line of code reads like the formula it computes.
 * Elementwise functions broadcast a 1 × n operand over every row, the way the bias b is
 * added to every row of x·W in y = x·W + b.
 */
import { defaultRng, type Rng } from "./random";
import { matmulKernel } from "./kernels/kernel";

/** A 2-D, row-major float64 array. */
export class Tensor {
  /** The numbers, row after row. */
  readonly data: Float64Array;
  /** Number of rows (e.g. samples in a batch). */
  readonly rows: number;
  /** Number of columns (e.g. features). */
  readonly cols: number;

  /**
   * Wraps `data` (not copied) as a rows × cols tensor.
   *
   * @example
   * const t = new Tensor(2, 2, new Float64Array([1, 2, 3, 4]));
   */
  constructor(rows: number, cols: number, data?: Float64Array) {
    if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 0) {
      throw new Error(`Tensor: shape must be two non-negative integers, got [${rows}, ${cols}]`);
    }
    if (data && data.length !== rows * cols) {
      throw new Error(`Tensor: ${data.length} numbers cannot fill shape [${rows}, ${cols}]`);
    }
    this.rows = rows;
    this.cols = cols;
    this.data = data ?? new Float64Array(rows * cols);
  }

  /** `[rows, cols]`. */
  get shape(): [number, number] {
    return [this.rows, this.cols];
  }

  /** Number of elements, rows · cols. */
  get size(): number {
    return this.data.length;
  }

  /**
   * A tensor from nested arrays (rows) or a flat array (a 1 × n vector).
   *
   * @example
   * Tensor.from([[1, 2], [3, 4]]).shape; // [2, 2]
   * Tensor.from([1, 2, 3]).shape;        // [1, 3]
   */
  static from(values: readonly (readonly number[])[] | readonly number[]): Tensor {
    if (values.length === 0) return new Tensor(0, 0);
    if (typeof values[0] === "number") {
      const flat = values as readonly number[];
      return new Tensor(1, flat.length, Float64Array.from(flat));
    }
    const nested = values as readonly (readonly number[])[];
    const cols = nested[0].length;
    const out = new Tensor(nested.length, cols);
    nested.forEach((row, i) => {
      if (!Array.isArray(row) || row.length !== cols) {
        throw new Error(
          `Tensor.from: row ${i} has ${Array.isArray(row) ? row.length : "no"} values, row 0 has ${cols}`,
        );
      }
      out.data.set(row, i * cols);
    });
    return out;
  }

  /** A rows × cols tensor of zeros. @example Tensor.zeros(2, 3) */
  static zeros(rows: number, cols: number): Tensor {
    return new Tensor(rows, cols);
  }

  /** A rows × cols tensor of ones. @example Tensor.ones(1, 4) */
  static ones(rows: number, cols: number): Tensor {
    return Tensor.full(rows, cols, 1);
  }

  /** A rows × cols tensor filled with `value`. @example Tensor.full(2, 2, 0.5) */
  static full(rows: number, cols: number, value: number): Tensor {
    const t = new Tensor(rows, cols);
    t.data.fill(value);
    return t;
  }

  /**
   * Normal samples with mean 0 and standard deviation `std` (default 1).
   *
   * @example
   * const w = Tensor.randn(784, 100, { std: 0.01, rng: createRng(0) });
   */
  static randn(rows: number, cols: number, { std = 1, rng = defaultRng() }: { std?: number; rng?: Rng } = {}): Tensor {
    const t = new Tensor(rows, cols);
    for (let i = 0; i < t.data.length; i++) t.data[i] = std * rng.normal();
    return t;
  }

  /**
   * Uniform samples in [0, 1).
   *
   * @example
   * const mask = Tensor.rand(4, 4, { rng: createRng(1) });
   */
  static rand(rows: number, cols: number, { rng = defaultRng() }: { rng?: Rng } = {}): Tensor {
    const t = new Tensor(rows, cols);
    for (let i = 0; i < t.data.length; i++) t.data[i] = rng.uniform();
    return t;
  }

  /** Element (i, j). @example Tensor.from([[1, 2]]).get(0, 1) // 2 */
  get(i: number, j: number): number {
    this.checkIndex(i, j);
    return this.data[i * this.cols + j];
  }

  /** Sets element (i, j) to v. @example t.set(0, 0, 1) */
  set(i: number, j: number, v: number): void {
    this.checkIndex(i, j);
    this.data[i * this.cols + j] = v;
  }

  /** Row i as a 1 × cols tensor (a copy). @example x.row(0) */
  row(i: number): Tensor {
    this.checkIndex(i, 0);
    return new Tensor(1, this.cols, this.data.slice(i * this.cols, (i + 1) * this.cols));
  }

  /** Rows picked by index, in the order given (a copy): how a mini-batch is cut. @example x.selectRows([0, 5, 2]) */
  selectRows(indices: readonly number[]): Tensor {
    const out = new Tensor(indices.length, this.cols);
    indices.forEach((r, k) => {
      if (!Number.isInteger(r) || r < 0 || r >= this.rows)
        throw new Error(`selectRows: row ${r} is outside [0, ${this.rows})`);
      out.data.set(this.data.subarray(r * this.cols, (r + 1) * this.cols), k * this.cols);
    });
    return out;
  }

  /** Nested arrays, row by row. @example Tensor.ones(1, 2).toArray() // [[1, 1]] */
  toArray(): number[][] {
    const out: number[][] = [];
    for (let i = 0; i < this.rows; i++) out.push(Array.from(this.data.subarray(i * this.cols, (i + 1) * this.cols)));
    return out;
  }

  /** An independent copy. @example const w0 = w.clone() */
  clone(): Tensor {
    return new Tensor(this.rows, this.cols, this.data.slice());
  }

  /** `Tensor[2×3]`, so a log line names the shape. */
  toString(): string {
    return `Tensor[${this.rows}×${this.cols}]`;
  }

  private checkIndex(i: number, j: number): void {
    if (!Number.isInteger(i) || !Number.isInteger(j) || i < 0 || j < 0 || i >= this.rows || j >= this.cols) {
      throw new Error(`index (${i}, ${j}) is outside a tensor of shape [${this.rows}, ${this.cols}]`);
    }
  }
}

/** "[2, 3]": how error messages name a shape. @example shapeOf(Tensor.zeros(2, 3)) // "[2, 3]" */
export function shapeOf(t: Tensor): string {
  return `[${t.rows}, ${t.cols}]`;
}

/**
 * Matrix product A · B: (m×k) · (k×n) → m×n.
 *
 * @example
 * matmul(Tensor.from([[1, 2]]), Tensor.from([[3], [4]])).get(0, 0); // 11
 */
export function matmul(a: Tensor, b: Tensor): Tensor {
  if (a.cols !== b.rows)
    throw new Error(`matmul: cannot multiply ${shapeOf(a)} by ${shapeOf(b)}: ${a.cols} ≠ ${b.rows}`);
  const out = new Tensor(a.rows, b.cols);
  matmulKernel().ab(a.data, b.data, out.data, a.rows, a.cols, b.cols);
  return out;
}

/**
 * Aᵀ · B without forming Aᵀ: (k×m)ᵀ · (k×n) → m×n. Linear's backward uses it for ∂L/∂W = xᵀ · ∂L/∂y.
 *
 * @example
 * matmulTransposeA(x, dout); // same as matmul(transpose(x), dout)
 */
export function matmulTransposeA(a: Tensor, b: Tensor): Tensor {
  if (a.rows !== b.rows)
    throw new Error(`matmulTransposeA: cannot multiply ${shapeOf(a)}ᵀ by ${shapeOf(b)}: ${a.rows} ≠ ${b.rows}`);
  const out = new Tensor(a.cols, b.cols);
  matmulKernel().atb(a.data, b.data, out.data, a.cols, a.rows, b.cols);
  return out;
}

/**
 * A · Bᵀ without forming Bᵀ: (m×k) · (n×k)ᵀ → m×n. Linear's backward uses it for ∂L/∂x = ∂L/∂y · Wᵀ.
 *
 * @example
 * matmulTransposeB(dout, w); // same as matmul(dout, transpose(w))
 */
export function matmulTransposeB(a: Tensor, b: Tensor): Tensor {
  if (a.cols !== b.cols)
    throw new Error(`matmulTransposeB: cannot multiply ${shapeOf(a)} by ${shapeOf(b)}ᵀ: ${a.cols} ≠ ${b.cols}`);
  const out = new Tensor(a.rows, b.rows);
  matmulKernel().abt(a.data, b.data, out.data, a.rows, a.cols, b.rows);
  return out;
}

/**
 * Applies `op` elementwise; b may be the same shape as a, a 1 × a.cols row (added to
 * every row), or a 1 × 1 scalar.
 */
function elementwise(name: string, a: Tensor, b: Tensor, op: (x: number, y: number) => number): Tensor {
  const out = new Tensor(a.rows, a.cols);
  const A = a.data,
    B = b.data,
    O = out.data;
  if (a.rows === b.rows && a.cols === b.cols) {
    for (let i = 0; i < A.length; i++) O[i] = op(A[i], B[i]);
  } else if (b.rows === 1 && b.cols === a.cols) {
    for (let i = 0; i < a.rows; i++) {
      const r = i * a.cols;
      for (let j = 0; j < a.cols; j++) O[r + j] = op(A[r + j], B[j]);
    }
  } else if (b.rows === 1 && b.cols === 1) {
    const y = B[0];
    for (let i = 0; i < A.length; i++) O[i] = op(A[i], y);
  } else {
    throw new Error(
      `${name}: shapes ${shapeOf(a)} and ${shapeOf(b)} do not match (the second may also be [1, ${a.cols}] or [1, 1])`,
    );
  }
  return out;
}

/** a + b elementwise (b broadcast by rows). @example add(xW, b) */
export function add(a: Tensor, b: Tensor): Tensor {
  return elementwise("add", a, b, (x, y) => x + y);
}

/** a − b elementwise (b broadcast by rows). @example sub(y, t) */
export function sub(a: Tensor, b: Tensor): Tensor {
  return elementwise("sub", a, b, (x, y) => x - y);
}

/** a ⊙ b elementwise (b broadcast by rows). @example mul(dout, mask) */
export function mul(a: Tensor, b: Tensor): Tensor {
  return elementwise("mul", a, b, (x, y) => x * y);
}

/** a / b elementwise (b broadcast by rows). @example div(x, std) */
export function div(a: Tensor, b: Tensor): Tensor {
  return elementwise("div", a, b, (x, y) => x / y);
}

/** k · a. @example scale(grad, -lr) */
export function scale(a: Tensor, k: number): Tensor {
  const out = new Tensor(a.rows, a.cols);
  for (let i = 0; i < a.data.length; i++) out.data[i] = k * a.data[i];
  return out;
}

/** Aᵀ. @example transpose(Tensor.from([[1, 2]])).shape // [2, 1] */
export function transpose(a: Tensor): Tensor {
  const out = new Tensor(a.cols, a.rows);
  for (let i = 0; i < a.rows; i++) for (let j = 0; j < a.cols; j++) out.data[j * a.rows + i] = a.data[i * a.cols + j];
  return out;
}

/**
 * Sum of all elements (no axis), down each column (axis 0 → 1 × cols), or along each
 * row (axis 1 → rows × 1).
 *
 * @example
 * sum(Tensor.from([[1, 2], [3, 4]]));     // 10
 * sum(Tensor.from([[1, 2], [3, 4]]), 0);  // [[4, 6]]: how ∂L/∂b sums over the batch
 */
export function sum(a: Tensor): number;
export function sum(a: Tensor, axis: 0 | 1): Tensor;
export function sum(a: Tensor, axis?: 0 | 1): number | Tensor {
  if (axis === undefined) {
    let s = 0;
    for (let i = 0; i < a.data.length; i++) s += a.data[i];
    return s;
  }
  if (axis === 0) {
    const out = new Tensor(1, a.cols);
    for (let i = 0; i < a.rows; i++) for (let j = 0; j < a.cols; j++) out.data[j] += a.data[i * a.cols + j];
    return out;
  }
  if (axis === 1) {
    const out = new Tensor(a.rows, 1);
    for (let i = 0; i < a.rows; i++) {
      let s = 0;
      for (let j = 0; j < a.cols; j++) s += a.data[i * a.cols + j];
      out.data[i] = s;
    }
    return out;
  }
  throw new Error(`sum: axis must be 0 or 1, got ${axis}`);
}

/**
 * Mean of all elements, of each column (axis 0), or of each row (axis 1).
 *
 * @example
 * mean(Tensor.from([[1, 2], [3, 4]]), 0); // [[2, 3]]: the batch mean μ of batch norm
 */
export function mean(a: Tensor): number;
export function mean(a: Tensor, axis: 0 | 1): Tensor;
export function mean(a: Tensor, axis?: 0 | 1): number | Tensor {
  if (axis === undefined) {
    if (a.size === 0) throw new Error("mean: the tensor is empty");
    return sum(a) / a.size;
  }
  const n = axis === 0 ? a.rows : a.cols;
  if (n === 0) throw new Error(`mean: no elements along axis ${axis} of shape ${shapeOf(a)}`);
  return scale(sum(a, axis), 1 / n);
}

/**
 * Applies fn to every element (fn also gets the row and column).
 *
 * @example
 * map(x, (v) => Math.max(0, v)); // ReLU
 */
export function map(a: Tensor, fn: (value: number, row: number, col: number) => number): Tensor {
  const out = new Tensor(a.rows, a.cols);
  for (let i = 0; i < a.rows; i++)
    for (let j = 0; j < a.cols; j++) out.data[i * a.cols + j] = fn(a.data[i * a.cols + j], i, j);
  return out;
}

/**
 * Index of the largest element in each row (the first one on a tie): a predicted class.
 *
 * @example
 * argmax(Tensor.from([[0.1, 0.7, 0.2]])); // [1]
 */
export function argmax(a: Tensor): number[] {
  const out: number[] = [];
  for (let i = 0; i < a.rows; i++) {
    let best = 0;
    for (let j = 1; j < a.cols; j++) if (a.data[i * a.cols + j] > a.data[i * a.cols + best]) best = j;
    out.push(best);
  }
  return out;
}
