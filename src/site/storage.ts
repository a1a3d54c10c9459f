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

/**
 * A Map-backed KeyValueStore, for tests and for code that runs without a browser; `entries`
 * is the map itself, to inspect or to plant damaged data in. `full: true` refuses every
 * write as a full localStorage does (QuotaExceededError).
 * @example const storage = memoryStorage(); new ProgressStore(storage); storage.entries.size // 0
 */
export function memoryStorage({ full = false } = {}): KeyValueStore & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => {
      if (full) throw new DOMException("the storage is full", "QuotaExceededError");
      entries.set(key, value);
    },
    removeItem: (key) => void entries.delete(key),
  };
}
