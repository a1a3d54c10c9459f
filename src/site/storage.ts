/**
 * The browser's localStorage, the one way the site reaches it (saved cell edits, reading
 * progress). Reading `window.localStorage` itself can throw (storage disabled, sandboxed
 * frames, some private modes): then there is no storage, and callers remember nothing
 * rather than break.
 */

/** The part of `Storage` the site uses; tests pass a Map-backed fake. */
export type KeyValueStore = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/**
 * localStorage, or null when the browser refuses it (or there is no window, as in Node).
 *
 * @example
 * const store = new ProgressStore(browserStorage());
 */
export function browserStorage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}
