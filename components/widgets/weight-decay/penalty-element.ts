/**
 * <kobai-penalty-landscape>: the λ slider over the penalised 2-D loss (penalty.ts). Every
 * input recomputes the minimum analytically and re-runs kobai's SGD with weightDecay = λ;
 * both take well under a frame. λ lives in the URL.
 */
import { t } from "../../../src/i18n";
import { contourWithPath } from "../../../src/plot";
import { formatControlValue as formatNumber } from "../../../src/widgets/controls";
import { KobaiWidget, defineWidget } from "../../../src/widgets/base-element";
import { slider } from "../../../src/widgets/controls";
import { createStatus } from "../../../src/widgets/status";
import { LAMBDA_RANGE, penaltyChartOptions, penaltyState } from "./penalty";

/** The chart's names for λ, from the string table (shared by the build-time chart). */
export function penaltyLabels(lambda: number) {
  return {
    title: t("wd.penalty.title"),
    fnLabel: t("wd.penalty.fn"),
    pathName: t("wd.penalty.path"),
    sgdName: t("wd.penalty.sgd"),
    caption: t("wd.penalty.caption", { lambda: formatNumber(lambda) }),
  };
}

/** The status sentence for λ. */
export function penaltyStatus(lambda: number): string {
  const s = penaltyState(lambda);
  const f = (v: number) => v.toFixed(2);
  return t("wd.penalty.status", {
    lambda: formatNumber(lambda),
    x: f(s.minimum[0]),
    y: f(s.minimum[1]),
    norm: f(s.minimumNorm),
    loss: f(s.lossAtMinimum),
    sx: f(s.sgdEnd[0]),
    sy: f(s.sgdEnd[1]),
  });
}

const schema = { lambda: { type: "number", default: 0.1, min: LAMBDA_RANGE.min, max: LAMBDA_RANGE.max } } as const;

class PenaltyLandscape extends KobaiWidget<{ lambda?: number }> {
  private lambda = 0.1;

  protected setup(): void {
    const id = this.widgetId;
    const state = this.bindState({ lambda: { ...schema.lambda, default: this.config.lambda ?? 0.1 } });
    this.lambda = state.values.lambda;
    this.status = createStatus({ id: `${id}-status` });
    const control = slider({
      id: `${id}-lambda`,
      label: t("wd.penalty.lambda"),
      ...LAMBDA_RANGE,
      value: this.lambda,
      onInput: (value) => {
        this.lambda = value;
        state.update({ lambda: value });
        this.update();
      },
    });
    const controls = document.createElement("div");
    controls.className = "kobai-frame__row";
    controls.append(control.root);
    this.prepend(controls);
    this.append(this.status.element);
    this.update();
  }

  private update(): void {
    this.status.set(penaltyStatus(this.lambda), "info");
    this.requestRender();
  }

  protected render(): void {
    this.showChart(
      contourWithPath({ ...penaltyChartOptions(this.lambda, penaltyLabels(this.lambda)), width: this.chartWidth }),
    );
  }
}

defineWidget("kobai-penalty-landscape", PenaltyLandscape);
