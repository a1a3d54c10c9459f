/**
 * One small-multiple of the comparison grid: the explorer's contour chart for one run
 * (same contour, path, state overlay at the last step and caption as OptimizerExplorer),
 * so a panel here and the explorer in the optimizer's own chapter draw the same picture.
 * Used at build time (linkedom's document) and in the browser.
 */
import { t } from "../../../src/i18n";
import { contourWithPath, type ChartResult } from "../../../src/plot";
import { formatNumber } from "../../../src/plot/text";
import { captionText, landscapeContour, runName } from "../shared/optimizers/explorer-view";
import { type ExplorerResult } from "../shared/optimizers/explorer-model";
import { overlayAt, overlayMarks } from "../shared/optimizers/overlay";

/**
 * The chart of one panel.
 *
 * @example
 * panelChart(computeComparison("book", 30)[0], { width: 300 }).element; // <figure> with the SGD path
 */
export function panelChart(result: ExplorerResult, options: { document?: Document; width?: number } = {}): ChartResult {
  const { settings: s, landscape, run } = result;
  const n = run.points.length - 1;
  return contourWithPath({
    document: options.document,
    width: options.width,
    ...landscapeContour(landscape),
    paths: [{ name: runName(s.optimizer, s.form), points: run.points }],
    marks: overlayMarks(overlayAt(s.optimizer, s.form, s, landscape, run.states, n), run.points[n]),
    title: t("cmp.panel", { name: s.optimizer, lr: formatNumber(s.lr) }),
    caption: captionText(result, n),
  });
}
