/**
 * <kobai-layer-stepper>: the two-layer network (Affine → ReLU → Affine → Softmax-with-Loss)
 * on a tiny seeded batch, stepped one layer at a time forward and then backward with the
 * core's layers, every output and gradient shown as a heat-coloured matrix, ending in the
 * core's gradientCheck. A bug can be injected to watch the check catch it, or, with a
 * batch of one, miss it. Seed, batch size and bug live in the URL.
 */
import { t } from "../../../src/i18n";
import { KobaiWidget, button } from "../../../src/widgets";
import { h } from "../../../src/widgets/dom";
import { BUGS, DEFAULT_NET, LayerStepper, type Bug } from "./layer-stepper";
import { checkTable, checkVerdict, stagesElement, stepExplanation } from "./layer-view";

export const layerSchema = {
  seed: { type: "number", default: DEFAULT_NET.seed, min: 0, max: 1e9, integer: true },
  batch: { type: "number", default: DEFAULT_NET.batch, min: 1, max: 8, integer: true },
  bug: { type: "enum", default: DEFAULT_NET.bug, options: BUGS },
} as const;

export class LayerStepperElement extends KobaiWidget<Record<string, unknown>, typeof layerSchema> {
  private stepper!: LayerStepper;
  private explain!: HTMLElement;
  private checkBox!: HTMLElement;
  private forwardButton!: HTMLButtonElement;
  private backwardButton!: HTMLButtonElement;

  protected setup(): void {
    const c = this.bindControls(layerSchema, () => this.rebuild());
    const v = this.url.values;
    const id = c.id;
    const seed = c.numberInput("seed", { label: t("bp.net.seed") });
    const batch = c.numberInput("batch", { label: t("bp.net.batch") });
    const bug = c.select("bug", { label: t("bp.net.bug"), optionLabel: (value) => t(`bp.net.bug.${value}`) });
    this.forwardButton = button({
      id: id("forward"),
      label: t("bp.net.forward"),
      primary: true,
      onClick: () => this.stepTo("forward"),
    });
    this.backwardButton = button({
      id: id("backward"),
      label: t("bp.net.backward"),
      onClick: () => this.stepTo("backward"),
    });
    const buttons = h(
      document,
      "div",
      { class: "bp-buttons" },
      this.forwardButton,
      this.backwardButton,
      button({
        id: id("run"),
        label: t("bp.net.runAll"),
        onClick: () => {
          this.stepper.runAll();
          this.render();
        },
      }),
      button({ id: id("reset"), label: t("bp.net.reset"), onClick: () => this.rebuild() }),
    );
    this.controlsSlot.append(seed.root, batch.root, bug.root);
    this.querySelector<HTMLElement>("[data-buttons]")?.append(buttons);
    this.explain = this.querySelector<HTMLElement>("[data-explain]") ?? h(document, "p");
    this.checkBox = this.querySelector<HTMLElement>("[data-check]") ?? h(document, "div");
    this.checkBox.after(this.status.element);
    this.stepper = new LayerStepper({ seed: v.seed, batch: v.batch, bug: v.bug as Bug });
  }

  /** A new network from the settings (the controls have stored theirs in the URL). */
  private rebuild(): void {
    const v = this.url.values;
    this.stepper = new LayerStepper({ seed: v.seed, batch: v.batch, bug: v.bug as Bug });
    this.status.clear();
    this.render();
  }

  /** One step, only in the direction the button names (forward first, then backward). */
  private stepTo(direction: "forward" | "backward"): void {
    const s = this.stepper;
    if (direction === "forward" ? !s.forwardDone : s.forwardDone) s.step();
    this.render();
  }

  protected render(): void {
    const s = this.stepper;
    this.querySelector("[data-stages]")?.replaceWith(stagesElement(document, s));
    this.explain.textContent = stepExplanation(s);
    this.forwardButton.disabled = s.forwardDone;
    this.backwardButton.disabled = !s.forwardDone || s.done;
    if (!s.done) {
      this.checkBox.replaceChildren(h(document, "p", { class: "bp-stage__empty" }, t("bp.net.check.pending")));
      this.status.clear();
      return;
    }
    try {
      const rows = s.check();
      this.checkBox.replaceChildren(h(document, "div", { class: "bp-check__wrap" }, checkTable(document, rows)));
      const verdict = checkVerdict(rows, s.settings.bug, s.settings.batch);
      this.status.set(verdict.text, verdict.tone);
    } catch (e) {
      this.status.set((e as Error).message, "error");
    }
  }
}
