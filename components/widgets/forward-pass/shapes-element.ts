/**
 * <kobai-shapes>: the batch size and each layer's weight shape as number inputs; the chain of
 * products X·W⁽¹⁾·W⁽²⁾·W⁽³⁾ multiplied by the core, each product's result shape, or the
 * core's message where the inner sizes disagree.
 */
import { t } from "../../../src/i18n";
import { KobaiWidget, button, numberInput } from "../../../src/widgets";
import { h } from "../../../src/widgets/dom";
import { BOOK_MNIST_SHAPES, MAX_SIZE, shapeChain } from "./shapes";
import { shapeListElement, shapeSummary } from "./shapes-view";

export class ShapesElement extends KobaiWidget {
  private batch = BOOK_MNIST_SHAPES.batch;
  private inputs = BOOK_MNIST_SHAPES.inputs;
  private layers: [number, number][] = BOOK_MNIST_SHAPES.layers.map(([a, b]) => [a, b]);

  protected setup(): void {
    const id = (s: string) => `${this.widgetId}-${s}`;
    const size = (key: string, label: string, value: number, set: (v: number) => void) =>
      numberInput({
        id: id(key),
        label,
        value,
        min: 1,
        max: MAX_SIZE,
        integer: true,
        step: 1,
        onChange: (v) => {
          set(v);
          this.requestRender();
        },
      });
    const batch = size("batch", t("shapes.batch"), this.batch, (v) => (this.batch = v));
    const inputs = size("inputs", t("shapes.inputs"), this.inputs, (v) => (this.inputs = v));
    const fields = this.layers.map(([rows, cols], i) => [
      size(`w${i + 1}-rows`, t("shapes.rows", { layer: i + 1 }), rows, (v) => (this.layers[i][0] = v)),
      size(`w${i + 1}-cols`, t("shapes.cols", { layer: i + 1 }), cols, (v) => (this.layers[i][1] = v)),
    ]);
    const load = (batchSize: number, layers: readonly [number, number][]) => () => {
      this.batch = batchSize;
      batch.set(batchSize);
      this.inputs = BOOK_MNIST_SHAPES.inputs;
      inputs.set(this.inputs);
      this.layers = layers.map(([a, b]) => [a, b]);
      fields.forEach(([r, c], i) => {
        r.set(this.layers[i][0]);
        c.set(this.layers[i][1]);
      });
      this.requestRender();
    };
    const presets = h(
      document,
      "div",
      { class: "shapes__presets", role: "group", "aria-label": t("shapes.presets") },
      button({ id: id("book"), label: t("shapes.preset.book"), onClick: load(100, BOOK_MNIST_SHAPES.layers) }),
      button({ id: id("one"), label: t("shapes.preset.one"), onClick: load(1, BOOK_MNIST_SHAPES.layers) }),
      button({
        id: id("swapped"),
        label: t("shapes.preset.swapped"),
        onClick: load(100, [
          [50, 784],
          [50, 100],
          [100, 10],
        ]),
      }),
    );
    const controls = this.querySelector<HTMLElement>("[data-controls]") ?? this;
    controls.append(
      presets,
      h(document, "div", { class: "shapes__x" }, batch.root, inputs.root),
      ...fields.map(([r, c], i) =>
        h(
          document,
          "fieldset",
          { class: "shapes__layer" },
          h(document, "legend", {}, t("shapes.layer", { layer: i + 1 })),
          r.root,
          c.root,
        ),
      ),
    );
    (this.querySelector<HTMLElement>("[data-status]") ?? this).append(this.status.element);
  }

  protected render(): void {
    const steps = shapeChain(this.batch, this.inputs, this.layers);
    this.querySelector("[data-shape-list]")?.replaceWith(shapeListElement(document, steps));
    const bad = steps.some((s) => s.error);
    this.status.set(shapeSummary(steps, this.batch), bad ? "warning" : "success");
  }
}
