/**
 * Saved edits: a reader loses nothing.
 *
 * Every keystroke in a cell is written to localStorage under the page path and the cell
 * id, together with a hash of the original code the edit started from. On the next visit
 * the edit comes back; if the chapter's starting code changed meanwhile, the cell says so
 * and lets the reader keep their version or take the new one. A cell whose code equals
 * its original has nothing saved.
 */
// The one small module, not all of "kobai": this runs on the page, whose bundle stays light.
import { fnv1a32Text } from "../core/data/checksum";
import { localeOfPath, localizePath } from "../i18n/locale";

/** What is stored for one edited cell. */
export interface SavedEdit {
  code: string;
  /** `hashText` of the original code when the edit was made. */
  originalHash: string;
  savedAt: number;
}

/** The subset of `Storage` used here (so tests can pass a Map-backed fake). */
export type { KeyValueStore } from "../site/storage";
import type { KeyValueStore } from "../site/storage";

/**
 * The storage key of a cell: `kobai:cell:<path>:<id>`, path without a trailing slash or
 * index.html, so /lessons/sgd, /lessons/sgd/ and /lessons/sgd/index.html share edits.
 *
 * @example
 * storageKey("/lessons/sgd/", "by-hand"); // "kobai:cell:/lessons/sgd:by-hand"
 */
export function storageKey(pathname: string, cellId: string): string {
  const path = pathname.replace(/index\.html$/, "").replace(/\/+$/, "") || "/";
  return `kobai:cell:${path}:${cellId}`;
}

/**
 * Cells that moved to another chapter or took a new id when a chapter was reorganised. An edit
 * saved under the old place still loads in the new one (in either edition, /ja/ included), so
 * moving a cell never loses a reader's work.
 */
export const MOVED_CELLS: readonly {
  from: readonly [path: string, id: string];
  to: readonly [path: string, id: string];
}[] = [{ from: ["/lessons/backpropagation", "bp-two-layer"], to: ["/lessons/two-layer-net", "tl-layer-by-layer"] }];

/**
 * The key a cell's edit was saved under before it moved, if it moved.
 * @example formerKey("/ja/lessons/two-layer-net/", "tl-layer-by-layer") // "kobai:cell:/ja/lessons/backpropagation:bp-two-layer"
 */
export function formerKey(pathname: string, cellId: string): string | undefined {
  // The move is the same in every edition: compare and answer in the page's own edition.
  const key = storageKey(pathname, cellId);
  const edition = localeOfPath(pathname);
  const moved = MOVED_CELLS.find(({ to }) => key === storageKey(localizePath(to[0], edition), to[1]));
  return moved && storageKey(localizePath(moved.from[0], edition), moved.from[1]);
}

/**
 * A short hash (32-bit FNV-1a, hex) that tells whether the original code changed.
 *
 * @example
 * hashText("show(1)") === hashText("show(1)"); // true
 * hashText("show(1)") === hashText("show(2)"); // false
 */
export function hashText(text: string): string {
  return fnv1a32Text(text); // kobai's FNV-1a, over the UTF-8 bytes
}

/**
 * Reads and writes one page's saved edits. Storage can be missing or full (private
 * browsing, quota): then nothing is saved and nothing breaks.
 *
 * @example
 * const store = new EditStore(localStorage, "/playground/");
 * store.save("a", "show(2)", "show(1)");
 * store.load("a")?.code; // "show(2)"
 */
export class EditStore {
  constructor(
    private readonly storage: KeyValueStore | null,
    private readonly pathname: string,
  ) {}

  load(cellId: string): SavedEdit | undefined {
    try {
      const former = formerKey(this.pathname, cellId);
      const text =
        this.storage?.getItem(storageKey(this.pathname, cellId)) ?? (former ? this.storage?.getItem(former) : null);
      if (!text) return undefined;
      const saved = JSON.parse(text) as Partial<SavedEdit>;
      if (typeof saved.code !== "string" || typeof saved.originalHash !== "string") return undefined;
      return { code: saved.code, originalHash: saved.originalHash, savedAt: Number(saved.savedAt) || 0 };
    } catch {
      return undefined;
    }
  }

  /** Saves `code` as the edit of a cell whose original is `original`; an unedited cell is removed. */
  save(cellId: string, code: string, original: string, now = Date.now()): boolean {
    if (code === original) return this.clear(cellId);
    try {
      const edit: SavedEdit = { code, originalHash: hashText(original), savedAt: now };
      this.storage?.setItem(storageKey(this.pathname, cellId), JSON.stringify(edit));
      return this.storage !== null;
    } catch {
      return false;
    }
  }

  clear(cellId: string): boolean {
    try {
      this.storage?.removeItem(storageKey(this.pathname, cellId));
      return true;
    } catch {
      return false;
    }
  }
}

/** What a cell shows when it starts, and which notice goes with it. */
export interface InitialState {
  code: string;
  /** "shared": viewing a share link; "changed": the original changed under a saved edit. */
  notice: "none" | "shared" | "changed";
}

/**
 * Decides a cell's starting code: shared code (from a link) first, then a saved edit,
 * then the original.
 *
 * @example
 * initialState("show(1)", { code: "show(2)", originalHash: hashText("show(1)"), savedAt: 0 });
 * // { code: "show(2)", notice: "none" }
 */
export function initialState(original: string, saved: SavedEdit | undefined, shared?: string): InitialState {
  if (shared !== undefined && shared !== (saved?.code ?? original)) return { code: shared, notice: "shared" };
  if (!saved) return { code: original, notice: "none" };
  return { code: saved.code, notice: saved.originalHash === hashText(original) ? "none" : "changed" };
}
