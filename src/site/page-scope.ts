/**
 * Per-page state for components rendered at build time. Astro renders each page for one
 * Request, so a WeakMap keyed by the request gives every page its own scope (and lets the
 * scope be garbage-collected with the page).
 */

interface Scope {
  seen: Set<string>;
  counters: Map<string, number>;
}

const scopes = new WeakMap<object, Scope>();

function scopeOf(page: object): Scope {
  let scope = scopes.get(page);
  if (!scope) {
    scope = { seen: new Set(), counters: new Map() };
    scopes.set(page, scope);
  }
  return scope;
}

/**
 * True the first time `key` is seen on this page, false afterwards.
 * @example
 * const page = {};
 * isFirstUse(page, "term:learning-rate"); // true
 * isFirstUse(page, "term:learning-rate"); // false
 */
export function isFirstUse(page: object, key: string): boolean {
  const { seen } = scopeOf(page);
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
}

/**
 * A page-unique id such as "exercise-1", "exercise-2" for aria-labelledby and anchors.
 * @example
 * const page = {};
 * uniqueId(page, "exercise"); // "exercise-1"
 * uniqueId(page, "exercise"); // "exercise-2"
 */
export function uniqueId(page: object, prefix: string): string {
  const { counters } = scopeOf(page);
  const next = (counters.get(prefix) ?? 0) + 1;
  counters.set(prefix, next);
  return `${prefix}-${next}`;
}
