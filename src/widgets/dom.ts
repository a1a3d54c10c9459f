/** The document widgets build into: the browser's, or one passed in (linkedom in tests). */
export function docOf(document?: Document): Document {
  const doc = document ?? (globalThis as { document?: Document }).document;
  if (!doc) throw new Error("widgets: no document; pass { document } when running outside a browser");
  return doc;
}

/** Creates an element with attributes and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string | number | boolean | undefined> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children) el.append(typeof child === "string" ? doc.createTextNode(child) : child);
  return el;
}
