/**
 * Merges per-area string tables into one, refusing duplicate keys: two helpers defining
 * "cell.run" differently would otherwise silently override one another.
 */

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/**
 * Merge string tables; throws if a key appears in more than one table.
 * @example
 * const all = mergeStrings({ "a.x": "X" }, { "b.y": "Y" });
 * all["b.y"]; // "Y"
 */
export function mergeStrings<T extends Record<string, string>[]>(...tables: T): UnionToIntersection<T[number]> {
  const merged: Record<string, string> = {};
  for (const table of tables) {
    for (const [key, value] of Object.entries(table)) {
      if (key in merged) {
        throw new Error(`i18n: the key "${key}" is defined in two string modules; rename one of them`);
      }
      merged[key] = value;
    }
  }
  return merged as UnionToIntersection<T[number]>;
}
