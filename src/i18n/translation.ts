/**
 * The shape of a translated string module: the same keys as its English module, each a
 * string. Optional while an edition is being written; `src/i18n/ja.test.ts` names every key
 * that is still missing, and every placeholder that does not match.
 */
export type Translation<English extends Record<string, string>> = { [Key in keyof English]?: string };
