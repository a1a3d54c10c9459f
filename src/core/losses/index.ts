// Losses: how wrong a prediction is, and the gradient that starts backpropagation.
export type { Loss, Target } from "./loss";
export { MSELoss, type MSEReduction } from "./mse-loss";
export { CrossEntropyLoss } from "./cross-entropy-loss";
export { logSoftmax } from "./log-softmax";
