import { describe, expect, it } from "vitest";
import { buildDocument } from "../shared/build";
import { droppedUnits, netState, SIZES } from "./dropout-net";
import { drawNet } from "./net-element";

describe("the dropout network's drawing (built into the page before any script runs)", () => {
  it("draws every unit, crosses out exactly the core's dropped units and names the factor", () => {
    const state = netState({ seed: 0, p: 0.5, inverted: true, step: 1 });
    const figure = drawNet(buildDocument(), state, 640);
    const units = figure.querySelectorAll(".dropnet__unit");
    expect(units.length).toBe(SIZES.reduce((a, b) => a + b, 0));
    const crossed = figure.querySelectorAll(".dropnet__unit--dropped");
    expect(crossed.length).toBe(droppedUnits(state).flat().length);
    expect(crossed.length).toBeGreaterThan(0);
    expect(figure.querySelector(".dropnet__scale")!.textContent).toBe("Kept units × 2");
    expect(figure.querySelector("svg")!.getAttribute("role")).toBe("img");
    expect(figure.outerHTML).not.toMatch(/NaN/);
  });

  it("at inference nothing is crossed out and the book's form scales by 1 − p", () => {
    const state = netState({ seed: 0, p: 0.2, inverted: false, step: 1, training: false });
    const figure = drawNet(buildDocument(), state, 390);
    expect(figure.querySelectorAll(".dropnet__unit--dropped").length).toBe(0);
    expect(figure.querySelector(".dropnet__scale")!.textContent).toBe("Kept units × 0.8");
  });
});
