/**
 * The picture of one bias-correction variant (bias-correction.ts): the book's bowl, the
 * variant's 30 steps from (−7, 2) at the book's η = 0.3, real Adam as a second path, and a
 * caption with the first step and the end point. Drawn at build time by BiasCorrection.astro.
 */
import { bookBowl, type Point } from "kobai";
import { t } from "../../../src/i18n";
import { contourWithPath, type ChartResult } from "../../../src/plot";
import { formatNumber } from "../../../src/plot/text";
import { adamVariantPath, type Correction } from "./bias-correction";

const fmt = (p: Point) => `(${formatNumber(p[0])}, ${formatNumber(p[1])})`;

/**
 * The chart for one variant.
 *
 * @example
 * biasChart("none", { lr: 0.3 }).caption; // "no correction, η = 0.3, from (−7, 2): step 1 lands at (−6.05, 1.05); …"
 */
export function biasChart(
  correction: Correction,
  options: { lr: number; steps?: number; document?: Document; width?: number },
): ChartResult {
  const steps = options.steps ?? 30;
  const points = adamVariantPath(bookBowl, { lr: options.lr }, correction, steps);
  const adam = adamVariantPath(bookBowl, { lr: options.lr }, "both", steps);
  const name = t(`adam.bc.name.${correction}`);
  const end = points[points.length - 1];
  return contourWithPath({
    document: options.document,
    width: options.width,
    f: bookBowl.value,
    fnLabel: t("opt.fn.book"),
    x: bookBowl.view.x,
    y: bookBowl.view.y,
    minimum: [0, 0],
    paths:
      correction === "both"
        ? [{ name, points }]
        : [
            { name, points },
            { name: t("adam.bc.name.both"), points: adam },
          ],
    title: name,
    caption: t("adam.bc.caption", {
      name,
      lr: formatNumber(options.lr),
      p1: fmt(points[1]),
      steps: points.length - 1,
      end: fmt(end),
      f: formatNumber(bookBowl.value(end[0], end[1])),
      adamEnd: fmt(adam[adam.length - 1]),
    }),
  });
}
