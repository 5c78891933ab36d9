export * from "./code-encounter";
export * from "./scrubber";
