/**
 * Labelled controls for widgets: slider (with its value shown, optionally on a log
 * scale for learning rates), number input (validated, with an error line), select,
 * checkbox, button and segmented toggle (radio buttons, so arrow keys work natively).
 *
 * Every label is passed in (from `t()`); the kit itself holds no English. Each control
 * returns `{ root, input, value, set }`; `root` is what you put in the page.
 */
import {
  formatControlValue,
  parseNumberInput,
  positionToValue,
  valueToPosition,
  type ScaleSpec,
} from "./control-values";
import { docOf, h } from "./dom";
import { attachErrorLine, type ErrorLine } from "./status";

interface Common {
  /** Unique id on the page; the label's `for` points at it. */
  id: string;
  /** Visible label (already translated). */
  label: string;
  document?: Document;
}

export * from "./control-values";

/** A control's box: its label (pointing at the input by id), then the input and what goes with it. */
function labelledControl(doc: Document, kind: string, options: Common, ...children: HTMLElement[]): HTMLElement {
  return h(
    doc,
    "div",
    { class: `kobai-control kobai-control--${kind}` },
    h(doc, "label", { for: options.id }, options.label),
    ...children,
  );
}

// ── controls ──────────────────────────────────────────────────────────────────────────

export interface Control<T> {
  root: HTMLElement;
  input: HTMLElement;
  readonly value: T;
  /** Sets the value without calling the change handler. */
  set(value: T): void;
}

export interface SliderOptions extends Common, ScaleSpec {
  value: number;
  /** Called on every input (dragging, arrow keys). */
  onInput?: (value: number) => void;
  /** How the visible value reads; default `formatControlValue`. */
  format?: (value: number) => string;
}

/** A range input with its label and a visible `<output>` of the current value. */
export function slider(
  options: SliderOptions,
): Control<number> & { input: HTMLInputElement; output: HTMLOutputElement } {
  const doc = docOf(options.document);
  const format = options.format ?? formatControlValue;
  const spec: ScaleSpec = { min: options.min, max: options.max, step: options.step, log: options.log };
  if (!(options.max > options.min) || !(options.step > 0) || (options.log && options.min <= 0)) {
    throw new Error(`slider "${options.id}": needs min < max, step > 0 and, on a log scale, min > 0`);
  }
  const input = h(doc, "input", {
    type: "range",
    id: options.id,
    min: valueToPosition(options.min, spec),
    max: valueToPosition(options.max, spec),
    step: options.step,
  });
  const output = h(doc, "output", { for: options.id, class: "kobai-control__value", "aria-hidden": "true" });
  const root = labelledControl(doc, "slider", options, input, output);
  let value = options.value;
  const show = () => {
    input.value = String(valueToPosition(value, spec));
    output.textContent = format(value);
    // Screen readers read the real value, not log10 of it.
    input.setAttribute("aria-valuetext", format(value));
  };
  input.addEventListener("input", () => {
    value = positionToValue(Number(input.value), spec);
    output.textContent = format(value);
    input.setAttribute("aria-valuetext", format(value));
    options.onInput?.(value);
  });
  show();
  return {
    root,
    input,
    output,
    get value() {
      return value;
    },
    set(v: number) {
      value = v;
      show();
    },
  };
}

/** What `slider` returns. */
export type Slider = ReturnType<typeof slider>;

export interface NumberInputOptions extends Common {
  value: number;
  min?: number;
  max?: number;
  step?: number | "any";
  integer?: boolean;
  /** Called with a valid number; an invalid one shows the error line instead. */
  onChange?: (value: number) => void;
}

/** A number input that checks what is typed and says what is wrong beside it. */
export function numberInput(
  options: NumberInputOptions,
): Control<number> & { input: HTMLInputElement; error: ErrorLine } {
  const doc = docOf(options.document);
  const input = h(doc, "input", {
    type: "number",
    id: options.id,
    min: options.min,
    max: options.max,
    step: options.step ?? "any",
    inputmode: options.integer ? "numeric" : "decimal",
  });
  const error = attachErrorLine(input, { document: doc });
  const root = labelledControl(doc, "number", options, input, error.element);
  let value = options.value;
  input.value = String(value);
  input.addEventListener("change", () => {
    const parsed = parseNumberInput(input.value, options);
    if (!parsed.ok) return error.show(parsed.message);
    error.clear();
    value = parsed.value;
    options.onChange?.(value);
  });
  return {
    root,
    input,
    error,
    get value() {
      return value;
    },
    set(v: number) {
      value = v;
      input.value = String(v);
      error.clear();
    },
  };
}

export interface Choice<T extends string> {
  value: T;
  label: string;
}

/** A control that picks one of several options: a select or a segmented toggle. */
export interface ChoiceControlOptions<T extends string> extends Common {
  options: readonly Choice<T>[];
  value: T;
  onChange?: (value: T) => void;
}

export type SelectOptions<T extends string> = ChoiceControlOptions<T>;

/** A labelled `<select>`. */
export function select<T extends string>(options: SelectOptions<T>): Control<T> & { input: HTMLSelectElement } {
  const doc = docOf(options.document);
  const input = h(doc, "select", { id: options.id });
  for (const o of options.options) input.append(h(doc, "option", { value: o.value }, o.label));
  const root = labelledControl(doc, "select", options, input);
  let value = options.value;
  input.value = value;
  input.addEventListener("change", () => {
    value = input.value as T;
    options.onChange?.(value);
  });
  return {
    root,
    input,
    get value() {
      return value;
    },
    set(v: T) {
      value = v;
      input.value = v;
    },
  };
}

export interface CheckboxOptions extends Common {
  checked: boolean;
  onChange?: (checked: boolean) => void;
}

/** A checkbox with its label after it. */
export function checkbox(options: CheckboxOptions): Control<boolean> & { input: HTMLInputElement } {
  const doc = docOf(options.document);
  const input = h(doc, "input", { type: "checkbox", id: options.id });
  input.checked = options.checked;
  const root = h(
    doc,
    "div",
    { class: "kobai-control kobai-control--checkbox" },
    input,
    h(doc, "label", { for: options.id }, options.label),
  );
  input.addEventListener("change", () => options.onChange?.(input.checked));
  return {
    root,
    input,
    get value() {
      return input.checked;
    },
    set(v: boolean) {
      input.checked = v;
    },
  };
}

/** A `<button type="button">`. */
export function button(options: {
  label: string;
  onClick: () => void;
  document?: Document;
  id?: string;
  primary?: boolean;
}): HTMLButtonElement {
  const doc = docOf(options.document);
  const el = h(
    doc,
    "button",
    { type: "button", id: options.id, class: options.primary ? "kobai-button kobai-button--primary" : "kobai-button" },
    options.label,
  );
  el.addEventListener("click", options.onClick);
  return el;
}

export type SegmentedOptions<T extends string> = ChoiceControlOptions<T>;

/**
 * A segmented toggle: radio buttons in a fieldset whose legend is the label. Tab reaches
 * the group, arrow keys move between options (native radio behaviour).
 */
export function segmented<T extends string>(options: SegmentedOptions<T>): Control<T> & { input: HTMLFieldSetElement } {
  const doc = docOf(options.document);
  const fieldset = h(doc, "fieldset", { class: "kobai-control kobai-control--segmented", id: options.id });
  fieldset.append(h(doc, "legend", {}, options.label));
  const radios: HTMLInputElement[] = [];
  let value = options.value;
  options.options.forEach((o, i) => {
    const id = `${options.id}-${i}`;
    const radio = h(doc, "input", { type: "radio", id, name: options.id, value: o.value });
    radio.checked = o.value === value;
    radio.addEventListener("change", () => {
      if (!radio.checked) return;
      value = o.value;
      options.onChange?.(value);
    });
    radios.push(radio);
    fieldset.append(h(doc, "span", { class: "kobai-segment" }, radio, h(doc, "label", { for: id }, o.label)));
  });
  return {
    root: fieldset,
    input: fieldset,
    get value() {
      return value;
    },
    set(v: T) {
      value = v;
      for (const r of radios) r.checked = r.value === v;
    },
  };
}
