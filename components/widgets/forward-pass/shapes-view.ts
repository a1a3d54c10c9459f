/**
 * The shape lab's list of products, drawn from `shapeChain` steps with any document (the
 * page's, or linkedom's at build time, so the list reads before any script runs).
 */
import { t } from "../../../src/i18n";
import { h } from "../../../src/widgets/dom";
import { shapeText, type ShapeStep } from "./shapes";

/** An ordered list: one product per item, its result or the core's message. */
export function shapeListElement(doc: Document, steps: readonly ShapeStep[]): HTMLElement {
  return h(
    doc,
    "ol",
    { class: "shapes__list", "data-shape-list": "" },
    ...steps.map((step, i) => {
      const product = `(${shapeText(step.left)}) · (${shapeText(step.right)})`;
      return step.result
        ? h(
            doc,
            "li",
            { class: "shapes__ok", "data-ok": "" },
            t("shapes.product", { layer: i + 1, product, result: shapeText(step.result) }),
          )
        : h(
            doc,
            "li",
            { class: "shapes__bad", "data-error": "" },
            t("shapes.mismatch", { layer: i + 1, product }),
            " ",
            h(doc, "code", {}, step.error ?? ""),
          );
    }),
  );
}

/** The one-line summary under the list. */
export function shapeSummary(steps: readonly ShapeStep[], batch: number): string {
  const last = steps[steps.length - 1];
  if (!last) return "";
  if (last.error) return t("shapes.summaryBad", { layer: steps.length });
  return t("shapes.summaryOk", { batch, result: shapeText(last.result!) });
}
