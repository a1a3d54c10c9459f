/**
 * The book's shopping example as a computational graph (『ゼロから作る』 5.1–5.4, 図5-16 and
 * 図5-17), stepped forward and backward one node at a time with the core's MulLayer and
 * AddLayer:
 *
 *   apples only (図5-16):      total = (applePrice · appleCount) · tax
 *   apples and oranges (図5-17): total = (applePrice · appleCount + orangePrice · orangeCount) · tax
 *
 * Backward starts from ∂L/∂L = 1 at the total L and visits the operation nodes in reverse
 * order; each node multiplies the gradient arriving from above by its local derivative
 * (the chain rule). Pure logic: no DOM, so tests run it in Node.
 */
import { AddLayer, MulLayer } from "kobai";

/** The book's two figures. */
export const VARIANTS = ["fruit", "apples"] as const;
export type Variant = (typeof VARIANTS)[number];

/** The editable inputs: prices in yen, counts, and the consumption-tax factor. */
export interface ShoppingInputs {
  applePrice: number;
  appleCount: number;
  orangePrice: number;
  orangeCount: number;
  tax: number;
}

/** The book's numbers: 2 apples at 100 yen, 3 oranges at 150 yen, tax 1.1. */
export const BOOK_INPUTS: ShoppingInputs = {
  applePrice: 100,
  appleCount: 2,
  orangePrice: 150,
  orangeCount: 3,
  tax: 1.1,
};

/** Every quantity on the graph's edges. */
export type ValueId = keyof ShoppingInputs | "appleTotal" | "orangeTotal" | "subtotal" | "total";
export type OpId = "mulApple" | "mulOrange" | "add" | "mulTax";

/** One operation node: z = x ∘ y. */
export interface OpSpec {
  id: OpId;
  op: "mul" | "add";
  inputs: [ValueId, ValueId];
  output: ValueId;
}

/** The graph of a variant: its inputs and its operations in forward (topological) order. */
export interface GraphSpec {
  variant: Variant;
  inputs: (keyof ShoppingInputs)[];
  ops: OpSpec[];
  output: ValueId;
}

/** The graph of 図5-16 or 図5-17. @example graphOf("apples").ops.length // 2 */
export function graphOf(variant: Variant): GraphSpec {
  if (variant === "apples") {
    return {
      variant,
      inputs: ["applePrice", "appleCount", "tax"],
      ops: [
        { id: "mulApple", op: "mul", inputs: ["applePrice", "appleCount"], output: "appleTotal" },
        { id: "mulTax", op: "mul", inputs: ["appleTotal", "tax"], output: "total" },
      ],
      output: "total",
    };
  }
  return {
    variant,
    inputs: ["applePrice", "appleCount", "orangePrice", "orangeCount", "tax"],
    ops: [
      { id: "mulApple", op: "mul", inputs: ["applePrice", "appleCount"], output: "appleTotal" },
      { id: "mulOrange", op: "mul", inputs: ["orangePrice", "orangeCount"], output: "orangeTotal" },
      { id: "add", op: "add", inputs: ["appleTotal", "orangeTotal"], output: "subtotal" },
      { id: "mulTax", op: "mul", inputs: ["subtotal", "tax"], output: "total" },
    ],
    output: "total",
  };
}

/** What one backward step did at one node: the chain rule for each of its two inputs. */
export interface BackwardStep {
  op: OpSpec;
  /** ∂L/∂z, the gradient that arrived at the node's output z. */
  upstream: number;
  /** For each input: its local derivative ∂z/∂input and the product ∂L/∂input. */
  terms: [ChainTerm, ChainTerm];
}

export interface ChainTerm {
  input: ValueId;
  local: number;
  gradient: number;
}

/**
 * The stepper: forward fills every value at once, then `backwardOne()` walks the operation
 * nodes from the total back to the inputs. Changing the inputs recomputes everything and
 * replays the backward steps already taken.
 */
export class ShoppingGraph {
  readonly spec: GraphSpec;
  private inputs: ShoppingInputs;
  /** Forward values; empty until `forward()`. */
  values: Partial<Record<ValueId, number>> = {};
  /** ∂L/∂value for the values backward has reached. */
  grads: Partial<Record<ValueId, number>> = {};
  /** The backward steps taken, in order (first: the node that produces the total). */
  steps: BackwardStep[] = [];
  private nodes = new Map<OpId, MulLayer | AddLayer>();

  constructor(variant: Variant, inputs: ShoppingInputs = BOOK_INPUTS) {
    this.spec = graphOf(variant);
    this.inputs = checkInputs(inputs);
  }

  get forwardDone(): boolean {
    return this.values.total !== undefined;
  }

  /** True once every node has passed its gradient back. */
  get backwardDone(): boolean {
    return this.steps.length === this.spec.ops.length;
  }

  /** The last node processed by backward, if any. */
  get current(): BackwardStep | undefined {
    return this.steps[this.steps.length - 1];
  }

  /** Runs every node forward (and forgets any backward steps). @example g.forward(); g.values.total // 715 */
  forward(): void {
    this.values = {};
    this.grads = {};
    this.steps = [];
    for (const name of this.spec.inputs) this.values[name] = this.inputs[name];
    for (const op of this.spec.ops) {
      const node = op.op === "mul" ? new MulLayer() : new AddLayer();
      this.nodes.set(op.id, node);
      this.values[op.output] = node.forward(this.values[op.inputs[0]]!, this.values[op.inputs[1]]!);
    }
  }

  /**
   * One node backward: the next operation from the output end. Returns what it did, or
   * undefined when backward is finished. Runs forward first if it has not run.
   */
  backwardOne(): BackwardStep | undefined {
    if (!this.forwardDone) this.forward();
    if (this.backwardDone) return undefined;
    if (this.steps.length === 0) this.grads[this.spec.output] = 1; // ∂L/∂L = 1: where backward starts
    const op = this.spec.ops[this.spec.ops.length - 1 - this.steps.length];
    const upstream = this.grads[op.output]!;
    const [dx, dy] = this.nodes.get(op.id)!.backward(upstream);
    const [x, y] = op.inputs;
    // The local derivatives, for showing the chain rule: ∂(x·y)/∂x = y, ∂(x + y)/∂x = 1.
    const localX = op.op === "mul" ? this.values[y]! : 1,
      localY = op.op === "mul" ? this.values[x]! : 1;
    this.grads[x] = dx;
    this.grads[y] = dy;
    const step: BackwardStep = {
      op,
      upstream,
      terms: [
        { input: x, local: localX, gradient: dx },
        { input: y, local: localY, gradient: dy },
      ],
    };
    this.steps.push(step);
    return step;
  }

  /** Runs every remaining backward step. */
  backwardAll(): void {
    while (this.backwardOne());
  }

  /** Back to before forward. */
  reset(): void {
    this.values = {};
    this.grads = {};
    this.steps = [];
  }

  /** The current inputs. */
  get currentInputs(): ShoppingInputs {
    return { ...this.inputs };
  }

  /** New inputs: recompute forward (if it had run) and replay the backward steps taken. */
  setInputs(inputs: ShoppingInputs): void {
    this.inputs = checkInputs(inputs);
    if (!this.forwardDone) return;
    const taken = this.steps.length;
    this.forward();
    for (let i = 0; i < taken; i++) this.backwardOne();
  }

  /** The value ids on the graph, inputs first then each node's output. */
  get valueIds(): ValueId[] {
    return [...this.spec.inputs, ...this.spec.ops.map((op) => op.output)];
  }
}

function checkInputs(inputs: ShoppingInputs): ShoppingInputs {
  for (const [key, value] of Object.entries(inputs)) {
    if (!Number.isFinite(value)) throw new Error(`ShoppingGraph: ${key} must be a finite number, got ${value}`);
  }
  return { ...inputs };
}

/**
 * A number as the graph shows it: at most 6 significant digits (so 1.1 × 650 reads 715,
 * not 715.0000000000001), with a real minus sign.
 *
 * @example formatGraphNumber(2.2000000000000002) // "2.2"
 */
export function formatGraphNumber(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const s =
    Math.abs(v) >= 1e7 || (v !== 0 && Math.abs(v) < 1e-4) ? v.toExponential(3) : String(Number(v.toPrecision(6)));
  return s.replace(/-/g, "−");
}
