/**
 * <kobai-schedule>: plain SGD on the book's bowl with a learning-rate schedule. Controls:
 * the schedule, η₀ and the number of steps. Charts: f per step (log scale) and η_t against
 * the stability limit 1 (λ_y = 2, so η_t < 1). The status says where f first drops below
 * 0.001, or that the run diverged.
 */
import { t } from "../../../src/i18n";
import { lineChart } from "../../../src/plot";
import { KobaiWidget, createStatus, segmented, slider, type StatusLine, type UrlState } from "../../../src/widgets";
import { SCHEDULE_KINDS, firstBelow, lrCurve, sgdRun, type ScheduleKind } from "./schedule-model";

/** The explorer's state in the URL (w.<id>.kind, .lr, .n), so a shared link shows the same run. */
export const scheduleSchema = {
  kind: { type: "enum", default: "cosine", options: SCHEDULE_KINDS },
  lr: { type: "number", default: 1.05, min: 0.1, max: 1.5 },
  n: { type: "number", default: 100, min: 20, max: 300, integer: true },
} as const;

export class ScheduleElement extends KobaiWidget {
  private url!: UrlState<typeof scheduleSchema>;
  private kind!: ScheduleKind;
  private lr!: number;
  private steps!: number;
  private status!: StatusLine;

  protected setup(): void {
    const id = (s: string) => `${this.widgetId}-${s}`;
    this.url = this.bindState(scheduleSchema);
    this.kind = this.url.values.kind as ScheduleKind;
    this.lr = this.url.values.lr;
    this.steps = this.url.values.n;
    const store = () => this.url.update({ kind: this.kind, lr: this.lr, n: this.steps });
    const kind = segmented<ScheduleKind>({
      id: id("kind"),
      label: t("sched.kind"),
      value: this.kind,
      options: SCHEDULE_KINDS.map((k) => ({ value: k, label: t(`sched.kind.${k}`) })),
      onChange: (k) => {
        this.kind = k;
        store();
        this.requestRender();
      },
    });
    const lr = slider({
      id: id("lr"),
      label: t("sched.lr"),
      min: 0.1,
      max: 1.5,
      step: 0.05,
      value: this.lr,
      onInput: (v) => {
        this.lr = v;
        store();
        this.requestRender();
      },
    });
    const steps = slider({
      id: id("steps"),
      label: t("sched.steps"),
      min: 20,
      max: 300,
      step: 10,
      value: this.steps,
      onInput: (v) => {
        this.steps = v;
        store();
        this.requestRender();
      },
    });
    this.status = createStatus({ id: id("status") });
    const controls = this.querySelector<HTMLElement>("[data-controls]") ?? this;
    controls.append(kind.root, lr.root, steps.root, this.status.element);
  }

  protected render(): void {
    const run = sgdRun(this.kind, this.lr, this.steps);
    const lrs = lrCurve(this.kind, this.lr, this.steps);
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
      this.status.set(t("sched.status.notYet", { steps: this.steps, f: run.losses.at(-1)!.toExponential(2) }), "info");
    else this.status.set(t("sched.status.below", { step: first, f: run.losses.at(-1)!.toExponential(2) }), "success");
  }
}
