// Learning-rate schedules with torch.optim.lr_scheduler's semantics, simplest first.
export { LRScheduler } from "./scheduler";
export * from "./step-lr";
export * from "./cosine-annealing-lr";
export * from "./linear-lr";
