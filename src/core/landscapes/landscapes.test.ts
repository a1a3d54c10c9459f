// Each landscape's value and analytic gradient against PyTorch autograd, and its documented
// minimum and critical points.
import { describe, expect, it } from "vitest";
import { expectClose } from "../testing/fixtures";
import { fixture } from "../optim/testing";
import {
  landscapes,
  bookBowl,
  rosenbrock,
  saddle,
  tiltedBowl,
  twoWells,
  makeRosenbrock,
  makeTiltedBowl,
  type Landscape,
} from "./index";

const byId = Object.fromEntries(landscapes.map((l) => [l.id, l]));

/** Central differences, to check gradients of landscapes the fixture does not hold. */
function numericalGradient(l: Landscape, x: number, y: number, h = 1e-5): [number, number] {
  return [(l.value(x + h, y) - l.value(x - h, y)) / (2 * h), (l.value(x, y + h) - l.value(x, y - h)) / (2 * h)];
}

describe("landscapes", () => {
  it("are the five documented ones, with unique ids", () => {
    expect(landscapes.map((l) => l.id)).toEqual(["book", "rosenbrock", "saddle", "tilted", "wells"]);
    expect(Object.keys(fixture.landscapes).sort()).toEqual(["book", "rosenbrock", "saddle", "tilted", "wells"]);
  });

  for (const [id, samples] of Object.entries(fixture.landscapes)) {
    it(`${id}: value and gradient equal torch autograd at ${samples.length} points`, () => {
      const l = byId[id];
      for (const { point, value, gradient } of samples) {
        expectClose(l.value(...point), value, 1e-12, `f${JSON.stringify(point)}`);
        expectClose(l.gradient(...point), gradient, 1e-12, `∇f${JSON.stringify(point)}`);
      }
    });
  }

  for (const l of landscapes) {
    it(`${l.id}: the start lies in the view, ∇f = 0 at each critical point, the minimum is the lowest`, () => {
      expect(l.start[0]).toBeGreaterThan(l.view.x[0]);
      expect(l.start[0]).toBeLessThan(l.view.x[1]);
      expect(l.start[1]).toBeGreaterThan(l.view.y[0]);
      expect(l.start[1]).toBeLessThan(l.view.y[1]);
      for (const c of l.criticalPoints) {
        expectClose(l.gradient(...c.point), [0, 0], 1e-12, `∇f at the ${c.kind}`);
        expectClose(l.value(...c.point), c.value, 1e-12, `f at the ${c.kind}`);
      }
      if (l.minimum) {
        expect(l.criticalPoints).toContain(l.minimum);
        for (const c of l.criticalPoints) expect(c.value).toBeGreaterThanOrEqual(l.minimum.value);
      }
    });
  }

  it("the book's bowl is the book's (start (−7, 2), ∇ = (x/10, 2y))", () => {
    expect(bookBowl.start).toEqual([-7, 2]);
    expectClose(bookBowl.value(-7, 2), 6.45, 1e-15);
    expectClose(bookBowl.gradient(-7, 2), [-0.7, 4], 1e-15);
    expectClose(rosenbrock.gradient(-1.2, 1), [-215.6, -88], 1e-12);
  });

  it("the saddle has no minimum and a critical point that is one", () => {
    expect(saddle.minimum).toBeNull();
    expect(saddle.criticalPoints.map((c) => c.kind)).toEqual(["saddle"]);
    expect(saddle.value(0, 1)).toBeLessThan(0);
    expect(saddle.value(1, 0)).toBeGreaterThan(0);
  });

  it("the wells' critical points are the ones PyTorch's Newton iteration found", () => {
    expect(twoWells.criticalPoints.map(({ kind }) => kind)).toEqual(
      fixture.wellsCriticalPoints.map(({ kind }) => kind),
    );
    twoWells.criticalPoints.forEach((c, i) => {
      expectClose(c.point, fixture.wellsCriticalPoints[i].point, 1e-12, c.kind);
      expectClose(c.value, fixture.wellsCriticalPoints[i].value, 1e-12, c.kind);
    });
    expect(twoWells.minimum?.kind).toBe("global minimum");
    // A local minimum: every nearby point is higher, yet it is not the lowest.
    const [, local] = twoWells.criticalPoints;
    for (let a = 0; a < 8; a++) {
      const [x, y] = [local.point[0] + 0.05 * Math.cos(a), local.point[1] + 0.05 * Math.sin(a)];
      expect(twoWells.value(x, y)).toBeGreaterThan(local.value);
    }
    expect(local.value).toBeGreaterThan(twoWells.minimum!.value);
  });

  it("makeTiltedBowl(0) is the book's bowl; other angles rotate it (gradient checked numerically)", () => {
    const flat = makeTiltedBowl(0);
    expectClose(flat.value(-7, 2), bookBowl.value(-7, 2), 1e-15);
    expectClose(flat.gradient(3, -1), bookBowl.gradient(3, -1), 1e-15);
    const steep = makeTiltedBowl(75);
    for (const [x, y] of [
      [1, 2],
      [-3, 0.5],
      [4, -4],
    ] as const)
      expectClose(steep.gradient(x, y), numericalGradient(steep, x, y), 1e-8);
    // Rotating by 30° carries the bowl's long axis onto the direction (cos 30°, sin 30°).
    const along = [Math.cos(Math.PI / 6), Math.sin(Math.PI / 6)];
    expectClose(tiltedBowl.value(along[0], along[1]), 1 / 20, 1e-15);
    expectClose(tiltedBowl.value(-along[1], along[0]), 1, 1e-15);
  });

  it("makeRosenbrock(a, b) has its minimum at (a, a²)", () => {
    const r = makeRosenbrock(2, 10);
    expect(r.minimum!.point).toEqual([2, 4]);
    expectClose(r.gradient(2, 4), [0, 0], 1e-15);
    for (const [x, y] of [
      [0, 0],
      [1.5, -0.5],
    ] as const)
      expectClose(r.gradient(x, y), numericalGradient(r, x, y), 1e-8);
  });

  it("bad factory arguments are named", () => {
    expect(() => makeRosenbrock(1, 0)).toThrow(/makeRosenbrock: .*b = 0/);
    expect(() => makeTiltedBowl(Number.NaN)).toThrow(/makeTiltedBowl: the angle/);
  });
});
