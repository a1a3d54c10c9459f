/**
 * Labelled controls for widgets: slider (with its value shown, optionally on a log
 * scale for learning rates), number input (validated, with an error line), select,
 * checkbox, button and segmented toggle (radio buttons, so arrow keys work natively).
 *
 * Every label is passed in (from `t()`); the kit itself holds no English. Each control
 * returns `{ root, input, value, set }`; `root` is what you put in the page.
 */
import { t } from "../i18n";
import { docOf, h } from "./dom";
import { attachErrorLine, type ErrorLine } from "./status";

interface Common {
  /** Unique id on the page; the label's `for` points at it. */
  id: string;
  /** Visible label (already translated). */
  label: string;
  document?: Document;
}

// ── pure helpers (tested without a DOM) ───────────────────────────────────────────────

export interface ScaleSpec {
  min: number;
  max: number;
  /** Step in value units (linear) or in log10 units (log). */
  step: number;
  log?: boolean;
}

/** The range input's position for a value: the value itself, or log10(value) on a log slider. */
export function valueToPosition(value: number, spec: ScaleSpec): number {
  const v = Math.min(spec.max, Math.max(spec.min, value));
  return spec.log ? Math.log10(v) : v;
}

/**
 * The value at a range input position, snapped to the step so a log slider reads 0.01,
 * not 0.0099999.
 */
export function positionToValue(position: number, spec: ScaleSpec): number {
  if (spec.log) {
    const v = 10 ** position;
    return Number(Math.min(spec.max, Math.max(spec.min, v)).toPrecision(3));
  }
  const snapped = spec.min + Math.round((position - spec.min) / spec.step) * spec.step;
  const decimals = Math.max(0, -Math.floor(Math.log10(spec.step)) + 1);
  return Number(Math.min(spec.max, Math.max(spec.min, snapped)).toFixed(decimals));
}

/** How a control shows a number: up to 4 significant digits, exponent form when tiny. */
export function formatControlValue(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (v !== 0 && (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e6)) return v.toExponential(1).replace("-", "−");
  return String(Number(v.toPrecision(4))).replace("-", "−");
}

export type ParsedNumber = { ok: true; value: number } | { ok: false; message: string };

/** Parses a typed number and checks its range, with a message for the reader. */
export function parseNumberInput(
  raw: string,
  range: { min?: number; max?: number; integer?: boolean } = {},
): ParsedNumber {
  const trimmed = raw.trim().replace("−", "-");
  const value = trimmed === "" ? NaN : Number(trimmed);
  if (!Number.isFinite(value) || (range.integer && !Number.isInteger(value)))
    return { ok: false, message: t("widget.input.notNumber") };
  if ((range.min !== undefined && value < range.min) || (range.max !== undefined && value > range.max)) {
    return {
      ok: false,
      message: t("widget.input.outOfRange", {
        min: formatControlValue(range.min ?? -Infinity),
        max: formatControlValue(range.max ?? Infinity),
      }),
    };
  }
  return { ok: true, value };
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
  const root = h(
    doc,
    "div",
    { class: "kobai-control kobai-control--slider" },
    h(doc, "label", { for: options.id }, options.label),
    input,
    output,
  );
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
  const root = h(
    doc,
    "div",
    { class: "kobai-control kobai-control--number" },
    h(doc, "label", { for: options.id }, options.label),
    input,
    error.element,
  );
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

export interface SelectOptions<T extends string> extends Common {
  options: readonly Choice<T>[];
  value: T;
  onChange?: (value: T) => void;
}

/** A labelled `<select>`. */
export function select<T extends string>(options: SelectOptions<T>): Control<T> & { input: HTMLSelectElement } {
  const doc = docOf(options.document);
  const input = h(doc, "select", { id: options.id });
  for (const o of options.options) input.append(h(doc, "option", { value: o.value }, o.label));
  const root = h(
    doc,
    "div",
    { class: "kobai-control kobai-control--select" },
    h(doc, "label", { for: options.id }, options.label),
    input,
  );
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

export interface SegmentedOptions<T extends string> extends Common {
  options: readonly Choice<T>[];
  value: T;
  onChange?: (value: T) => void;
}

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
