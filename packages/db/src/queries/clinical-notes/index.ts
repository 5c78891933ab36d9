export * from "./chart-facts";
export * from "./goals";
export * from "./plans-of-care";
export * from "./notes";
export * from "./documentation-due";
export * from "./reports";
export * from "./group-session-notes";
