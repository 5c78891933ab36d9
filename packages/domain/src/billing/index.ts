export * from "./authorization";
export * from "./code-encounter";
export * from "./scrubber";
