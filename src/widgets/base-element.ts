/**
 * KobaiWidget: the small base class of every widget's custom element. No framework.
 *
 * It reads the widget's config (a `<script type="application/json" data-config>` child
 * or a `data-config` attribute), watches the width of its chart slot (ResizeObserver) so
 * charts are drawn at the width they get, coalesces redraws into one animation frame,
 * swaps the build-time chart for a live one, and undoes everything on disconnect.
 *
 * @example
 * class BowlWidget extends KobaiWidget<{ lr: number }> {
 *   protected setup() { this.append(slider({ ... onInput: () => this.requestRender() }).root); }
 *   protected render() { this.showChart(contourWithPath({ width: this.chartWidth, ... })); }
 * }
 * defineWidget("kobai-bowl", BowlWidget);
 */
import { t } from "../i18n";
import type { ChartResult } from "../plot/figure";
import { boundControls } from "./bound-controls";
import { createProblemList, createStatus, type StatusLine } from "./status";
import { bindUrlState, type Schema, type UrlState } from "./url-state";
// The kit's styles travel with the first widget on a page (Astro bundles them with its script).
import "./widgets.css";

/** HTMLElement in a browser; a stand-in in Node so modules importing this load in tests. */
const ElementBase = (typeof HTMLElement === "undefined" ? class {} : HTMLElement) as typeof HTMLElement;

/**
 * Reads a widget's JSON config: a `<script type="application/json" data-config>` child
 * (preferred: no escaping trouble) or a `data-config` attribute; `{}` when there is none.
 * Throws an Error naming the problem when the JSON is malformed.
 */
export function readWidgetConfig(el: Element): unknown {
  const script = el.querySelector("script[type='application/json'][data-config]");
  const source = script ? (script.textContent ?? "") : el.getAttribute("data-config");
  if (source === null || source.trim() === "") return {};
  try {
    return JSON.parse(source);
  } catch (e) {
    throw new Error(`${el.tagName.toLowerCase()}: its config is not valid JSON (${(e as Error).message})`);
  }
}

export abstract class KobaiWidget<Config = Record<string, unknown>, S extends Schema = Schema> extends ElementBase {
  /** The parsed config (after `parseConfig`). */
  protected config!: Config;
  /** The widget's status line (id `<widgetId>-status`), made before `setup`; setup puts it where the widget wants it. */
  protected status!: StatusLine;
  /** The widget's settings in the URL (`bindState`, `bindControls`). */
  protected url!: UrlState<S>;
  /** The width charts should be drawn at (the chart slot's width), in CSS pixels. */
  protected chartWidth = 640;
  private cleanups: (() => void)[] = [];
  private frame: number | undefined;
  private started = false;
  /** Every problem the URL had, kept on show beside the status line (see `bindState`). */
  private urlProblems: HTMLElement | undefined;
  /** The URL bindings `bindState` made, so `reloadState` can drop their pending writes. */
  private urlStates: UrlState<Schema>[] = [];
  /** The markup the page was served with (config, build-time chart), for `reloadState`. */
  private served: Node[] | undefined;

  /** Checks and completes the raw JSON config; throw an Error naming a bad field. */
  protected parseConfig(raw: unknown): Config {
    return raw as Config;
  }

  /** Builds the controls, once, when the element is first connected. */
  protected abstract setup(): void;

  /** Draws from the current state. Called after setup, on resize and on `requestRender`. */
  protected abstract render(): void;

  /** The widget's id (for URL state and element ids): the element's id or data-widget-id. */
  get widgetId(): string {
    return this.id || this.getAttribute("data-widget-id") || this.tagName.toLowerCase();
  }

  /** Where the chart goes: the `[data-chart-slot]` descendant, or the element itself. */
  protected get chartSlot(): HTMLElement {
    return this.querySelector<HTMLElement>("[data-chart-slot]") ?? this;
  }

  /** Where controls go: the `[data-controls]` descendant, or the element itself. */
  protected get controlsSlot(): HTMLElement {
    return this.querySelector<HTMLElement>("[data-controls]") ?? this;
  }

  connectedCallback(): void {
    if (this.started) return;
    this.started = true;
    this.served ??= Array.from(this.childNodes, (node) => node.cloneNode(true));
    try {
      this.config = this.parseConfig(readWidgetConfig(this));
    } catch (e) {
      this.showFatal(t("widget.config.invalid", { message: (e as Error).message }));
      return;
    }
    this.status = createStatus({ id: `${this.widgetId}-status` });
    this.setup();
    this.placeUrlProblems();
    const slot = this.chartSlot;
    this.chartWidth = Math.round(slot.clientWidth) || this.chartWidth;
    if (typeof ResizeObserver !== "undefined") {
      const observer = new ResizeObserver((entries) => {
        const width = Math.round(entries[0]?.contentRect.width ?? 0);
        // Ignore sub-pixel jitter and hidden states (width 0).
        if (width > 0 && Math.abs(width - this.chartWidth) >= 4) {
          this.chartWidth = width;
          this.requestRender();
        }
      });
      observer.observe(slot);
      this.onCleanup(() => observer.disconnect());
    }
    this.requestRender();
  }

  disconnectedCallback(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    for (const fn of this.cleanups.splice(0)) fn();
    this.started = false;
    this.urlProblems?.remove();
    this.urlProblems = undefined;
  }

  /**
   * Binds the widget's settings to the URL (`?w.<id>.<key>=…`): the one way a widget reads
   * and writes its state. A pending write is flushed on disconnect, and EVERY value the URL
   * got wrong is listed in its own line beside the widget's status line, where it stays:
   * the status line changes with every step, so a problem written there would vanish.
   *
   * @example
   * this.url = this.bindState({ lr: { type: "number", default: 0.1, min: 0, max: 2 } });
   */
  protected bindState<S extends Schema>(schema: S): UrlState<S> {
    const state = bindUrlState(this.widgetId, schema);
    this.urlStates.push(state as unknown as UrlState<Schema>);
    this.onCleanup(() => state.flush());
    this.urlProblems?.remove();
    this.urlProblems = state.problems.length ? createProblemList(state.problems.map((p) => p.message)) : undefined;
    return state;
  }

  /**
   * Binds the settings to the URL (as `bindState`, into `url`) and returns controls bound to
   * them: each shows its setting, stores every change, then calls `onChange` (default: redraw).
   *
   * @example
   * const c = this.bindControls(scheduleSchema);
   * this.controlsSlot.append(c.slider("lr", { label: t("sched.lr"), step: 0.05 }).root);
   */
  protected bindControls(schema: S, onChange: (key: keyof S & string) => void = () => this.requestRender()) {
    this.url = this.bindState(schema);
    return boundControls(this.url, this.widgetId, onChange);
  }

  /**
   * Reads the settings from the URL again and rebuilds the widget in place: the live room's
   * follower calls it after the presenter changes a setting (src/room/follower-ui.ts), so
   * the page follows without a reload. The widget is set up anew from the markup the page
   * was served with, so no widget needs code of its own for this.
   */
  reloadState(): void {
    if (!this.started || !this.served) return;
    // The URL now holds newer values than any write still pending: drop those writes.
    for (const state of this.urlStates.splice(0)) state.dispose();
    this.disconnectedCallback();
    this.replaceChildren(...this.served.map((node) => node.cloneNode(true)));
    this.connectedCallback();
  }

  /** Puts the URL problems just after the status line (or first among the controls). */
  private placeUrlProblems(): void {
    const list = this.urlProblems;
    if (!list || list.isConnected) return;
    const status = this.querySelector(".kobai-status");
    if (status) status.after(list);
    else (this.querySelector("[data-controls]") ?? this).prepend(list);
  }

  /** The widget's `[data-action="…"]` button from its markup (Start, Pause, Resume, Stop…). */
  protected button(action: string): HTMLButtonElement {
    return this.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
  }

  /** Registers something to undo on disconnect (listeners, players, workers). */
  protected onCleanup(fn: () => void): void {
    this.cleanups.push(fn);
  }

  /** Asks for one `render()` in the next animation frame (many calls, one redraw). */
  protected requestRender(): void {
    if (this.frame !== undefined) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      this.render();
    });
  }

  /**
   * Puts a live chart in the chart slot, replacing the chart there: the first time, the
   * static `<figure class="kobai-chart">` that `Chart.astro` drew at build time.
   */
  protected showChart(chart: ChartResult): void {
    const slot = this.chartSlot;
    const existing = slot.querySelector(":scope > figure.kobai-chart") ?? slot.querySelector("figure.kobai-chart");
    if (existing) existing.replaceWith(chart.element);
    else slot.append(chart.element);
  }

  /** Replaces the widget's content with an error (bad config): never a blank widget. */
  protected showFatal(message: string): void {
    const p = document.createElement("p");
    p.className = "kobai-error";
    p.setAttribute("role", "alert");
    p.textContent = message;
    this.prepend(p);
  }
}

/**
 * Rebuilds the widgets with these ids from the URL (see `reloadState`); returns how many it found.
 *
 * @example
 * history.replaceState(history.state, "", "?w.sgd-bowl.steps=12");
 * reloadWidgets(["sgd-bowl"]); // 1
 */
export function reloadWidgets(ids: readonly string[], root: ParentNode = document): number {
  const wanted = new Set(ids);
  let found = 0;
  // Custom elements only; by shape rather than instanceof, so a second copy of this module
  // in another bundle chunk still finds them.
  for (const element of root.querySelectorAll<Element & Partial<KobaiWidget>>("*")) {
    if (!element.localName.includes("-") || typeof element.reloadState !== "function") continue;
    if (element.widgetId !== undefined && wanted.has(element.widgetId)) {
      element.reloadState();
      found++;
    }
  }
  return found;
}

/** Registers a widget element once (module re-evaluation in dev must not throw). */
export function defineWidget(name: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === "undefined" || customElements.get(name)) return;
  customElements.define(name, ctor);
}
