/**
 * What every widget's .astro file does at build time, once: check the id it was given
 * (WidgetFrame.astro does, for every widget) and get a document (linkedom's) to draw the
 * first picture into, the same chart code the element later runs in the browser.
 *
 * @example
 * const document = buildDocument();
 * const chart = drawLandscape(result, n, { document });
 */
import { parseHTML } from "linkedom";
import { WIDGET_ID } from "../../../src/widgets/url-state";

/** The id, checked; a bad one fails the build naming the component. */
export function checkWidgetId(component: string, id: string | undefined): string {
  if (!WIDGET_ID.test(id ?? ""))
    throw new Error(
      `<${component}>: id "${id}" must be letters, digits, - or _ (it names URL parameters and element ids)`,
    );
  return id!;
}

/** An empty HTML document for build-time drawing (charts, tables, SVG). */
export function buildDocument(): Document {
  return parseHTML("<!doctype html><html><head></head><body></body></html>").document as unknown as Document;
}
