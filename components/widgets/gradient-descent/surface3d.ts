/**
 * The loss surface L(w, b) seen in 3-D, as plain geometry (no DOM): a grid of (w, b, L)
 * points turned and tilted by a view, projected orthographically onto the screen, and put in
 * the order a painter draws them (far first, so nearer faces cover farther ones).
 *
 * World coordinates, each scaled into a unit box so every surface fills the same picture:
 *
 *   u = (w − w_mid) / (half the w range)      ∈ [−1, 1]
 *   v = (b − b_mid) / (half the b range)      ∈ [−1, 1]
 *   z = HEIGHT · (L − L_min) / (L_max − L_min) ∈ [0, HEIGHT]
 *
 * The view turns the box by the azimuth θ about the vertical axis, then looks at it from the
 * elevation φ above the floor (φ = 90° is the contour map's view, straight down):
 *
 *   x′ = u cos θ − v sin θ,   y′ = u sin θ + v cos θ
 *   screen right = x′,   screen up = y′ sin φ + z cos φ,   toward the viewer = −y′ cos φ + z sin φ
 */

/** How the surface is looked at, in degrees. */
export interface SurfaceView {
  azimuth: number;
  elevation: number;
}

export const DEFAULT_VIEW: SurfaceView = { azimuth: -35, elevation: 30 };
/** Elevation stays between just above the floor and straight down. */
export const ELEVATION_RANGE = { min: 5, max: 90 } as const;
/** One arrow key turns by this much; a pixel of drag by DRAG_DEGREES. */
export const KEY_STEP = { azimuth: 15, elevation: 10 } as const;
export const DRAG_DEGREES = 0.5;
/** The height of the box relative to its half-width. */
export const HEIGHT = 1.1;

/** A point in the unit box, and where it lands: sx right, sy up, depth toward the viewer. */
export interface Projected {
  sx: number;
  sy: number;
  depth: number;
}

/** Wraps an azimuth into (−180, 180] and clamps the elevation. */
export function normalizeView(view: SurfaceView): SurfaceView {
  let azimuth = ((((view.azimuth + 180) % 360) + 360) % 360) - 180;
  if (azimuth === -180) azimuth = 180;
  const elevation = Math.min(ELEVATION_RANGE.max, Math.max(ELEVATION_RANGE.min, view.elevation));
  return { azimuth, elevation };
}

/**
 * The view after turning by (dAzimuth, dElevation) degrees.
 *
 * @example
 * rotateView({ azimuth: 170, elevation: 85 }, 20, 10); // { azimuth: −170, elevation: 90 }
 */
export function rotateView(view: SurfaceView, dAzimuth: number, dElevation: number): SurfaceView {
  return normalizeView({ azimuth: view.azimuth + dAzimuth, elevation: view.elevation + dElevation });
}

/** The turn an arrow key (or Home) asks for, or undefined for any other key. */
export function viewForKey(view: SurfaceView, key: string): SurfaceView | undefined {
  switch (key) {
    case "ArrowLeft":
      return rotateView(view, -KEY_STEP.azimuth, 0);
    case "ArrowRight":
      return rotateView(view, KEY_STEP.azimuth, 0);
    case "ArrowUp":
      return rotateView(view, 0, KEY_STEP.elevation);
    case "ArrowDown":
      return rotateView(view, 0, -KEY_STEP.elevation);
    case "Home":
      return { ...DEFAULT_VIEW };
    default:
      return undefined;
  }
}

/**
 * Projects a point of the unit box (u, v, z) for a view (see the file comment).
 *
 * @example
 * project({ azimuth: 0, elevation: 90 }, 1, 0.5, 0); // { sx: 1, sy: 0.5, depth: 0 } seen from above
 */
export function project(view: SurfaceView, u: number, v: number, z: number): Projected {
  const theta = (view.azimuth * Math.PI) / 180;
  const phi = (view.elevation * Math.PI) / 180;
  const x = u * Math.cos(theta) - v * Math.sin(theta);
  const y = u * Math.sin(theta) + v * Math.cos(theta);
  return { sx: x, sy: y * Math.sin(phi) + z * Math.cos(phi), depth: -y * Math.cos(phi) + z * Math.sin(phi) };
}

/** The box a surface is drawn over: ranges of w and b, and the loss mapped to the floor and the top. */
export interface SurfaceBox {
  w: [number, number];
  b: [number, number];
  loss: [number, number];
}

/** A sampled surface: the box and the loss at (n + 1) × (n + 1) grid points, row by row in b. */
export interface SurfaceGrid {
  box: SurfaceBox;
  n: number;
  /** losses[j][i] = L(w_i, b_j). */
  losses: number[][];
}

/**
 * Samples L on an n × n grid of cells over the w and b ranges. The loss range is that of the
 * samples (non-finite values are not allowed: L is a mean of squares, finite everywhere).
 *
 * @example
 * const grid = sampleSurface((w, b) => w * w + b * b, [-1, 1], [-1, 1], 2); // losses[1][1] = 0
 */
export function sampleSurface(
  f: (w: number, b: number) => number,
  w: [number, number],
  b: [number, number],
  n: number,
): SurfaceGrid {
  if (!Number.isInteger(n) || n < 1) throw new Error(`sampleSurface: n must be a positive integer, got ${n}`);
  if (!(w[1] > w[0] && b[1] > b[0])) throw new Error(`sampleSurface: empty range w ${w}, b ${b}`);
  const losses: number[][] = [];
  let lo = Infinity,
    hi = -Infinity;
  for (let j = 0; j <= n; j++) {
    const row: number[] = [];
    for (let i = 0; i <= n; i++) {
      const L = f(w[0] + ((w[1] - w[0]) * i) / n, b[0] + ((b[1] - b[0]) * j) / n);
      if (!Number.isFinite(L)) throw new Error(`sampleSurface: the loss is not finite at grid point (${i}, ${j})`);
      row.push(L);
      lo = Math.min(lo, L);
      hi = Math.max(hi, L);
    }
    losses.push(row);
  }
  // A flat surface still needs a height range to divide by.
  if (!(hi > lo)) hi = lo + 1;
  return { box: { w, b, loss: [lo, hi] }, n, losses };
}

/** (w, b, L) in the unit box; L above the top is kept (the path may start high). */
export function toUnitBox(box: SurfaceBox, w: number, b: number, L: number): [number, number, number] {
  const u = (2 * (w - box.w[0])) / (box.w[1] - box.w[0]) - 1;
  const v = (2 * (b - box.b[0])) / (box.b[1] - box.b[0]) - 1;
  const z = (HEIGHT * (L - box.loss[0])) / (box.loss[1] - box.loss[0]);
  return [u, v, z];
}

/** One cell of the surface, projected: its four corners, mean height (0–1) and brightness (0–1). */
export interface Face {
  corners: Projected[];
  depth: number;
  /** Mean loss of the corners, scaled to 0 (the lowest sample) … 1 (the highest). */
  level: number;
  /** How much the face turns toward the light: 0 (away) … 1 (facing it). */
  light: number;
}

/** Light from above, a little from the viewer's left (view coordinates: right, up, toward). */
const LIGHT = normalize([-0.35, 0.8, 0.5]);

function normalize(v: number[]): number[] {
  const n = Math.hypot(...v);
  return v.map((x) => x / n);
}

/**
 * The grid's cells as projected faces, in drawing order (farthest first).
 *
 * @example
 * const faces = surfaceFaces(grid, DEFAULT_VIEW);
 * faces[0].depth <= faces.at(-1).depth; // true
 */
export function surfaceFaces(grid: SurfaceGrid, view: SurfaceView): Face[] {
  const { n, losses, box } = grid;
  const span = box.loss[1] - box.loss[0];
  const points: { world: [number, number, number]; p: Projected }[][] = [];
  for (let j = 0; j <= n; j++) {
    const row = [];
    for (let i = 0; i <= n; i++) {
      const world: [number, number, number] = [
        (2 * i) / n - 1,
        (2 * j) / n - 1,
        (HEIGHT * (losses[j][i] - box.loss[0])) / span,
      ];
      row.push({ world, p: project(view, ...world) });
    }
    points.push(row);
  }
  const faces: Face[] = [];
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const c = [points[j][i], points[j][i + 1], points[j + 1][i + 1], points[j + 1][i]];
      // The normal from the two diagonals, in view coordinates (projected positions and depths).
      const d1 = [c[2].p.sx - c[0].p.sx, c[2].p.sy - c[0].p.sy, c[2].p.depth - c[0].p.depth];
      const d2 = [c[3].p.sx - c[1].p.sx, c[3].p.sy - c[1].p.sy, c[3].p.depth - c[1].p.depth];
      let normal = normalize([
        d1[1] * d2[2] - d1[2] * d2[1],
        d1[2] * d2[0] - d1[0] * d2[2],
        d1[0] * d2[1] - d1[1] * d2[0],
      ]);
      // Either side of a face may show; light the side that faces the viewer.
      if (normal[2] < 0) normal = normal.map((x) => -x);
      const light = Math.max(0, normal[0] * LIGHT[0] + normal[1] * LIGHT[1] + normal[2] * LIGHT[2]);
      const level = c.reduce((s, q) => s + q.world[2], 0) / 4 / HEIGHT;
      faces.push({ corners: c.map((q) => q.p), depth: c.reduce((s, q) => s + q.p.depth, 0) / 4, level, light });
    }
  }
  return faces.sort((a, b) => a.depth - b.depth);
}

/** A piece of the descent path draped on the surface, projected. */
export interface PathPiece {
  from: Projected;
  to: Projected;
  depth: number;
}

/**
 * The path of (w, b) points draped on the surface: each step's straight line in (w, b) is cut
 * into pieces no longer than a grid cell, and every piece's ends are lifted to L there, so the
 * path follows the ground the way the contour map's path crosses the contours. Steps that
 * leave the box are cut at its edge.
 */
export function drapePath(
  grid: SurfaceGrid,
  f: (w: number, b: number) => number,
  points: readonly (readonly [number, number])[],
  view: SurfaceView,
): PathPiece[] {
  const { box, n } = grid;
  const cellW = (box.w[1] - box.w[0]) / n,
    cellB = (box.b[1] - box.b[0]) / n;
  const inside = (w: number, b: number) => w >= box.w[0] && w <= box.w[1] && b >= box.b[0] && b <= box.b[1];
  const at = (w: number, b: number) => project(view, ...toUnitBox(box, w, b, f(w, b)));
  const pieces: PathPiece[] = [];
  for (let k = 1; k < points.length; k++) {
    const [w0, b0] = points[k - 1];
    const [w1, b1] = points[k];
    const m = Math.max(1, Math.ceil(Math.max(Math.abs(w1 - w0) / cellW, Math.abs(b1 - b0) / cellB)));
    for (let s = 0; s < m; s++) {
      const a = [w0 + ((w1 - w0) * s) / m, b0 + ((b1 - b0) * s) / m];
      const c = [w0 + ((w1 - w0) * (s + 1)) / m, b0 + ((b1 - b0) * (s + 1)) / m];
      if (!inside(a[0], a[1]) || !inside(c[0], c[1])) continue;
      const from = at(a[0], a[1]),
        to = at(c[0], c[1]);
      pieces.push({ from, to, depth: (from.depth + to.depth) / 2 });
    }
  }
  return pieces;
}
