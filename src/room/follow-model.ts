/**
 * Following the presenter, without a DOM: what a follower's page does with the room's view,
 * when a reader's own action steps away from it, and the counts the presenter sees.
 *
 * A follower is either following (each new view is applied at once) or has stepped away
 * (views are kept, not applied, until "back to the presenter" or Esc).
 */
import { PRESENT_PARAM } from "../walkthrough/navigation";
import { ROOM_PARAM, type Presence, type RoomView } from "./protocol";

/**
 * The place a page shows, as the room compares it: path, widget settings and shared cells,
 * without origin, walkthrough section or room code.
 *
 * @example
 * placeOf("https://kobai.example/lessons/sgd/?room=K7QX4M&w.b.lr=0.9&present=3#cell=a:z1");
 * // "/lessons/sgd/?w.b.lr=0.9#cell=a:z1"
 */
export function placeOf(href: string): string {
  const url = new URL(href);
  url.searchParams.delete(PRESENT_PARAM);
  url.searchParams.delete(ROOM_PARAM);
  const search = url.searchParams.toString();
  return `${url.pathname}${search ? `?${search}` : ""}${url.hash}`;
}

/** What a following page must do to show the presenter's view. */
export type FollowStep =
  | { kind: "stay" }
  | { kind: "section"; section: number }
  /**
   * Only widget settings differ: put `search` in the address bar, rebuild the widgets named
   * in `widgets` from it, and show `section`. No reload.
   */
  | { kind: "widgets"; search: string; widgets: string[]; section: number }
  /** Another chapter or shared cells: load the presenter's link. */
  | { kind: "load"; href: string };

/** The query parameters of a widget's settings: `w.<widgetId>.<key>` (src/widgets/url-state.ts). */
const WIDGET_PARAM = /^w\.([A-Za-z0-9_-]+)\./;

/** A place without its widget settings, to tell "only the widgets differ" apart. */
function withoutWidgets(place: string): string {
  const url = new URL(place, "https://place.invalid");
  for (const name of [...url.searchParams.keys()]) if (WIDGET_PARAM.test(name)) url.searchParams.delete(name);
  return placeOf(url.toString());
}

/**
 * The widgets whose settings differ between two query strings.
 *
 * @example
 * changedWidgets("?w.sgd-bowl.lr=0.5&w.adam-bowl.steps=9", "?w.sgd-bowl.lr=0.7&w.adam-bowl.steps=9"); // ["sgd-bowl"]
 */
export function changedWidgets(from: string, to: string): string[] {
  const settings = (search: string) => {
    const byWidget = new Map<string, string[]>();
    for (const [name, value] of new URLSearchParams(search)) {
      const id = WIDGET_PARAM.exec(name)?.[1];
      if (id) byWidget.set(id, [...(byWidget.get(id) ?? []), `${name}=${value}`].sort());
    }
    return byWidget;
  };
  const before = settings(from);
  const after = settings(to);
  const ids = new Set([...before.keys(), ...after.keys()]);
  return [...ids].filter((id) => (before.get(id) ?? []).join("&") !== (after.get(id) ?? []).join("&")).sort();
}

/**
 * The step from the page at `href` (in a room `code`) to the presenter's `view`. `cellsHash`
 * is the shared-cells hash this page was loaded with (the cells clear it from the address
 * bar once read, so the page remembers it).
 *
 * @example
 * followStep("https://k.example/lessons/sgd/?room=K7QX4M&present=2", 2, "", { place: "/lessons/sgd/", section: 4, revealed: [] }, "K7QX4M");
 * // { kind: "section", section: 4 }
 */
export function followStep(
  href: string,
  shownSection: number | undefined,
  cellsHash: string,
  view: RoomView,
  code: string,
): FollowStep {
  const here = placeOf(href.replace(/#.*$/, "")) + cellsHash;
  if (here !== view.place) {
    const target = new URL(view.place, href);
    target.searchParams.set(ROOM_PARAM, code);
    target.searchParams.set(PRESENT_PARAM, String(view.section));
    if (withoutWidgets(here) !== withoutWidgets(view.place)) return { kind: "load", href: target.toString() };
    const widgets = changedWidgets(new URL(href).search, target.search);
    return { kind: "widgets", search: target.search, widgets, section: view.section };
  }
  return shownSection === view.section ? { kind: "stay" } : { kind: "section", section: view.section };
}

/** Where a reader's action happened on a follower's page. */
export type Zone = "prose" | "prediction" | "walkthrough-bar" | "room" | "elsewhere";

/** A reader's own action, as the page reports it. */
export interface ReaderAction {
  type: "wheel" | "touchmove" | "keydown" | "pointerdown" | "input";
  zone: Zone;
  key?: string;
  /** Typing in a text field or code editor (typing moves nothing). */
  typing?: boolean;
}

const MOVING_KEYS = new Set([
  "ArrowUp",
  "ArrowDown",
  "ArrowLeft",
  "ArrowRight",
  "PageUp",
  "PageDown",
  "Home",
  "End",
  " ",
]);

/**
 * Whether an action steps away from the presenter: scrolling, moving through sections or
 * using a widget does; committing a prediction, the room's own controls and Tab do not.
 */
export function stepsAway(action: ReaderAction): boolean {
  if (action.zone === "room" || action.zone === "prediction") return false;
  switch (action.type) {
    case "wheel":
    case "touchmove":
      return true;
    case "keydown":
      return !action.typing && action.key !== undefined && MOVING_KEYS.has(action.key);
    case "pointerdown":
    case "input":
      return action.zone === "prose" || action.zone === "walkthrough-bar";
  }
}

/** How the group is doing, for the presenter: followers following and stepped away. */
export function presenceCounts(others: Iterable<Presence>): { following: number; away: number } {
  let following = 0;
  let away = 0;
  for (const presence of others) {
    if (presence.role !== "follower") continue;
    if (presence.following) following++;
    else away++;
  }
  return { following, away };
}

/** The group's predictions for one prompt: how many chose each option, and every sketch. */
export interface Tally {
  counts: number[];
  /** Followers who committed (a choice, a sketch, or both as the prompt asks). */
  committed: number;
  followers: number;
  sketches: string[];
}

/**
 * Tallies prompt `prompt` (its index on the page) with `optionCount` choices.
 *
 * @example
 * tally([{ role: "follower", following: true, predictions: { "0": { choice: 1 } } }], 0, 2);
 * // { counts: [0, 1], committed: 1, followers: 1, sketches: [] }
 */
export function tally(others: Iterable<Presence>, prompt: number, optionCount: number): Tally {
  const counts = Array.from({ length: optionCount }, () => 0);
  const sketches: string[] = [];
  let committed = 0;
  let followers = 0;
  for (const presence of others) {
    if (presence.role !== "follower") continue;
    followers++;
    const prediction = presence.predictions[String(prompt)];
    if (!prediction) continue;
    const chose = prediction.choice !== undefined && prediction.choice < optionCount;
    if (chose) counts[prediction.choice!]++;
    if (prediction.sketch) sketches.push(prediction.sketch);
    if (chose || prediction.sketch) committed++;
  }
  return { counts, committed, followers, sketches };
}
