export * from "./authorization";
export * from "./code-encounter";
export * from "./payer-rules";
export * from "./scrubber";
