/**
 * <kobai-search-explorer>: the book's random search (6.5.3) run for real: trials sampled on
 * log scales (src/run/search.ts), trained in parallel Web Workers (src/run/pool.ts), each
 * plotted the moment it finishes (scatter) and the best ones drawn as small multiples like
 * 図6-24. Progress, time left, pause, stop (cancels every trial), seed · fingerprint; the
 * scale, number of trials and seed live in the URL. Progress, status and identity come from
 * the TrainingRun's SearchView (components/training/search-view.ts).
 */
import { t } from "../../../src/i18n";
import { PRESET_SECONDS } from "../../../src/run/durations";
import { PRESETS, presetSpec, type Scale } from "../../../src/run/presets";
import { sampleTrials } from "../../../src/run/search";
import { formatPercent } from "../../../src/plot";
import { KobaiWidget, defineWidget } from "../../../src/widgets/base-element";
import { button, segmented, slider, type Control } from "../../../src/widgets/controls";
import { seedField, seedInput } from "../../../src/widgets/seed";
import { createStatus } from "../../../src/widgets/status";
import { JobController, jobActive, showSummary } from "../../../src/widgets/job-controller";
import { type UrlState } from "../../../src/widgets/url-state";
import { SearchView } from "../../training/search-view";
import { duration } from "../../training/view-model";
import { bestMultiples, bestTrials, finalValidation, trialScatter, type TrialPoint } from "./search-charts";

/** How many of the best trials the small multiples show (the book shows 20). */
export const BEST_K = 20;
const PRESET = PRESETS["hyperparameter-search"];
const schema = {
  scale: { type: "enum", default: "lesson", options: ["lesson", "book"] },
  trials: { type: "number", default: PRESET.defaults.lesson.trials, min: 1, max: 100, integer: true },
  seed: seedField,
} as const;

class SearchExplorer extends KobaiWidget {
  private state!: UrlState<typeof schema>;
  private trialsControl!: Control<number>;
  private inputs: HTMLElement[] = [];
  private view: SearchView | null = null;
  private points: TrialPoint[] = [];
  private job!: JobController;

  protected setup(): void {
    const id = this.widgetId;
    this.state = this.bindState(schema);
    const v = this.state.values;
    const about = (s: Scale) => `~${duration(PRESET_SECONDS["hyperparameter-search"][s])}`;
    const scale = segmented<Scale>({
      id: `${id}-scale`,
      label: t("run.scale.label"),
      value: v.scale as Scale,
      options: [
        { value: "lesson", label: t("run.scale.lesson", { time: about("lesson") }) },
        { value: "book", label: t("run.scale.book", { figure: PRESET.figure, time: about("book") }) },
      ],
      onChange: (s) => {
        const trials = PRESET.defaults[s].trials;
        this.trialsControl.set(trials);
        this.state.update({ scale: s, trials });
      },
    });
    this.trialsControl = slider({
      id: `${id}-trials`,
      label: t("run.control.trials"),
      min: 1,
      max: 100,
      step: 1,
      value: v.trials,
      onInput: (n) => this.state.update({ trials: n }),
    });
    const seed = seedInput({
      id: `${id}-seed`,
      label: t("run.control.seed"),
      value: v.seed,
      onChange: (n) => {
        this.state.update({ seed: n });
        this.updateText();
      },
    });
    this.inputs = [scale.input, this.trialsControl.input, seed.input];
    const controls = this.querySelector<HTMLElement>("[data-controls]")!;
    controls.append(scale.root, this.trialsControl.root, seed.root);
    const buttons = this.querySelector<HTMLElement>("[data-buttons]")!;
    buttons.append(
      button({ id: `${id}-start`, label: t("run.start"), primary: true, onClick: () => this.start() }),
      button({ id: `${id}-pause`, label: t("run.pause"), onClick: () => this.pause() }),
      button({ id: `${id}-stop`, label: t("run.stop"), onClick: () => this.stop() }),
    );
    this.status = createStatus({ id: `${id}-status` });
    this.querySelector("[data-status]")!.replaceWith(this.status.element);
    const [start, pause, stop] = ["start", "pause", "stop"].map((a) =>
      this.querySelector<HTMLButtonElement>(`#${id}-${a}`)!,
    );
    this.job = new JobController({ start, pause, stop }, () => this.inputs);
    this.onCleanup(() => this.job.dispose());
    this.updateText();
  }

  private start(): void {
    if (jobActive(this.view) || this.job.active) return;
    this.state.flush();
    const { scale, trials: n, seed } = this.state.values;
    const s = scale as Scale;
    const base = presetSpec("hyperparameter-search", s, { seed, trials: n });
    const trials = sampleTrials(base, PRESET.search![s], n, seed);
    this.points = trials.map((x, index) => ({ index, params: x.params }));
    const view = new SearchView(
      seed,
      trials.map((x) => x.spec.label ?? ""),
    );
    view.phase = "loading";
    this.view = view;
    const started = performance.now();
    this.job.run(
      trials.map((x) => x.spec),
      view.callbacks(
        started,
        (urgent) => {
          this.updateText();
          // Progress changes only the text; the scatter grows as trials end.
          if (urgent) this.redraw(view.phase !== "running");
        },
        (index, result) => (this.points[index].result = result),
      ),
    );
    this.updateText();
    this.redraw(true);
  }

  /** One button: Pause while running, Resume while paused. */
  private pause(): void {
    const view = this.view;
    if (!view || !jobActive(this.view)) return;
    if (view.phase === "paused") {
      this.job.resume();
      view.phase = "running";
    } else {
      this.job.pause();
      view.phase = "paused";
    }
    this.updateText();
  }

  private stop(): void {
    if (!jobActive(this.view)) return;
    this.view!.stopped = true;
    this.job.stop();
  }

  private updateText(): void {
    const view = this.view;
    this.job.showProgress(this, view, this.status);
    this.setAttribute("data-done", String(view?.done ?? 0));
    const identity = this.querySelector<HTMLElement>("[data-identity]")!;
    identity.textContent = view ? view.identity() : t("run.identity.pending", { seed: this.state.values.seed });
    identity.toggleAttribute("data-final", view?.phase === "done");
    if (view) showSummary(this.querySelector<HTMLElement>("[data-summary]")!, view.summary());
  }

  /** Redraws the charts (several trials finishing at once give one redraw). */
  private redraw(now = false): void {
    this.job.redraw(() => this.requestRender(), now);
  }

  protected render(): void {
    const width = this.chartWidth;
    const scale = this.state.values.scale as Scale;
    const done = this.points.filter((x) => x.result);
    const best = bestTrials(this.points, BEST_K);
    const bestText = best[0]
      ? t("hp.search.trialLine", {
          rank: 1,
          label: this.view?.trials[best[0].index].label ?? "",
          val: formatPercent(finalValidation(best[0].result!)),
        })
      : "–";
    const scatter = trialScatter(
      this.points,
      PRESET.search![scale],
      {
        title: t("hp.search.scatterTitle"),
        x: t("hp.search.lr"),
        y: t("hp.search.wd"),
        color: t("hp.search.val"),
        caption: done.length
          ? t("hp.search.scatterCaption", { done: done.length, total: this.points.length, best: bestText })
          : t("hp.search.scatterEmpty"),
      },
      { width },
    );
    this.showChart(scatter);
    this.chartSlot.setAttribute("data-points", String(done.length));
    const multiples = this.querySelector<HTMLElement>("[data-multiples]")!;
    if (best.length === 0) {
      multiples.replaceChildren();
      return;
    }
    const list = best
      .map((trial, i) =>
        t("hp.search.trialLine", {
          rank: i + 1,
          label: this.view?.trials[trial.index].label ?? "",
          val: formatPercent(finalValidation(trial.result!)),
        }),
      )
      .join("; ");
    multiples.replaceChildren(
      bestMultiples(
        best,
        {
          title: t("hp.search.multiplesTitle", { k: best.length }),
          caption: t("hp.search.multiplesCaption", { k: best.length, list }),
          panel: (rank) => t("hp.search.best", { rank }),
          epoch: t("run.chart.epoch"),
          accuracy: t("run.chart.accuracyAxis"),
        },
        { width },
      ).element,
    );
  }
}

defineWidget("kobai-search-explorer", SearchExplorer);
