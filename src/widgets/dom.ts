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

/** A cell of `table()`: its content, or its content with the cell's attributes (a class, a data- flag). */
export type TableCell = Node | string | { content: (Node | string)[]; attrs: Record<string, string> };

/**
 * A `<table>` with a caption, a header row of column headings (`scope="col"`) and one row per
 * entry: the widgets' tables of numbers, which are also their charts' text alternatives.
 * A row's first cell can be a row heading (`rowHeadings: true`).
 */
export function table(
  doc: Document,
  spec: {
    caption: string;
    attrs?: Record<string, string>;
    columns: string[];
    rows: TableCell[][];
    rowHeadings?: boolean;
    rowAttrs?: (index: number) => Record<string, string>;
  },
): HTMLTableElement {
  const cell = (tag: "td" | "th", value: TableCell, attrs: Record<string, string> = {}) =>
    typeof value === "object" && "content" in value
      ? h(doc, tag, { ...attrs, ...value.attrs }, ...value.content)
      : h(doc, tag, attrs, value);
  const head = h(doc, "tr", {}, ...spec.columns.map((text) => h(doc, "th", { scope: "col" }, text)));
  const body = h(
    doc,
    "tbody",
    {},
    ...spec.rows.map((row, index) =>
      h(
        doc,
        "tr",
        spec.rowAttrs?.(index) ?? {},
        ...row.map((value, column) =>
          spec.rowHeadings && column === 0 ? cell("th", value, { scope: "row" }) : cell("td", value),
        ),
      ),
    ),
  );
  return h(doc, "table", spec.attrs ?? {}, h(doc, "caption", {}, spec.caption), h(doc, "thead", {}, head), body);
}

type Listeners = { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };

/**
 * Adds several listeners to one target and returns what removes them all, so a widget
 * hands one function to `onCleanup` instead of listing every event twice.
 */
export function listen(target: EventTarget, listeners: Listeners): () => void {
  const entries = Object.entries(listeners) as [string, EventListener][];
  for (const [type, listener] of entries) target.addEventListener(type, listener);
  return () => {
    for (const [type, listener] of entries) target.removeEventListener(type, listener);
  };
}
