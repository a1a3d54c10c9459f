import { describe, expect, it } from "vitest";
import {
  formatControlValue,
  numberInput,
  parseNumberInput,
  positionToValue,
  segmented,
  slider,
  valueToPosition,
} from "./controls";
import { createStatus } from "./status";
import { readWidgetConfig } from "./base-element";
import { buildDocument } from "../plot/testing";

const document = buildDocument();

describe("slider scale", () => {
  it("a log slider moves in powers of ten and reads back nice values", () => {
    const spec = { min: 1e-4, max: 10, step: 0.1, log: true };
    expect(valueToPosition(0.01, spec)).toBeCloseTo(-2, 12);
    expect(positionToValue(-2, spec)).toBe(0.01);
    expect(positionToValue(-1.3, spec)).toBe(0.0501);
    expect(positionToValue(5, spec)).toBe(10); // clamped
  });
  it("a linear slider snaps to its step without float noise", () => {
    const spec = { min: 0, max: 1, step: 0.05 };
    expect(positionToValue(0.3000000004, spec)).toBe(0.3);
    expect(valueToPosition(2, spec)).toBe(1);
  });
  it("formats values for display", () => {
    expect(formatControlValue(0.0001)).toBe("1.0e−4");
    expect(formatControlValue(0.123456)).toBe("0.1235");
    expect(formatControlValue(-3)).toBe("−3");
  });
});

describe("parseNumberInput", () => {
  it("accepts numbers in range and explains the rest", () => {
    expect(parseNumberInput(" 0.5 ", { min: 0, max: 1 })).toEqual({ ok: true, value: 0.5 });
    expect(parseNumberInput("−2")).toEqual({ ok: true, value: -2 });
    expect(parseNumberInput("abc")).toEqual({ ok: false, message: "Enter a number." });
    expect(parseNumberInput("", {})).toMatchObject({ ok: false });
    expect(parseNumberInput("3", { min: 0, max: 1 })).toEqual({ ok: false, message: "Enter a number from 0 to 1." });
    expect(parseNumberInput("2.5", { integer: true })).toMatchObject({ ok: false });
  });
});

describe("controls in a DOM (linkedom)", () => {
  it("a slider has a label for its input and shows its value", () => {
    const s = slider({
      document,
      id: "w-lr",
      label: "Learning rate",
      min: 1e-3,
      max: 1,
      step: 0.1,
      log: true,
      value: 0.1,
    });
    expect(s.root.querySelector("label")!.getAttribute("for")).toBe("w-lr");
    expect(s.input.getAttribute("type")).toBe("range");
    expect(s.output.textContent).toBe("0.1");
    expect(s.input.getAttribute("aria-valuetext")).toBe("0.1");
    s.set(0.01);
    expect(s.output.textContent).toBe("0.01");
    expect(() => slider({ document, id: "x", label: "x", min: 0, max: 1, step: 0.1, log: true, value: 1 })).toThrow(
      /min > 0/,
    );
  });

  it("a number input shows an error line for bad input and keeps the last good value", () => {
    const got: number[] = [];
    const n = numberInput({
      document,
      id: "w-steps",
      label: "Steps",
      value: 30,
      min: 1,
      max: 100,
      integer: true,
      onChange: (v) => got.push(v),
    });
    n.input.value = "500";
    n.input.dispatchEvent(new (document.defaultView as unknown as { Event: typeof Event }).Event("change"));
    expect(n.input.getAttribute("aria-invalid")).toBe("true");
    expect(n.error.element.textContent).toBe("Enter a number from 1 to 100.");
    expect(n.input.getAttribute("aria-describedby")).toBe("w-steps-error");
    expect(n.value).toBe(30);
    n.input.value = "50";
    n.input.dispatchEvent(new (document.defaultView as unknown as { Event: typeof Event }).Event("change"));
    expect(n.input.hasAttribute("aria-invalid")).toBe(false);
    expect(got).toEqual([50]);
  });

  it("a segmented toggle is a labelled radio group", () => {
    const s = segmented({
      document,
      id: "w-opt",
      label: "Optimizer",
      value: "sgd",
      options: [
        { value: "sgd", label: "SGD" },
        { value: "adam", label: "Adam" },
      ],
    });
    expect(s.root.tagName.toLowerCase()).toBe("fieldset");
    expect(s.root.querySelector("legend")!.textContent).toBe("Optimizer");
    const radios = s.root.querySelectorAll("input[type=radio]");
    expect(radios).toHaveLength(2);
    expect((radios[0] as HTMLInputElement).checked).toBe(true);
    s.set("adam");
    expect((radios[1] as HTMLInputElement).checked).toBe(true);
  });

  it("a status line is polite and hidden when empty", () => {
    const st = createStatus({ document });
    expect(st.element.getAttribute("role")).toBe("status");
    expect(st.element.getAttribute("aria-live")).toBe("polite");
    expect(st.element.hidden).toBe(true);
    st.set("diverged at step 12", "warning");
    expect(st.message).toBe("diverged at step 12");
    expect(st.element.getAttribute("data-tone")).toBe("warning");
  });

  it("reads a widget's config from a JSON script child or data-config, and names bad JSON", () => {
    const a = document.createElement("kobai-demo");
    a.innerHTML = `<script type="application/json" data-config>{"lr": 0.1}</script>`;
    expect(readWidgetConfig(a)).toEqual({ lr: 0.1 });
    const b = document.createElement("kobai-demo");
    b.setAttribute("data-config", '{"steps": 3}');
    expect(readWidgetConfig(b)).toEqual({ steps: 3 });
    expect(readWidgetConfig(document.createElement("kobai-demo"))).toEqual({});
    const c = document.createElement("kobai-demo");
    c.setAttribute("data-config", "{lr:");
    expect(() => readWidgetConfig(c)).toThrow(/kobai-demo: its config is not valid JSON/);
  });
});
