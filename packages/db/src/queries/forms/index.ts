export * from "./forms";
export * from "./templates";
