// Layers, in the order the lessons meet them.
export { Linear, type LinearOptions } from "./linear";
export { initWeight, initStd, heStd, xavierStd, glorotStd, DEFAULT_NORMAL_STD, type InitName } from "./init";
export { Step, STEP_HAS_NO_GRADIENT } from "./step";
export { ElementwiseActivation } from "./elementwise";
export { Sigmoid } from "./sigmoid";
export { Tanh } from "./tanh";
export { ReLU } from "./relu";
export { LeakyReLU } from "./leaky-relu";
export { Softmax, softmax } from "./softmax";
export { BatchNorm, type BatchNormOptions } from "./batchnorm";
export { Dropout, type DropoutOptions } from "./dropout";
export { Sequential } from "./sequential";
