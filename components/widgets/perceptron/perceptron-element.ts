/**
 * <kobai-perceptron>: the perceptron playground. Sliders for w₁, w₂ and b, a draggable
 * decision line (its body slides it, its two handles turn it), the truth table the core's
 * `Perceptron` produces, and "Learn": the perceptron learning rule stepped or played one
 * input at a time with the numbers of each update, which stops when an epoch has no
 * mistakes and says so when it cycles (XOR). Every setting is in the URL.
 */
import { PerceptronLearner, type LearnerUpdate } from "kobai";
import { t } from "../../../src/i18n";
import { formatNumber } from "../../../src/plot/text";
import {
  KobaiWidget,
  button,
  createPlayer,
  playerControls,
  type Control,
  type Player,
  type Slider,
} from "../../../src/widgets";
import { h } from "../../../src/widgets/dom";
import {
  BIAS_RANGE,
  BOOK_WEIGHTS,
  GATES,
  WEIGHT_RANGE,
  gateData,
  perceptronOf,
  truthTable,
  type Gate,
  type Weights,
} from "./model";
import { playgroundChart } from "./charts";
import { truthTableElement, verdictText } from "./tables";
import { dragDecisionLine } from "./line-drag";

export const perceptronSchema = {
  gate: { type: "enum", default: "and", options: GATES },
  w1: { type: "number", default: BOOK_WEIGHTS.and.w1, min: -WEIGHT_RANGE, max: WEIGHT_RANGE },
  w2: { type: "number", default: BOOK_WEIGHTS.and.w2, min: -WEIGHT_RANGE, max: WEIGHT_RANGE },
  b: { type: "number", default: BOOK_WEIGHTS.and.b, min: -BIAS_RANGE, max: BIAS_RANGE },
  lr: { type: "number", default: 0.5, min: 0.05, max: 1 },
} as const;

const fmt = (v: number) => formatNumber(v + 0);

export class PerceptronElement extends KobaiWidget<Record<string, unknown>, typeof perceptronSchema> {
  private weights!: Weights;
  private gate!: Gate;
  private sliders!: Record<keyof Weights, Slider>;
  private gateControl!: Control<string>;
  private lr!: Slider;
  private player!: Player;
  private learner: PerceptronLearner | undefined;
  private learnStart: Weights | undefined;
  private lastUpdate: LearnerUpdate | undefined;
  private updateText!: HTMLElement;
  private errorsText!: HTMLElement;
  private verdict!: HTMLElement;

  protected setup(): void {
    const id = (s: string) => `${this.widgetId}-${s}`;
    const c = this.bindControls(perceptronSchema, (key) => this.settingChanged(key));
    const v = this.url.values;
    this.gate = v.gate as Gate;
    this.weights = { w1: v.w1, w2: v.w2, b: v.b };

    this.gateControl = c.segmented("gate", { label: t("pc.gate"), optionLabel: (g) => t(`pc.gate.${g}`) });
    this.sliders = {
      w1: c.slider("w1", { label: t("pc.w1"), step: 0.05 }),
      w2: c.slider("w2", { label: t("pc.w2"), step: 0.05 }),
      b: c.slider("b", { label: t("pc.b"), step: 0.05 }),
    };
    const presets = h(
      document,
      "div",
      { class: "pc-presets", role: "group", "aria-label": t("pc.presets") },
      h(document, "span", { class: "pc-presets__label", "aria-hidden": "true" }, t("pc.presets")),
      ...(["and", "nand", "or"] as const).map((g) =>
        button({
          id: id(`preset-${g}`),
          label: t("pc.preset", {
            gate: t(`pc.gate.${g}`),
            w1: fmt(BOOK_WEIGHTS[g].w1),
            w2: fmt(BOOK_WEIGHTS[g].w2),
            b: fmt(BOOK_WEIGHTS[g].b),
          }),
          onClick: () => {
            this.setWeights(BOOK_WEIGHTS[g]);
            if (this.gate !== "xor") {
              this.gate = g;
              this.gateControl.set(g);
            }
            this.changed();
          },
        }),
      ),
      button({
        id: id("zero"),
        label: t("pc.zero"),
        onClick: () => {
          this.setWeights({ w1: 0, w2: 0, b: 0 });
          this.changed();
        },
      }),
    );
    this.controlsSlot.append(
      this.gateControl.root,
      presets,
      this.sliders.w1.root,
      this.sliders.w2.root,
      this.sliders.b.root,
    );

    // The truth table (replacing the one drawn at build time) and its verdict.
    this.verdict = this.querySelector<HTMLElement>("[data-verdict]") ?? h(document, "p");

    // Learning: η, Step / Play / Reset, the last update with its numbers, a status line.
    this.updateText = h(document, "p", { class: "pc-update", "data-update": "" }, t("pc.learn.idle"));
    this.errorsText = h(document, "p", { class: "pc-errors", "data-errors": "" });
    this.errorsText.hidden = true;
    this.lr = c.slider("lr", { label: t("pc.learn.lr"), step: 0.05 });
    this.player = createPlayer({
      stepsPerSecond: 4,
      step: () => this.learnStep(),
      onReset: () => {
        if (this.learnStart) this.setWeights(this.learnStart);
        this.forgetLearning();
        this.url.update(this.weights);
      },
      onChange: () => {
        buttons.update();
        this.requestRender();
      },
    });
    this.onCleanup(() => this.player.dispose());
    const buttons = playerControls(this.player, { idPrefix: id("learn"), speed: { min: 1, max: 30 } });
    const learn = this.querySelector<HTMLElement>("[data-learn]") ?? this;
    learn.append(this.lr.root, buttons.root, this.updateText, this.errorsText, this.status.element);

    this.setupDrag();
  }

  /** A control has stored its setting: η only forgets a learning run; the others change the problem. */
  private settingChanged(key: keyof typeof perceptronSchema): void {
    if (key === "lr") {
      this.forgetLearning();
      this.requestRender();
      return;
    }
    const v = this.url.values;
    this.gate = v.gate as Gate;
    this.weights = { w1: v.w1, w2: v.w2, b: v.b };
    this.changed();
  }

  /** Any change by the reader: forget a learning run, store the state, redraw. */
  private changed(): void {
    this.player.pause();
    this.forgetLearning();
    this.url.update({ gate: this.gate, ...this.weights });
    this.requestRender();
  }

  private forgetLearning(): void {
    this.learner = undefined;
    this.learnStart = undefined;
    this.lastUpdate = undefined;
    this.status?.clear();
  }

  private setWeights(w: Weights): void {
    this.weights = { ...w };
    for (const key of ["w1", "w2", "b"] as const) this.sliders[key].set(this.weights[key]);
  }

  /** One application of the rule; false when the learner has stopped. */
  private learnStep(): boolean {
    if (!this.learner || this.learner.state !== "learning") {
      this.learnStart = { ...this.weights };
      this.learner = new PerceptronLearner(perceptronOf(this.weights), gateData(this.gate), {
        lr: this.lr.value,
        maxEpochs: 100,
      });
      this.status.clear();
    }
    const u = this.learner.step();
    this.lastUpdate = u;
    this.setWeights({ w1: u.weights[0], w2: u.weights[1], b: u.bias });
    this.url.update(this.weights);
    this.showLearnerState();
    return this.learner.state === "learning";
  }

  private showLearnerState(): void {
    const l = this.learner;
    if (!l) return;
    const epoch = l.errorsPerEpoch.length;
    if (l.state === "converged")
      this.status.set(t("pc.learn.converged", { gate: t(`pc.gate.${this.gate}`), epoch }), "success");
    else if (l.state === "cycling")
      this.status.set(
        t(this.gate === "xor" ? "pc.learn.cyclingXor" : "pc.learn.cycling", { epoch, start: l.cycleStart ?? 0 }),
        "warning",
      );
    else if (l.state === "gave-up") this.status.set(t("pc.learn.gaveUp", { epochs: epoch }), "warning");
  }

  /** The decision line on the chart: its body slides it, its two handles turn it. */
  private setupDrag(): void {
    const release = dragDecisionLine(this.chartSlot, {
      weights: () => this.weights,
      start: () => this.player.pause(),
      move: (next) => {
        this.setWeights(next);
        this.forgetLearning();
        this.requestRender();
      },
      end: () => this.url.update({ gate: this.gate, ...this.weights }),
    });
    this.onCleanup(release);
  }

  protected render(): void {
    this.showChart(playgroundChart({ weights: this.weights, gate: this.gate, width: this.chartWidth }));
    const rows = truthTable(this.weights, this.gate);
    const table = this.querySelector("table[data-truth-table]");
    const fresh = truthTableElement(document, rows);
    if (table) table.replaceWith(fresh);
    this.verdict.textContent = verdictText(rows, this.gate);
    this.verdict.setAttribute("data-tone", rows.every((r) => r.correct) ? "success" : "warning");

    const u = this.lastUpdate;
    if (!u) {
      this.updateText.textContent = t("pc.learn.idle");
      this.errorsText.hidden = true;
      return;
    }
    const first = t("pc.learn.update", {
      epoch: u.epoch,
      x1: u.x[0],
      x2: u.x[1],
      sum: fmt(u.sum),
      y: u.output,
      t: u.target,
      error: fmt(u.error),
    });
    const second =
      u.error === 0
        ? t("pc.learn.noChange")
        : t("pc.learn.change", {
            dw1: fmt(u.deltaWeights[0]),
            dw2: fmt(u.deltaWeights[1]),
            db: fmt(u.deltaBias),
            w1: fmt(u.weights[0]),
            w2: fmt(u.weights[1]),
            b: fmt(u.bias),
          });
    this.updateText.textContent = `${first} ${second}`;
    const l = this.learner;
    const list = l
      ? [...l.errorsPerEpoch, ...(l.state === "learning" && l.index > 0 ? [`${l.errorsThisEpoch}…`] : [])].join(", ")
      : "";
    this.errorsText.textContent = t("pc.learn.errors", { list });
    this.errorsText.hidden = list === "";
  }
}
