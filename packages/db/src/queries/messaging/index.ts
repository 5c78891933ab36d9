export * from "./conversations";
export * from "./inbox";
