export * from "./authorization";
export * from "./charges";
export * from "./code-encounter";
export * from "./payer-rules";
export * from "./scrubber";
export * from "./x12";
export * from "./x12-837p";
