/** <kobai-softmax-stability>: three logits and the right class; presets; state in the URL. */
import { t } from "../../../src/i18n";
import { KobaiWidget, button } from "../../../src/widgets";
import { h } from "../../../src/widgets/dom";
import { stabilityReport } from "./softmax-stability";
import { SOFTMAX_PRESETS, softmaxMessage, softmaxTableHtml, type SoftmaxPreset } from "./softmax-view";

export const softmaxSchema = {
  a0: { type: "number", default: 1010, min: -1e4, max: 1e4 },
  a1: { type: "number", default: 1000, min: -1e4, max: 1e4 },
  a2: { type: "number", default: 990, min: -1e4, max: 1e4 },
  target: { type: "enum", default: "0", options: ["0", "1", "2"] },
} as const;

export class SoftmaxStabilityElement extends KobaiWidget<Record<string, unknown>, typeof softmaxSchema> {
  protected setup(): void {
    const c = this.bindControls(softmaxSchema);
    const inputs = (["a0", "a1", "a2"] as const).map((key, k) =>
      c.numberInput(key, { label: t("lf.soft.logit", { k }) }),
    );
    const target = c.select("target", { label: t("lf.soft.target"), optionLabel: (k) => t("lf.soft.class", { k }) });
    const presets = h(document, "div", { class: "lf-presets", role: "group", "aria-label": t("lf.soft.presets") });
    for (const name of Object.keys(SOFTMAX_PRESETS) as SoftmaxPreset[]) {
      const preset = SOFTMAX_PRESETS[name];
      presets.append(
        button({
          id: c.id(`preset-${name}`),
          label: t(`lf.soft.preset.${name}`),
          onClick: () => {
            const [a0, a1, a2] = preset.logits;
            this.url.update({ a0, a1, a2, target: String(preset.target) as "0" | "1" | "2" });
            inputs.forEach((input, k) => input.set(preset.logits[k]));
            target.set(String(preset.target) as "0" | "1" | "2");
            this.requestRender();
          },
        }),
      );
    }
    this.controlsSlot.append(presets, ...inputs.map((i) => i.root), target.root, this.status.element);
  }

  protected render(): void {
    const v = this.url.values;
    const box = this.querySelector<HTMLElement>("[data-table]");
    try {
      const report = stabilityReport([v.a0, v.a1, v.a2], Number(v.target));
      if (box) box.innerHTML = softmaxTableHtml(report);
      const message = softmaxMessage(report);
      this.status.set(message.text, message.tone);
    } catch (e) {
      this.status.set((e as Error).message, "error");
    }
  }
}
