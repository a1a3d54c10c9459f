/**
 * The per-section timer of walkthrough mode, as plain state: start, pause, reset, and
 * what to show against the facilitator guide's suggested minutes. Time comes in as an
 * argument (milliseconds), so the logic is tested without waiting.
 */

/** A stopwatch: time banked while paused, plus the running stretch since `startedAt`. */
export interface TimerState {
  bankedMs: number;
  startedAt: number | undefined;
}

/** A stopped timer at zero. @example idleTimer(); // { bankedMs: 0, startedAt: undefined } */
export function idleTimer(): TimerState {
  return { bankedMs: 0, startedAt: undefined };
}

/** Starts (or keeps running). @example startTimer(idleTimer(), 1000).startedAt; // 1000 */
export function startTimer(state: TimerState, now: number): TimerState {
  return state.startedAt === undefined ? { ...state, startedAt: now } : state;
}

/** Pauses, banking the running stretch. @example pauseTimer({ bankedMs: 0, startedAt: 0 }, 500).bankedMs; // 500 */
export function pauseTimer(state: TimerState, now: number): TimerState {
  if (state.startedAt === undefined) return state;
  return { bankedMs: state.bankedMs + Math.max(0, now - state.startedAt), startedAt: undefined };
}

/** Milliseconds on the clock. @example elapsedMs({ bankedMs: 1000, startedAt: 0 }, 500); // 1500 */
export function elapsedMs(state: TimerState, now: number): number {
  return state.bankedMs + (state.startedAt === undefined ? 0 : Math.max(0, now - state.startedAt));
}

/**
 * m:ss, as on a kitchen timer.
 *
 * @example
 * formatClock(75_400); // "1:15"
 */
export function formatClock(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/**
 * Whether the section has run past its suggested time.
 *
 * @example
 * isOverTime(6 * 60_000, 5); // true
 * isOverTime(6 * 60_000, undefined); // false
 */
export function isOverTime(ms: number, suggestedMinutes: number | undefined): boolean {
  return suggestedMinutes !== undefined && ms > suggestedMinutes * 60_000;
}
