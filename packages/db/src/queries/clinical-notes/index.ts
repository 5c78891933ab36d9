export * from "./documentation-due";
export * from "./reports";
