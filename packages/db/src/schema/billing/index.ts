export * from "./coverage";
export * from "./claims";
