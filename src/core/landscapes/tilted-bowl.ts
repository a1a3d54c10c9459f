/**
 * A tilted bowl: the book's bowl rotated by an angle θ (30° by default).
 *
 *   u = x·cos θ + y·sin θ,   v = −x·sin θ + y·cos θ          (coordinates along the bowl's axes)
 *   f(x, y) = u²/20 + v²
 *   ∇f = (u/10·cos θ − 2v·sin θ,  u/10·sin θ + 2v·cos θ),    minimum 0 at (0, 0)
 *
 * The same 20 : 1 curvatures as the book's bowl, but the long axis no longer lies along x.
 * That matters to AdaGrad, RMSProp and Adam: they give each COORDINATE its own step size,
 * which straightens the path on the book's bowl (axes aligned with x and y) but cannot
 * undo a rotation, so their advantage over Momentum shrinks here.
 */
import type { Landscape } from "./landscape";

/**
 * The book's bowl rotated by `degrees`.
 *
 * @example
 * makeTiltedBowl(0).value(-7, 2); // 6.45, the book's bowl itself
 */
export function makeTiltedBowl(degrees = 30): Landscape {
  if (!Number.isFinite(degrees))
    throw new Error(`makeTiltedBowl: the angle must be a finite number of degrees, got ${degrees}`);
  const theta = (degrees * Math.PI) / 180;
  const c = Math.cos(theta),
    s = Math.sin(theta);
  const u = (x: number, y: number) => c * x + s * y;
  const v = (x: number, y: number) => -s * x + c * y;
  const minimum = { point: [0, 0] as [number, number], value: 0, kind: "global minimum" as const };
  return {
    id: "tilted",
    name: "A tilted bowl",
    tex: String.raw`f(x, y) = \frac{u^2}{20} + v^2,\quad \begin{pmatrix} u \\ v \end{pmatrix} = R(-${degrees}^\circ) \begin{pmatrix} x \\ y \end{pmatrix}`,
    value: (x, y) => u(x, y) ** 2 / 20 + v(x, y) ** 2,
    gradient: (x, y) => {
      const du = u(x, y) / 10,
        dv = 2 * v(x, y);
      return [du * c - dv * s, du * s + dv * c];
    },
    view: { x: [-8, 8], y: [-6, 6] },
    start: [-7, -2],
    minimum,
    criticalPoints: [minimum],
  };
}

/**
 * The book's bowl rotated by 30°.
 *
 * @example
 * tiltedBowl.gradient(0, 0); // [0, 0]
 */
export const tiltedBowl: Landscape = makeTiltedBowl(30);
