/**
 * <kobai-schedule>: plain SGD on the book's bowl with a learning-rate schedule. Controls:
 * the schedule, η₀ and the number of steps. Charts: f per step (log scale) and η_t against
 * the stability limit 1 (λ_y = 2, so η_t < 1). The status says where f first drops below
 * 0.001, or that the run diverged.
 */
import { t } from "../../../src/i18n";
import { lineChart } from "../../../src/plot";
import { KobaiWidget } from "../../../src/widgets";
import { SCHEDULE_KINDS, firstBelow, lrCurve, sgdRun, type ScheduleKind } from "./schedule-model";

/** The explorer's state in the URL (w.<id>.kind, .lr, .n), so a shared link shows the same run. */
export const scheduleSchema = {
  kind: { type: "enum", default: "cosine", options: SCHEDULE_KINDS },
  lr: { type: "number", default: 1.05, min: 0.1, max: 1.5 },
  n: { type: "number", default: 100, min: 20, max: 300, integer: true },
} as const;

export class ScheduleElement extends KobaiWidget<Record<string, unknown>, typeof scheduleSchema> {
  protected setup(): void {
    const c = this.bindControls(scheduleSchema);
    const kind = c.segmented("kind", { label: t("sched.kind"), optionLabel: (k) => t(`sched.kind.${k}`) });
    const lr = c.slider("lr", { label: t("sched.lr"), step: 0.05 });
    const steps = c.slider("n", { id: c.id("steps"), label: t("sched.steps"), step: 10 });
    this.controlsSlot.append(kind.root, lr.root, steps.root, this.status.element);
  }

  protected render(): void {
    const { lr, n: steps } = this.url.values;
    const kind = this.url.values.kind as ScheduleKind;
    const run = sgdRun(kind, lr, steps);
    const lrs = lrCurve(kind, lr, steps);
    this.showChart(
      lineChart({
        series: [{ name: "f", y: run.losses }],
        logY: true,
        xLabel: t("chart.axis.step"),
        yLabel: "f",
        width: this.chartWidth,
        title: t("sched.chart.loss"),
      }),
    );
    const lrSlot = this.querySelector<HTMLElement>("[data-lr-slot]");
    if (lrSlot) {
      const chart = lineChart({
        series: [
          { name: "η", y: lrs },
          { name: t("sched.limit"), y: lrs.map(() => 1) },
        ],
        xLabel: t("chart.axis.step"),
        yLabel: "η",
        width: this.chartWidth,
        height: 180,
        title: t("sched.chart.lr"),
      });
      lrSlot.replaceChildren(chart.element);
    }
    const first = firstBelow(run.losses);
    if (run.diverged) this.status.set(t("sched.status.diverged", { step: run.losses.length }), "warning");
    else if (run.losses.at(-1)! > run.losses[0])
      this.status.set(
        t("sched.status.growing", { f0: run.losses[0].toFixed(2), f: run.losses.at(-1)!.toExponential(2) }),
        "warning",
      );
    else if (first < 0)
      this.status.set(t("sched.status.notYet", { steps, f: run.losses.at(-1)!.toExponential(2) }), "info");
    else this.status.set(t("sched.status.below", { step: first, f: run.losses.at(-1)!.toExponential(2) }), "success");
  }
}
