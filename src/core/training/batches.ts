/**
 * Mini-batches (『ゼロから作るDeep Learning』 4.2.3, 4.5): training looks at a few samples at a
 * time, so each step is cheap and its gradient is a noisy estimate of the full one.
 *
 *   epoch (default, PyTorch's DataLoader):  shuffle the N row indices (Fisher–Yates), then cut
 *     them into ⌈N / B⌉ batches of B in order. Every sample is seen exactly once an epoch;
 *     the last batch keeps the N mod B left over (it is smaller, never dropped).
 *   with replacement (the book's np.random.choice(train_size, batch_size)): each batch is
 *     B indices drawn uniformly and independently. Over ⌈N / B⌉ batches a sample can come up
 *     twice and, on average, a fraction (1 − 1/N)^{N} ≈ e⁻¹ ≈ 37 % never comes up at all.
 *     Both are unbiased estimates of the full gradient; the epoch form has less variance.
 *
 * An epoch is ⌈N / B⌉ steps in both forms. The book counts iter_per_epoch = max(N / B, 1),
 * the same number whenever B divides N (all of its scripts: 300/100, 1000/100, 400/100);
 * rounding up keeps "an epoch sees N samples" true for the epoch form when it does not.
 * `BatchPlan` is the endless form (epoch after epoch, one batch of indices per `next()`)
 * that the training loop draws from; `batches` is one epoch of it as [xb, yb] pairs.
 *
 * Fisher & Yates (1938); Durstenfeld, "Algorithm 235: Random permutation" (1964).
 */
import { Tensor, shapeOf } from "../tensor";
import { defaultRng, type Rng } from "../random";

/** Labels: one class index per row, or a tensor with one row per sample (e.g. one-hot). @example const y: Labels = [0, 2, 1]; // or Tensor.from([[1, 0, 0], [0, 0, 1], [0, 1, 0]]) */
export type Labels = readonly number[] | Tensor;

/** Options of `batches`. @example batches(x, y, 100, { replacement: true, rng: createRng(0) }) // the book's sampling */
export interface BatchOptions {
  /** Shuffle the order (default true); false gives rows 0, 1, 2, … in order. */
  shuffle?: boolean;
  /** The book's sampling: each batch is B rows drawn with replacement (default false). */
  replacement?: boolean;
  /** Random generator (default: the one `seed(n)` resets). */
  rng?: Rng;
}

/** Checks that x and y describe the same number of samples. */
export function checkSamples(where: string, x: Tensor, y: Labels): void {
  if (!(x instanceof Tensor)) throw new Error(`${where}: x must be a Tensor (one row per sample), got ${String(x)}`);
  const count = y instanceof Tensor ? y.rows : Array.isArray(y) ? y.length : NaN;
  if (Number.isNaN(count))
    throw new Error(`${where}: y must be class indices (number[]) or a Tensor, got ${String(y)}`);
  if (count !== x.rows)
    throw new Error(
      `${where}: x has ${x.rows} rows (shape ${shapeOf(x)}) but y has ${count} ${y instanceof Tensor ? "rows" : "labels"}`,
    );
}

/** The rows of y picked by `indices`, as the same kind of labels. */
export function selectLabels(y: Labels, indices: readonly number[]): Labels {
  return y instanceof Tensor ? y.selectRows(indices) : indices.map((i) => (y as readonly number[])[i]);
}

/** A shuffled copy of 0 … n−1 (Fisher–Yates: every order equally likely). @example permutation(5, createRng(0)) // [3, 2, 0, 1, 4] */
export function permutation(n: number, rng: Rng): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng.uniform() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/**
 * Which rows each step trains on, epoch after epoch: `next()` gives the row indices of the
 * next batch. The epoch form shuffles at the start of each epoch (a fresh permutation of
 * 0 … N−1); the book's form draws B indices with replacement for every batch.
 *
 * @example
 * const plan = new BatchPlan(5, 2, { shuffle: false, replacement: false, rng: createRng(0) });
 * [plan.next(), plan.next(), plan.next(), plan.next()]; // [[0, 1], [2, 3], [4], [0, 1]]
 */
export class BatchPlan {
  /** Batches per epoch, ⌈N / batchSize⌉. */
  readonly perEpoch: number;
  private order: number[] = [];
  private batchInEpoch: number;

  constructor(
    readonly size: number,
    readonly batchSize: number,
    private readonly options: Required<BatchOptions>,
  ) {
    this.perEpoch = Math.ceil(size / batchSize);
    this.batchInEpoch = this.perEpoch; // the first next() starts an epoch
  }

  /** The row indices of the next batch. */
  next(): number[] {
    const { size, batchSize } = this;
    const { shuffle, replacement, rng } = this.options;
    if (this.batchInEpoch === this.perEpoch) {
      this.batchInEpoch = 0;
      if (!replacement) this.order = shuffle ? permutation(size, rng) : Array.from({ length: size }, (_, i) => i);
    }
    const b = this.batchInEpoch++;
    return replacement
      ? Array.from({ length: batchSize }, () => Math.floor(rng.uniform() * size))
      : this.order.slice(b * batchSize, (b + 1) * batchSize);
  }
}

/**
 * An epoch of mini-batches; iterating again starts a new epoch (a new shuffle).
 *
 * @example
 * const epoch: Batches = batches(Tensor.from([[1], [2], [3], [4], [5]]), [0, 1, 0, 1, 0], 2, { shuffle: false });
 * epoch.length;                        // 3 = ⌈5 / 2⌉
 * [...epoch].map(([xb, yb]) => yb);    // [[0, 1], [0, 1], [0]]
 */
export class Batches<Y extends Labels = Labels> implements Iterable<[Tensor, Y]> {
  /** Batches per epoch, ⌈N / batchSize⌉. */
  readonly length: number;

  constructor(
    private readonly x: Tensor,
    private readonly y: Y,
    readonly batchSize: number,
    private readonly options: Required<BatchOptions>,
  ) {
    this.length = Math.ceil(x.rows / batchSize);
  }

  *[Symbol.iterator](): Iterator<[Tensor, Y]> {
    const plan = new BatchPlan(this.x.rows, this.batchSize, this.options);
    for (let b = 0; b < this.length; b++) {
      const rows = plan.next();
      yield [this.x.selectRows(rows), selectLabels(this.y, rows) as Y];
    }
  }
}

/**
 * Mini-batches `[xb, yb]` of x and y, shuffled by default.
 *
 * @example
 * for (const [xb, yb] of batches(x, y, 32, { rng: createRng(0) })) {
 *   loss.forward(model.forward(xb), yb);
 * }
 * // the book's form: batches(x, y, 100, { replacement: true })
 */
export function batches<Y extends Labels>(x: Tensor, y: Y, batchSize: number, options: BatchOptions = {}): Batches<Y> {
  checkSamples("batches", x, y);
  return new Batches(x, y, batchSize, batchOptions("batches", batchSize, options));
}

/** Checks batch options and fills in the defaults (shared by `batches` and the training loop). */
export function batchOptions(where: string, batchSize: number, options: BatchOptions): Required<BatchOptions> {
  for (const key of Object.keys(options)) {
    if (!["shuffle", "replacement", "rng"].includes(key))
      throw new Error(`${where}: unknown option "${key}" (known: shuffle, replacement, rng)`);
  }
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new Error(`${where}: batchSize must be a positive integer, got ${batchSize}`);
  const { shuffle = true, replacement = false, rng = defaultRng() } = options;
  if (replacement && !shuffle)
    throw new Error(`${where}: replacement: true draws rows at random, so it cannot be combined with shuffle: false`);
  return { shuffle, replacement, rng };
}
