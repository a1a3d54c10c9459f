import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { BOOK_INPUTS, ShoppingGraph, formatGraphNumber, graphOf } from "./shopping-graph";
import { graphSvg } from "./shopping-view";
import { chainRuleLines, graphStatus, graphTable, nodeDescription } from "./shopping-words";

const doc = () => parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;

describe("ShoppingGraph: stepping 図5-17", () => {
  it("forward fills every value; backward visits mulTax, add, mulOrange, mulApple in that order", () => {
    const g = new ShoppingGraph("fruit");
    expect(g.forwardDone).toBe(false);
    g.forward();
    expect(formatGraphNumber(g.values.total!)).toBe("715");
    expect(g.grads).toEqual({});
    const order: string[] = [];
    let step;
    while ((step = g.backwardOne())) order.push(step.op.id);
    expect(order).toEqual(["mulTax", "add", "mulOrange", "mulApple"]);
    expect(g.backwardDone).toBe(true);
    expect(g.backwardOne()).toBeUndefined();
    expect(g.grads.total).toBe(1);
  });

  it("each step's chain rule: upstream × local = gradient, e.g. 1.1 × 2 = 2.2 for the apple price", () => {
    const g = new ShoppingGraph("fruit");
    g.backwardAll();
    for (const step of g.steps)
      for (const term of step.terms) expect(term.gradient).toBeCloseTo(step.upstream * term.local, 12);
    const apple = g.steps[3];
    expect(chainRuleLines(apple)[0]).toBe(
      "∂L/∂(apple price) = ∂L/∂(apples' cost) · ∂(apples' cost)/∂(apple price) = 1.1 × 2 = 2.2",
    );
    expect(chainRuleLines(g.steps[1])[1]).toBe(
      "∂L/∂(oranges' cost) = ∂L/∂(before tax) · ∂(before tax)/∂(oranges' cost) = 1.1 × 1 = 1.1",
    );
  });

  it("new inputs recompute forward and replay the backward steps taken", () => {
    const g = new ShoppingGraph("fruit");
    g.forward();
    g.backwardOne();
    g.backwardOne();
    g.setInputs({ ...BOOK_INPUTS, tax: 1.2, appleCount: 4 });
    expect(g.steps).toHaveLength(2);
    expect(formatGraphNumber(g.values.total!)).toBe(formatGraphNumber((100 * 4 + 450) * 1.2));
    expect(g.grads.tax).toBe(850);
    expect(g.grads.applePrice).toBeUndefined(); // not reached yet
    const before = new ShoppingGraph("fruit");
    before.setInputs({ ...BOOK_INPUTS, tax: 2 }); // no forward yet: nothing to recompute
    expect(before.forwardDone).toBe(false);
    expect(() => g.setInputs({ ...BOOK_INPUTS, tax: Number.NaN })).toThrow(
      "ShoppingGraph: tax must be a finite number, got NaN",
    );
  });

  it("図5-16 has two nodes and three inputs", () => {
    expect(graphOf("apples").ops.map((o) => o.id)).toEqual(["mulApple", "mulTax"]);
    const g = new ShoppingGraph("apples");
    g.backwardAll();
    expect(g.valueIds).toEqual(["applePrice", "appleCount", "tax", "appleTotal", "total"]);
    expect(formatGraphNumber(g.grads.tax!)).toBe("200");
  });

  it("formats numbers to 6 significant digits with a real minus", () => {
    expect(formatGraphNumber(715.0000000000001)).toBe("715");
    expect(formatGraphNumber(-2.2000000000000002)).toBe("−2.2");
    expect(formatGraphNumber(1e-9)).toBe("1.000e−9");
  });
});

describe("shopping view: SVG, table and descriptions", () => {
  it("draws focusable nodes with descriptions, values above edges and gradients below", () => {
    const g = new ShoppingGraph("fruit");
    const idle = graphSvg(doc(), g);
    expect(idle.querySelectorAll("[data-node][tabindex='0']").length).toBe(5 + 4 + 1);
    expect(idle.querySelectorAll("[data-value]").length).toBe(0);
    g.forward();
    g.backwardOne();
    const svg = graphSvg(doc(), g, "mulTax");
    expect(svg.querySelectorAll("[data-value]").length).toBe(9);
    expect([...svg.querySelectorAll("[data-grad]")].map((e) => [e.getAttribute("data-grad"), e.textContent])).toEqual([
      ["tax", "650"],
      ["subtotal", "1.1"],
      ["total", "1"],
    ]);
    expect(svg.querySelector("[data-node='mulTax']")!.getAttribute("class")).toContain("bp-node--current");
    expect(svg.querySelector("[data-node='mulTax']")!.getAttribute("aria-label")).toBe(
      "Multiplication node: 650 × 1.1 = 715. Backward: ∂L/∂(before tax) = 1.1, ∂L/∂(tax) = 650.",
    );
    expect(nodeDescription(g, "applePrice")).toBe("Input apple price = 100. Backward has not reached this node yet.");
    expect(svg.textContent).not.toMatch(/NaN|undefined/);
  });

  it("the table lists every value with its gradient (— before it is known)", () => {
    const g = new ShoppingGraph("fruit");
    g.backwardAll();
    const table = graphTable(doc(), g);
    const rows = [...table.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ["apple price", "100", "2.2"],
      ["apples", "2", "110"],
      ["orange price", "150", "3.3"],
      ["oranges", "3", "165"],
      ["tax", "1.1", "650"],
      ["apples' cost", "200", "1.1"],
      ["oranges' cost", "450", "1.1"],
      ["before tax", "650", "1.1"],
      ["L", "715", "1"],
    ]);
    expect(graphTable(doc(), new ShoppingGraph("fruit")).querySelector("tbody td")!.textContent).toBe("—");
  });

  it("the status says where the stepper is", () => {
    const g = new ShoppingGraph("fruit");
    expect(graphStatus(g)).toMatch(/^Press Forward/);
    g.forward();
    expect(graphStatus(g)).toContain("L = 715");
    g.backwardOne();
    expect(graphStatus(g)).toBe("Backward at the multiplication node (1 of 4):");
    g.backwardAll();
    expect(graphStatus(g)).toMatch(/^Backward done/);
  });
});
