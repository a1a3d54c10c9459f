/**
 * "Share this view": one link that opens a chapter exactly as the sharer sees it.
 *
 *   /lessons/sgd/?w.sgd-bowl.lr=0.95&present=4#cell=by-hand:z…&cell=your-turn:z…
 *
 * - every widget's settings: already in the query (`w.<id>.<key>`, src/widgets/url-state.ts);
 * - the current section: `present=k` in walkthrough mode, else `at=<heading id>`;
 * - every edited cell: compressed into the hash (src/notebook/share.ts), which never
 *   reaches a server.
 * Training runs need nothing more: their seed is a widget setting, and the same seed and
 * settings give the same fingerprint.
 */
import { sharedCellsHash } from "../notebook/share";
import { PRESENT_PARAM } from "./navigation";

/** The query parameter naming the section being read outside walkthrough mode. */
export const AT_PARAM = "at";

/** Where the sharer is. */
export type SharedPlace = { present: number } | { at: string } | undefined;

/**
 * The link for a view (pure apart from compression).
 *
 * @example
 * await composeShareUrl("https://kobai.example/lessons/sgd/?w.b.lr=0.9#old", { present: 3 }, [{ id: "a", code: "show(1)" }]);
 * // "https://kobai.example/lessons/sgd/?w.b.lr=0.9&present=3#cell=a:z…"
 */
export async function composeShareUrl(
  href: string,
  place: SharedPlace,
  editedCells: readonly { id: string; code: string }[],
  options?: { compress?: boolean },
): Promise<string> {
  const url = new URL(href);
  url.searchParams.delete(PRESENT_PARAM);
  url.searchParams.delete(AT_PARAM);
  if (place && "present" in place) url.searchParams.set(PRESENT_PARAM, String(place.present));
  else if (place && place.at) url.searchParams.set(AT_PARAM, place.at);
  url.hash = editedCells.length > 0 ? await sharedCellsHash(editedCells, options) : "";
  return url.toString();
}

/**
 * The heading id a shared link asks to scroll to (reading mode).
 *
 * @example
 * sharedAnchor("https://kobai.example/lessons/sgd/?at=exercises"); // "exercises"
 */
export function sharedAnchor(href: string): string | undefined {
  const at = new URL(href).searchParams.get(AT_PARAM);
  return at && /^[\w-]+$/.test(at) ? at : undefined;
}
