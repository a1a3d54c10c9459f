// Gradients: numerical differentiation, and checking backpropagation against it.
export { numericalGradient } from "./numerical-gradient";
export { gradientCheck, type GradientCheckRow, type GradientCheckOptions } from "./gradient-check";
export { clipGradNorm, type ClipGradNormOptions } from "./clip-grad-norm";
