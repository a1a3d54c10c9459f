// Computational-graph nodes on numbers (『ゼロから作る』 5.4): the book's MulLayer and AddLayer.
export { MulLayer } from "./mul-layer";
export { AddLayer } from "./add-layer";
