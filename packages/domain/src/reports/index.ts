export * from "./authorization-use";
export * from "./collections";
export * from "./denials";
export * from "./documentation-lag";
export * from "./dose-attendance";
export * from "./month-range";
export * from "./productivity";
export * from "./statistics";
