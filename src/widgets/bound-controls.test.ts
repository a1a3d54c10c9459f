import { describe, expect, it } from "vitest";
import { boundControls } from "./bound-controls";
import { bindUrlState, type Schema, type UrlStateEnv } from "./url-state";
import { buildDocument } from "../plot/testing";

const document = buildDocument();

const schema = {
  lr: { type: "number", default: 0.1, min: 0.001, max: 10 },
  steps: { type: "number", default: 30, min: 1, max: 1000, integer: true },
  kind: { type: "enum", default: "cosine", options: ["step", "cosine"] },
  smooth: { type: "boolean", default: false },
} satisfies Schema;

/** A URL that never writes (the debounce never fires): the state's values are what is checked. */
function boundTo(search: string) {
  const env: UrlStateEnv = {
    location: { search, pathname: "/", hash: "" },
    history: { state: null, replaceState: () => {} },
    setTimeout: () => 0,
    clearTimeout: () => {},
  };
  const state = bindUrlState("w", schema, { env });
  const changed: string[] = [];
  const c = boundControls(state, "w", (key) => changed.push(key), { document });
  return { state, changed, c };
}

const fire = (el: Element, type: string) => el.dispatchEvent(new document.defaultView!.Event(type));

describe("boundControls", () => {
  it("starts each control at its setting's value, with the schema's range, and ids <widget>-<key>", () => {
    const { c } = boundTo("?w.w.lr=0.5&w.w.kind=step");
    const lr = c.slider("lr", { label: "η", step: 0.01, log: true });
    expect(lr.value).toBe(0.5);
    expect(lr.input.id).toBe("w-lr");
    expect([lr.input.getAttribute("min"), lr.input.getAttribute("max")]).toEqual(["-3", "1"]);
    const kind = c.segmented("kind", { label: "schedule", optionLabel: (k) => k.toUpperCase() });
    expect(kind.value).toBe("step");
    expect(Array.from(kind.root.querySelectorAll("label"), (l) => l.textContent)).toEqual(["STEP", "COSINE"]);
    expect(c.segmented("kind", { id: c.id("other"), label: "s", optionLabel: String }).root.id).toBe("w-other");
  });

  it("stores every change in the state, then calls back with the key", () => {
    const { state, changed, c } = boundTo("");
    const steps = c.slider("steps", { label: "steps", step: 1, log: true });
    steps.input.value = "1.5"; // 10^1.5 ≈ 31.6: an integer setting keeps 32, and shows it
    fire(steps.input, "input");
    expect(state.values.steps).toBe(32);
    expect(steps.output.textContent).toBe("32");
    const smooth = c.checkbox("smooth", { label: "smooth" });
    smooth.input.checked = true;
    fire(smooth.input, "change");
    expect(state.values.smooth).toBe(true);
    const number = c.numberInput("lr", { label: "η" });
    expect(number.input.getAttribute("step")).toBe("any");
    number.input.value = "20";
    fire(number.input, "change");
    expect(state.values.lr).toBe(0.1); // out of the schema's range: refused, the error line says why
    expect(number.error.element.hidden).toBe(false);
    number.input.value = "2";
    fire(number.input, "change");
    expect(state.values.lr).toBe(2);
    expect(changed).toEqual(["steps", "smooth", "lr"]);
  });
});
