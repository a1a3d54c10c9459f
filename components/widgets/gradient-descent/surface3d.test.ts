import { describe, expect, it } from "vitest";
import { buildDocument } from "../shared/build";
import {
  DEFAULT_VIEW,
  HEIGHT,
  drapePath,
  normalizeView,
  project,
  rotateView,
  sampleSurface,
  surfaceFaces,
  toUnitBox,
  viewForKey,
} from "./surface3d";
import { computeSurfaceRun, DEFAULT_SURFACE, startFor } from "./surface3d-model";
import { drawSurface3d, faceColor, surfaceCaption } from "./surface3d-view";

const bowl = (w: number, b: number) => w * w + b * b;

describe("surface3d: the projection", () => {
  it("seen straight down (elevation 90°, azimuth 0) it is the contour map: w right, b up, height toward the viewer", () => {
    const top = { azimuth: 0, elevation: 90 };
    const p = project(top, 1, 0.5, 0.3);
    expect(p.sx).toBeCloseTo(1, 12);
    expect(p.sy).toBeCloseTo(0.5, 12);
    expect(p.depth).toBeCloseTo(0.3, 12);
  });
  it("seen from the floor (elevation 0) height is up and the −v side is nearer", () => {
    const side = { azimuth: 0, elevation: 0 };
    const p = project(side, 0.2, -1, 0.7);
    expect(p.sx).toBeCloseTo(0.2, 12);
    expect(p.sy).toBeCloseTo(0.7, 12);
    expect(p.depth).toBeCloseTo(1, 12);
  });
  it("turning by 90° takes the w axis to where the b axis was", () => {
    const a = project({ azimuth: 90, elevation: 90 }, 1, 0, 0);
    const b = project({ azimuth: 0, elevation: 90 }, 0, 1, 0);
    expect(a.sx).toBeCloseTo(b.sx, 12);
    expect(a.sy).toBeCloseTo(b.sy, 12);
  });
  it("keeps lengths: an orthographic projection of a rotation (screen² + depth² = world²)", () => {
    for (const view of [DEFAULT_VIEW, { azimuth: 73, elevation: 12 }, { azimuth: -150, elevation: 64 }]) {
      const p = project(view, 0.3, -0.8, 0.5);
      expect(p.sx ** 2 + p.sy ** 2 + p.depth ** 2).toBeCloseTo(0.3 ** 2 + 0.8 ** 2 + 0.5 ** 2, 12);
    }
  });
});

describe("surface3d: turning", () => {
  it("wraps the azimuth into (−180, 180] and clamps the elevation to [5, 90]", () => {
    expect(rotateView({ azimuth: 170, elevation: 85 }, 20, 10)).toEqual({ azimuth: -170, elevation: 90 });
    expect(rotateView({ azimuth: -170, elevation: 10 }, -10, -30)).toEqual({ azimuth: 180, elevation: 5 });
    expect(normalizeView({ azimuth: 540, elevation: 45 })).toEqual({ azimuth: 180, elevation: 45 });
  });
  it("arrow keys turn by 15° and tilt by 10°; Home returns to the first view; other keys do nothing", () => {
    expect(viewForKey(DEFAULT_VIEW, "ArrowRight")).toEqual({ azimuth: -20, elevation: 30 });
    expect(viewForKey(DEFAULT_VIEW, "ArrowLeft")).toEqual({ azimuth: -50, elevation: 30 });
    expect(viewForKey(DEFAULT_VIEW, "ArrowUp")).toEqual({ azimuth: -35, elevation: 40 });
    expect(viewForKey(DEFAULT_VIEW, "ArrowDown")).toEqual({ azimuth: -35, elevation: 20 });
    expect(viewForKey({ azimuth: 10, elevation: 70 }, "Home")).toEqual(DEFAULT_VIEW);
    expect(viewForKey(DEFAULT_VIEW, "a")).toBeUndefined();
  });
});

describe("surface3d: the surface", () => {
  it("samples L on the grid, with its range", () => {
    const grid = sampleSurface(bowl, [-1, 1], [-2, 2], 4);
    expect(grid.losses).toHaveLength(5);
    expect(grid.losses[2][2]).toBe(0);
    expect(grid.losses[0][0]).toBe(5);
    expect(grid.box.loss).toEqual([0, 5]);
    expect(toUnitBox(grid.box, 1, -2, 5)).toEqual([1, -1, HEIGHT]);
    expect(() => sampleSurface(() => NaN, [0, 1], [0, 1], 2)).toThrow(/not finite/);
    expect(() => sampleSurface(bowl, [1, 0], [0, 1], 2)).toThrow(/empty range/);
  });
  it("gives n² faces, drawn farthest first, and lights a bowl's floor more than its walls seen from above", () => {
    const grid = sampleSurface(bowl, [-1, 1], [-1, 1], 6);
    const faces = surfaceFaces(grid, DEFAULT_VIEW);
    expect(faces).toHaveLength(36);
    for (let i = 1; i < faces.length; i++) expect(faces[i].depth).toBeGreaterThanOrEqual(faces[i - 1].depth);
    const top = surfaceFaces(grid, { azimuth: 0, elevation: 90 });
    const lowest = top.reduce((a, b) => (a.level < b.level ? a : b));
    const highest = top.reduce((a, b) => (a.level > b.level ? a : b));
    expect(lowest.level).toBeLessThan(0.1);
    expect(highest.level).toBeGreaterThan(0.7);
    // From above, flat ground faces the light straight on, steep walls turn from it.
    expect(lowest.light).toBeGreaterThan(0);
    expect(Math.abs(lowest.corners[0].sx)).toBeLessThan(0.4);
  });
  it("drapes a path on the ground: each piece's ends lie on the surface, pieces no longer than a cell", () => {
    const grid = sampleSurface(bowl, [-1, 1], [-1, 1], 10);
    const top = { azimuth: 0, elevation: 90 };
    const pieces = drapePath(
      grid,
      bowl,
      [
        [-0.9, 0],
        [0.9, 0],
      ],
      top,
    );
    expect(pieces).toHaveLength(9);
    for (const p of pieces) {
      expect(Math.abs(p.to.sx - p.from.sx)).toBeLessThanOrEqual(0.2 + 1e-12);
      // Seen from above, depth is the height: L(w, 0) = w² scaled into the box.
      expect(p.from.depth).toBeCloseTo((HEIGHT * (((p.from.sx + 1) / 2) * 2 - 1) ** 2) / 2, 9);
    }
    // A step that leaves the box is cut at its edge.
    expect(
      drapePath(
        grid,
        bowl,
        [
          [0, 0],
          [3, 0],
        ],
        top,
      ).length,
    ).toBeLessThan(15);
  });
});

describe("surface3d: the widget's picture", () => {
  const result = computeSurfaceRun(DEFAULT_SURFACE);
  it("runs the chapter's sigmoid plateau run from (−1.5, 2) with η = 1 for 50 steps", () => {
    expect(startFor("sigmoid")).toEqual([-1.5, 2]);
    expect(startFor("identity")).toEqual([-1.2, -1.2]);
    expect(result.run.points).toHaveLength(51);
    expect(result.run.losses[0].toFixed(4)).toBe("0.5747");
  });
  it("draws 24 × 24 faces, the path, the start and the end, with a caption a screen reader can use", () => {
    const chart = drawSurface3d(result, DEFAULT_SURFACE, { document: buildDocument(), width: 400 });
    expect(chart.svg.getAttribute("role")).toBe("img");
    expect(chart.svg.getAttribute("aria-label")).toBe("3-D loss surface L(w, b)");
    expect(chart.svg.querySelectorAll(".gd-surface3d__mesh > path")).toHaveLength(576);
    expect(chart.svg.querySelectorAll(".gd-surface3d__path").length).toBeGreaterThan(10);
    expect(chart.svg.querySelectorAll(".gd-surface3d__start, .gd-surface3d__end")).toHaveLength(2);
    expect(chart.caption).toContain("3-D loss surface L(w, b) for φ = sigmoid");
    expect(chart.caption).toContain("50 steps of gradient descent with η = 1");
    expect(chart.caption).toContain("azimuth −35°, elevation 30°");
  });
  it("another view moves the faces but keeps the caption's numbers", () => {
    const doc = buildDocument();
    const a = drawSurface3d(result, DEFAULT_SURFACE, { document: doc, width: 400 });
    const b = drawSurface3d(result, { azimuth: 60, elevation: 50 }, { document: doc, width: 400 });
    expect(a.svg.querySelector("path")!.getAttribute("d")).not.toBe(b.svg.querySelector("path")!.getAttribute("d"));
    expect(surfaceCaption(result, { azimuth: 60, elevation: 50 })).toContain("azimuth 60°, elevation 50°");
  });
  it("colours low ground pale and high ground dark, shade darkens", () => {
    expect(faceColor(0, 1)).toBe("rgb(255,247,188)");
    expect(faceColor(1, 1)).toBe("rgb(128,0,38)");
    expect(faceColor(0, 0)).toBe("rgb(158,153,117)");
  });
});
