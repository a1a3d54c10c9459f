/**
 * kobai (勾配, "gradient"): the training core of the lessons.
 *
 * Learners import it in code cells as `import { Linear, ReLU, Adam } from "kobai"`.
 * Each concept lives in its own file, in the order the lessons teach them.
 */
export * from "./random";
export * from "./tensor";
export * from "./parameter";
export { setMatmulKernel, matmulKernel, kernelName, type MatmulKernel } from "./kernels/kernel";
export { typedArrayKernel } from "./kernels/matmul";
export { ready } from "./kernels/ready";
export { naiveKernel } from "./kernels/naive";
export type { Layer, ForwardOptions, BackwardOptions } from "./layers/layer";
export * from "./layers/index";
export * from "./losses/index";
export * from "./optim/index";
export * from "./schedules/index";
export * from "./landscapes/index";
export * from "./gradient/index";
export * from "./data/index";
export * from "./training/index";
export * from "./perceptron";
export * from "./graph/index";
export * from "./perceptron-learner";
