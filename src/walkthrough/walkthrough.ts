/**
 * Walkthrough mode on a chapter page: one section at a time, full screen, large type,
 * moved with the keyboard or a presentation clicker, its section number in the URL.
 *
 * The controls live in components/Walkthrough.astro; the rules (keys, URL, clamping) in
 * navigation.ts, the stopwatch in timer.ts. This file only touches the DOM.
 */
import { t } from "../i18n";
import {
  actionForKey,
  clampSection,
  progressFraction,
  sectionFromUrl,
  step,
  urlForSection,
  type KeyTarget,
  type NavAction,
} from "./navigation";
import { collectSections, type PageSection } from "./sections";
import { elapsedMs, formatClock, idleTimer, isOverTime, pauseTimer, startTimer, type TimerState } from "./timer";
import { suggestedMinutes } from "./facilitator/match";
import type { FacilitatorGuide } from "./facilitator/types";

const ACTIVE_CLASS = "wt-on";
const HIDDEN_ATTR = "data-wt-hidden";

/** Where focus is, for actionForKey: typing, adjusting a control, or the page. */
function keyTarget(target: EventTarget | null): KeyTarget {
  if (!(target instanceof HTMLElement)) return "page";
  if (target.isContentEditable || target.closest(".cm-editor")) return "text";
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return "text";
  if (target instanceof HTMLInputElement) {
    return ["range", "checkbox", "radio", "button", "submit", "reset", "color"].includes(target.type)
      ? "control"
      : "text";
  }
  if (target.closest("button, a[href], summary, [role=slider], [role=button], [role=tab]")) return "control";
  return "page";
}

export interface WalkthroughHooks {
  /** Called whenever a section shows (progress tracking). */
  onSection?(k: number, count: number, section: PageSection): void;
}

export class Walkthrough {
  readonly sections: PageSection[];
  private current = 1;
  private active = false;
  private enteredFullscreen = false;
  private readonly timers = new Map<number, TimerState>();
  private readonly minutes: (number | undefined)[];
  private tick: number | undefined;

  constructor(
    private readonly bar: HTMLElement,
    private readonly announcer: HTMLElement,
    private readonly guide: FacilitatorGuide | undefined,
    private readonly hooks: WalkthroughHooks = {},
  ) {
    const prose = document.querySelector<HTMLElement>(".lesson .prose");
    const title = document.querySelector<HTMLElement>(".lesson-header h1");
    if (!prose || !title) throw new Error("walkthrough: this page has no .lesson .prose or chapter title");
    this.sections = collectSections(prose, title);
    this.minutes = guide
      ? suggestedMinutes(
          guide,
          this.sections.map((s, i) => (i === 0 ? "opening" : s.title)),
        )
      : this.sections.map(() => undefined);

    this.part("previous").addEventListener("click", () => this.go(this.current - 1));
    this.part("next").addEventListener("click", () => this.go(this.current + 1));
    this.part("exit").addEventListener("click", () => this.exit());
    this.part("timer-toggle").addEventListener("click", () => this.toggleTimer());
    this.part("timer-reset").addEventListener("click", () => this.resetTimer());
    document.addEventListener("keydown", (event) => this.onKey(event));
    document.addEventListener("fullscreenchange", () => {
      // The browser's own Escape leaves full screen without a keydown: leave with it.
      if (!document.fullscreenElement && this.enteredFullscreen && this.active) this.exit();
    });
  }

  get count(): number {
    return this.sections.length;
  }

  get section(): number {
    return this.current;
  }

  get isActive(): boolean {
    return this.active;
  }

  /** Opens walkthrough mode at section k; asks for full screen when a click started it. */
  enter(k: number, { fullscreen = false } = {}): void {
    if (!this.active) {
      this.active = true;
      document.documentElement.classList.add(ACTIVE_CLASS);
      this.bar.hidden = false;
      if (fullscreen && document.fullscreenEnabled) {
        document.documentElement.requestFullscreen().then(
          () => (this.enteredFullscreen = true),
          () => (this.enteredFullscreen = false), // refused: the full-viewport layout still applies
        );
      }
      this.tick = window.setInterval(() => this.renderTimer(), 1000);
    }
    this.go(k);
  }

  /** Shows section k (clamped), updates the URL, focus and the announcement. */
  go(k: number): void {
    if (!this.active) return;
    const previous = this.current;
    this.current = clampSection(k, this.count);
    if (previous !== this.current) this.pauseSection(previous);
    this.sections.forEach((section, i) => {
      const visible = i + 1 === this.current;
      for (const node of section.nodes) node.toggleAttribute(HIDDEN_ATTR, !visible);
    });
    document.querySelector(".lesson-header")?.toggleAttribute(HIDDEN_ATTR, this.current !== 1);
    const section = this.sections[this.current - 1];
    history.replaceState(history.state, "", urlForSection(location.href, this.current));

    const position = t("walkthrough.position", { k: this.current, n: this.count });
    this.part("position").textContent = position;
    const meter = this.part("meter");
    meter.setAttribute("aria-valuenow", String(this.current));
    meter.setAttribute("aria-valuemax", String(this.count));
    meter.setAttribute("aria-valuetext", position);
    this.part("meter-fill").style.width = `${progressFraction(this.current, this.count) * 100}%`;
    (this.part("previous") as HTMLButtonElement).disabled = this.current === 1;
    (this.part("next") as HTMLButtonElement).disabled = this.current === this.count;
    this.renderTimer();

    window.scrollTo({ top: 0 });
    if (!section.heading.hasAttribute("tabindex")) section.heading.setAttribute("tabindex", "-1");
    section.heading.focus({ preventScroll: true });
    this.announcer.textContent = t("walkthrough.announce", { k: this.current, n: this.count, title: section.title });
    // Widgets that size themselves to their box redraw at the new size.
    window.dispatchEvent(new Event("resize"));
    this.hooks.onSection?.(this.current, this.count, section);
  }

  exit(): void {
    if (!this.active) return;
    this.active = false;
    this.pauseSection(this.current);
    window.clearInterval(this.tick);
    document.documentElement.classList.remove(ACTIVE_CLASS);
    for (const node of document.querySelectorAll(`[${HIDDEN_ATTR}]`)) node.removeAttribute(HIDDEN_ATTR);
    this.bar.hidden = true;
    history.replaceState(history.state, "", urlForSection(location.href, undefined));
    if (document.fullscreenElement && this.enteredFullscreen) void document.exitFullscreen().catch(() => undefined);
    this.enteredFullscreen = false;
    const section = this.sections[this.current - 1];
    section.heading.scrollIntoView({ block: "start" });
    this.announcer.textContent = t("walkthrough.left");
    window.dispatchEvent(new Event("resize"));
    document.querySelector<HTMLElement>("[data-action=present]")?.focus({ preventScroll: true });
  }

  /** Opens walkthrough mode if the URL asks for it (`?present=k` or `#present-k`). */
  openFromUrl(): void {
    const k = sectionFromUrl(location.href);
    if (k !== undefined) this.enter(k);
  }

  private onKey(event: KeyboardEvent): void {
    if (!this.active || event.defaultPrevented) return;
    const action: NavAction | undefined = actionForKey(event, keyTarget(event.target));
    if (!action) return;
    event.preventDefault();
    if (action === "exit") this.exit();
    else this.go(step(this.current, action, this.count));
  }

  // ── the timer ───────────────────────────────────────────────────────────────

  private timerOf(k: number): TimerState {
    return this.timers.get(k) ?? idleTimer();
  }

  private toggleTimer(): void {
    const state = this.timerOf(this.current);
    const now = performance.now();
    this.timers.set(this.current, state.startedAt === undefined ? startTimer(state, now) : pauseTimer(state, now));
    this.renderTimer();
  }

  private resetTimer(): void {
    this.timers.set(this.current, idleTimer());
    this.renderTimer();
  }

  private pauseSection(k: number): void {
    this.timers.set(k, pauseTimer(this.timerOf(k), performance.now()));
  }

  private renderTimer(): void {
    const state = this.timerOf(this.current);
    const ms = elapsedMs(state, performance.now());
    const minutes = this.minutes[this.current - 1];
    const elapsed = formatClock(ms);
    const over = isOverTime(ms, minutes);
    const text =
      minutes === undefined
        ? t("walkthrough.timerElapsedOnly", { elapsed })
        : t(over ? "walkthrough.timerOver" : "walkthrough.timerElapsed", {
            elapsed,
            suggested: formatClock(minutes * 60_000),
          });
    const clock = this.part("timer");
    clock.textContent = text;
    clock.toggleAttribute("data-over", over);
    const toggle = this.part("timer-toggle");
    const running = state.startedAt !== undefined;
    toggle.setAttribute("aria-pressed", String(running));
    toggle.textContent = t(running ? "walkthrough.timerPause" : "walkthrough.timerStart");
    const note = this.bar.ownerDocument.querySelector<HTMLElement>("[data-guide-section]");
    if (note) note.textContent = minutes === undefined ? "" : t("facilitator.thisSection", { minutes });
  }

  private part(name: string): HTMLElement {
    const element = this.bar.querySelector<HTMLElement>(`[data-wt="${name}"]`);
    if (!element) throw new Error(`walkthrough: the bar has no [data-wt="${name}"]`);
    return element;
  }
}
