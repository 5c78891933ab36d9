export * from "./goals";
export * from "./plans-of-care";
