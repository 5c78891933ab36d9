export * from "./chart-facts";
export * from "./goals";
export * from "./plans-of-care";
export * from "./notes";
