/**
 * Fills `{name}` placeholders in a UI string that the server rendered into the page (from
 * `t()`), so small page scripts need not bundle the whole string table.
 *
 * @example
 * fill("Continue: {chapter} — {section}", { chapter: "SGD", section: "Exercises" });
 * // "Continue: SGD — Exercises"
 */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    params[name] === undefined ? match : String(params[name]),
  );
}
