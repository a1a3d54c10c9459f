// Filled in by the gradient work.
export {};
