/**
 * Draws the loss surface L(w, b) in 3-D as SVG (surface3d.ts does the geometry): faces
 * coloured by height and shaded by the light, the path of gradient descent draped on the
 * ground, the floor's outline and the w, b and L axes. The same function draws the
 * build-time picture (linkedom's document) and the live one, so both look the same.
 */
import { t, tCount } from "../../../src/i18n";
import { formatNumber, seriesColor, type ChartResult } from "../../../src/plot";
import { makeFigure, resolveDocument } from "../../../src/plot/figure";
import type { DescentResult } from "./descent-model";
import {
  DEFAULT_VIEW,
  HEIGHT,
  drapePath,
  project,
  sampleSurface,
  surfaceFaces,
  toUnitBox,
  type Projected,
  type SurfaceGrid,
  type SurfaceView,
} from "./surface3d";

const SVG_NS = "http://www.w3.org/2000/svg";
/** Cells per side: enough for the sigmoid's plateau edge, few enough for a small page. */
export const GRID_CELLS = 24;
/** Low loss → high loss (yellow to dark red): reads in both themes and under the path's colour. */
const RAMP = [
  [255, 247, 188],
  [254, 217, 118],
  [253, 141, 60],
  [227, 26, 28],
  [128, 0, 38],
];

/** The fill of a face: its height on the ramp, darkened where it turns from the light. */
export function faceColor(level: number, light: number): string {
  const x = Math.min(1, Math.max(0, level)) * (RAMP.length - 1);
  const i = Math.min(RAMP.length - 2, Math.floor(x));
  const f = x - i;
  const shade = 0.62 + 0.38 * light;
  const rgb = RAMP[i].map((c, k) => Math.round((c + (RAMP[i + 1][k] - c) * f) * shade));
  return `rgb(${rgb.join(",")})`;
}

/** Whole degrees, with a true minus sign as every other number on the page. */
function degrees(angle: number): string {
  return String(Math.round(angle)).replace("-", "−");
}

const grids = new Map<string, SurfaceGrid>();

/** The sampled surface of a result's data set and φ (cached: it does not change with the view). */
export function surfaceGrid(result: DescentResult): SurfaceGrid {
  const key = `${result.settings.dataset}/${result.settings.activation}`;
  let grid = grids.get(key);
  if (!grid) grids.set(key, (grid = sampleSurface(result.surface, result.view.x, result.view.y, GRID_CELLS)));
  return grid;
}

/** The sentence a screen reader gets instead of the picture (and every reader under it). */
export function surfaceCaption(result: DescentResult, view: SurfaceView): string {
  const grid = surfaceGrid(result);
  const { run, settings } = result;
  const last = run.points.length - 1;
  const [w0, b0] = run.points[0];
  const [w1, b1] = run.points[last];
  return t("gd.surface.caption", {
    phi: t(`gd.activation.${settings.activation}`),
    w0: formatNumber(grid.box.w[0]),
    w1: formatNumber(grid.box.w[1]),
    b0: formatNumber(grid.box.b[0]),
    b1: formatNumber(grid.box.b[1]),
    lmin: formatNumber(grid.box.loss[0]),
    lmax: formatNumber(grid.box.loss[1]),
    steps: tCount("count.steps", last),
    lr: formatNumber(settings.lr),
    sw: formatNumber(w0),
    sb: formatNumber(b0),
    sl: formatNumber(run.losses[0]),
    ew: formatNumber(w1),
    eb: formatNumber(b1),
    el: formatNumber(run.losses[last]),
    azimuth: degrees(view.azimuth),
    elevation: degrees(view.elevation),
  });
}

/** The view in words, for the live region that tells a keyboard user what the turn did. */
export function viewText(view: SurfaceView): string {
  return t("gd.surface.view", { azimuth: degrees(view.azimuth), elevation: degrees(view.elevation) });
}

/**
 * The 3-D surface with the run's path, as a chart figure (SVG role="img", caption).
 *
 * @example
 * const chart = drawSurface3d(computeDescent(settings), DEFAULT_VIEW, { width: 420 });
 */
export function drawSurface3d(
  result: DescentResult,
  view: SurfaceView = DEFAULT_VIEW,
  options: { document?: Document; width?: number } = {},
): ChartResult {
  const doc = resolveDocument(options.document);
  const grid = surfaceGrid(result);
  const width = Math.max(240, Math.round(options.width ?? 420));
  // A fixed scale for every view, so turning never zooms: the box's half-diagonal is √2 and
  // its top can rise to √(2 + HEIGHT²) above the middle.
  const margin = 14;
  const scale = (width - 2 * margin) / (2 * Math.SQRT2 + 0.2);
  const top = Math.sqrt(2 + HEIGHT * HEIGHT);
  const height = Math.round(scale * (top + Math.SQRT2 + 0.1) + 2 * margin);
  const cx = width / 2;
  const cy = margin + scale * (top + 0.05);
  const X = (p: Projected) => (cx + scale * p.sx).toFixed(1);
  const Y = (p: Projected) => (cy - scale * p.sy).toFixed(1);

  const el = (name: string, attrs: Record<string, string | number>, text?: string) => {
    const node = doc.createElementNS(SVG_NS, name);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const svg = el("svg", {
    xmlns: SVG_NS,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    class: "gd-surface3d",
    "font-size": 12,
    "font-family": "system-ui, sans-serif",
  }) as SVGSVGElement;

  // The floor's outline and the L axis (at the corner farthest left on screen), drawn first:
  // the surface covers what lies behind it.
  const corner = (u: number, v: number, z = 0) => project(view, u, v, z);
  const floor = [corner(-1, -1), corner(1, -1), corner(1, 1), corner(-1, 1)];
  const axes = el("g", { fill: "none", stroke: "currentColor", "stroke-opacity": 0.45, "stroke-width": 1 });
  axes.append(el("path", { d: `M${floor.map((p) => `${X(p)},${Y(p)}`).join("L")}Z` }));
  const corners: [number, number][] = [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ];
  const [lu, lv] = corners.reduce((a, c) => (corner(...c).sx < corner(...a).sx ? c : a));
  const foot = corner(lu, lv),
    head = corner(lu, lv, HEIGHT);
  axes.append(el("line", { x1: X(foot), y1: Y(foot), x2: X(head), y2: Y(head) }));
  svg.append(axes);

  // Faces and path pieces, farthest first. A path piece lies on its own face, so it is pushed
  // a little toward the viewer (about one cell) to be drawn after that face but still before
  // the nearer ground that hides it.
  const faces = surfaceFaces(grid, view);
  const pieces = drapePath(grid, result.surface, result.run.points, view);
  const bias = 2 / grid.n;
  type Item = { depth: number; node: Element; halo?: Element };
  const items: Item[] = faces.map((f) => ({
    depth: f.depth,
    node: el("path", {
      d: `M${f.corners.map((p) => `${X(p)},${Y(p)}`).join("L")}Z`,
      fill: faceColor(f.level, f.light),
    }),
  }));
  const pathStyle = `color: ${seriesColor(0)}`;
  for (const piece of pieces) {
    const coords = { x1: X(piece.from), y1: Y(piece.from), x2: X(piece.to), y2: Y(piece.to) };
    items.push({
      depth: piece.depth + bias,
      halo: el("line", { ...coords, class: "gd-surface3d__halo" }),
      node: el("line", { ...coords, class: "gd-surface3d__path", style: pathStyle }),
    });
  }
  const mesh = el("g", {
    class: "gd-surface3d__mesh",
    stroke: "currentColor",
    "stroke-opacity": 0.16,
    "stroke-width": 0.6,
    "stroke-linecap": "round",
  });
  for (const item of items.sort((a, b) => a.depth - b.depth)) {
    if (item.halo) mesh.append(item.halo);
    mesh.append(item.node);
  }
  svg.append(mesh);

  // The start (a ring) and the last point (a disc), on top so they are never lost.
  const { run } = result;
  const mark = (k: number, ring: boolean) => {
    const [w, b] = run.points[k];
    if (w < grid.box.w[0] || w > grid.box.w[1] || b < grid.box.b[0] || b > grid.box.b[1]) return;
    const p = project(view, ...toUnitBox(grid.box, w, b, result.surface(w, b)));
    svg.append(
      el("circle", {
        cx: X(p),
        cy: Y(p),
        r: ring ? 5 : 4.5,
        class: ring ? "gd-surface3d__start" : "gd-surface3d__end",
        style: pathStyle,
      }),
    );
  };
  mark(0, true);
  mark(run.points.length - 1, false);

  // Axis names just outside the middle of the floor's nearer edges, so they turn with the box
  // and are not hidden under the surface.
  const label = (p: Projected, text: string) =>
    svg.append(
      el(
        "text",
        { x: X(p), y: Y(p), "text-anchor": "middle", "dominant-baseline": "middle", fill: "currentColor" },
        text,
      ),
    );
  const nearer = (a: Projected, b: Projected) => (a.depth >= b.depth ? a : b);
  label(nearer(corner(0, -1.2), corner(0, 1.2)), `w (${formatNumber(grid.box.w[0])} … ${formatNumber(grid.box.w[1])})`);
  label(
    nearer(corner(-1.32, 0), corner(1.32, 0)),
    `b (${formatNumber(grid.box.b[0])} … ${formatNumber(grid.box.b[1])})`,
  );
  label(corner(lu, lv, HEIGHT + 0.12), "L");

  return makeFigure(doc, svg, {
    kind: "surface3d",
    title: t("gd.surface.title"),
    captionParts: [surfaceCaption(result, view)],
  });
}
