/**
 * Step / play / pause / reset for widgets that animate an optimizer or a training run.
 *
 * Playing runs `step()` a number of times per animation frame, so the speed (steps per
 * second) holds at any frame rate; `step()` returns false to stop (the run finished or
 * diverged). A timeline scrubber (a range input over the computed steps) lets the reader
 * go back to any step.
 */
import { t } from "../i18n";
import { docOf, h } from "./dom";
import { button, slider, type Control } from "./controls";

/** At most this many steps in one frame, so a slow tab does not try to catch up all at once. */
export const MAX_STEPS_PER_FRAME = 50;

/**
 * How many whole steps are due after `elapsedMs` at `stepsPerSecond`, carrying the
 * fraction of a step over to the next frame.
 */
export function stepsDue(elapsedMs: number, stepsPerSecond: number, carry = 0): { steps: number; carry: number } {
  const exact = Math.max(0, elapsedMs) * (stepsPerSecond / 1000) + carry;
  const steps = Math.min(MAX_STEPS_PER_FRAME, Math.floor(exact));
  return { steps, carry: steps === MAX_STEPS_PER_FRAME ? 0 : exact - steps };
}

export interface PlayerState {
  playing: boolean;
  steps: number;
}

export interface PlayerOptions {
  /** Advances one step; return false to stop playing (finished, diverged). */
  step: () => boolean | void;
  /** Called after steps were taken or play/pause changed (redraw here, once per frame). */
  onChange?: (state: PlayerState) => void;
  /** Called by `reset()` to restore the starting state. */
  onReset?: () => void;
  stepsPerSecond?: number;
  /** Animation clock; the browser's requestAnimationFrame by default (tests pass fakes). */
  requestFrame?: (callback: (time: number) => void) => number;
  cancelFrame?: (handle: number) => void;
}

export interface Player {
  readonly playing: boolean;
  /** Steps taken since the last reset. */
  readonly steps: number;
  stepsPerSecond: number;
  play(): void;
  pause(): void;
  toggle(): void;
  /** One step (pauses first). */
  stepOnce(): void;
  reset(): void;
  dispose(): void;
}

/** Creates the loop; see `PlayerOptions`. */
export function createPlayer(options: PlayerOptions): Player {
  const requestFrame = options.requestFrame ?? ((cb) => globalThis.requestAnimationFrame(cb));
  const cancelFrame = options.cancelFrame ?? ((id) => globalThis.cancelAnimationFrame(id));
  let playing = false;
  let steps = 0;
  let frame: number | undefined;
  let last: number | undefined;
  let carry = 0;
  const notify = () => options.onChange?.({ playing, steps });

  const advance = (): boolean => {
    const more = options.step() !== false;
    steps++;
    return more;
  };
  const tick = (time: number) => {
    frame = undefined;
    if (!playing) return;
    const due = last === undefined ? { steps: 1, carry: 0 } : stepsDue(time - last, player.stepsPerSecond, carry);
    last = time;
    carry = due.carry;
    let more = true;
    for (let i = 0; i < due.steps && more; i++) more = advance();
    if (!more) playing = false;
    notify();
    if (playing) frame = requestFrame(tick);
  };

  const player: Player = {
    get playing() {
      return playing;
    },
    get steps() {
      return steps;
    },
    stepsPerSecond: options.stepsPerSecond ?? 10,
    play() {
      if (playing) return;
      playing = true;
      last = undefined;
      carry = 0;
      notify();
      frame = requestFrame(tick);
    },
    pause() {
      if (!playing) return;
      playing = false;
      if (frame !== undefined) cancelFrame(frame);
      frame = undefined;
      notify();
    },
    toggle() {
      if (playing) player.pause();
      else player.play();
    },
    stepOnce() {
      player.pause();
      advance();
      notify();
    },
    reset() {
      player.pause();
      steps = 0;
      options.onReset?.();
      notify();
    },
    dispose() {
      playing = false;
      if (frame !== undefined) cancelFrame(frame);
      frame = undefined;
    },
  };
  return player;
}

/**
 * The buttons and speed slider for a player: Play/Pause (one button whose label
 * follows the state), Step, Reset, Speed. `idPrefix` keeps ids unique on the page.
 */
export function playerControls(
  player: Player,
  options: { idPrefix: string; document?: Document; speed?: { min: number; max: number } },
): { root: HTMLElement; update: () => void } {
  const doc = docOf(options.document);
  const play = button({
    document: doc,
    label: t("widget.play"),
    onClick: () => player.toggle(),
    primary: true,
    id: `${options.idPrefix}-play`,
  });
  const step = button({ document: doc, label: t("widget.step"), onClick: () => player.stepOnce() });
  const reset = button({ document: doc, label: t("widget.reset"), onClick: () => player.reset() });
  const speed = slider({
    document: doc,
    id: `${options.idPrefix}-speed`,
    label: t("widget.speed"),
    min: options.speed?.min ?? 1,
    max: options.speed?.max ?? 60,
    step: 1,
    value: player.stepsPerSecond,
    onInput: (v) => {
      player.stepsPerSecond = v;
    },
  });
  const root = h(doc, "div", { class: "kobai-player" }, play, step, reset, speed.root);
  const update = () => {
    play.textContent = player.playing ? t("widget.pause") : t("widget.play");
  };
  update();
  return { root, update };
}

/**
 * A timeline: a range input over steps 0 … max, labelled, showing the current step. Call
 * `setMax` as more steps are computed.
 */
export function scrubber(options: {
  id: string;
  label?: string;
  max: number;
  value?: number;
  onInput: (step: number) => void;
  document?: Document;
}): Control<number> & { setMax(max: number): void; input: HTMLInputElement } {
  const control = slider({
    document: options.document,
    id: options.id,
    label: options.label ?? t("widget.timeline"),
    min: 0,
    max: Math.max(1, options.max),
    step: 1,
    value: options.value ?? 0,
    onInput: options.onInput,
    format: (v) => String(Math.round(v)),
  });
  return {
    ...control,
    get value() {
      return control.value;
    },
    setMax(max: number) {
      control.input.max = String(Math.max(1, max));
    },
  };
}
