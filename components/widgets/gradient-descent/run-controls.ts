/**
 * The three controls both gradient-descent widgets give the reader over a run of the neuron's
 * descent: φ, the learning rate η (log scale) and the number of steps. One place, so the
 * landscape widget and the 3-D surface label, range and format them alike.
 */
import { t } from "../../../src/i18n";
import { select, slider } from "../../../src/widgets";
import { LR_RANGE, MAX_STEPS } from "./descent-model";
import type { Activation } from "./fit-model";

export interface RunControlHandlers {
  activation: (activation: Activation) => void;
  lr: (lr: number) => void;
  steps: (steps: number) => void;
}

/**
 * The φ select and the η and steps sliders, with ids `<prefix>-activation`, `-lr`, `-steps`.
 *
 * @example
 * const c = runControls("gd-surface", { activation: "sigmoid", lr: 1, steps: 50 }, { activation: …, lr: …, steps: … });
 * panel.append(c.activation.root, c.lr.root, c.steps.root);
 */
export function runControls(
  prefix: string,
  values: { activation: Activation; lr: number; steps: number },
  on: RunControlHandlers,
) {
  const activation = select({
    id: `${prefix}-activation`,
    label: t("gd.activation"),
    value: values.activation,
    options: [
      { value: "identity", label: t("gd.activation.identity") },
      { value: "sigmoid", label: t("gd.activation.sigmoid") },
    ],
    onChange: (a) => on.activation(a as Activation),
  });
  const lr = slider({
    id: `${prefix}-lr`,
    label: t("gd.lr"),
    min: LR_RANGE.min,
    max: LR_RANGE.max,
    step: 0.01,
    log: true,
    value: values.lr,
    onInput: on.lr,
  });
  const steps = slider({
    id: `${prefix}-steps`,
    label: t("gd.steps"),
    min: 1,
    max: MAX_STEPS,
    step: 1,
    value: values.steps,
    format: (n) => String(Math.round(n)),
    onInput: (n) => on.steps(Math.round(n)),
  });
  return { activation, lr, steps };
}
