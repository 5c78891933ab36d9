export * from "./availability";
export * from "./booking";
export * from "./groups";
export * from "./series";
export * from "./session-types";
