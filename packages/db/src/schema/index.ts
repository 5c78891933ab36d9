export * from "./enums";
export * from "./clinics";
export * from "./people";
export * from "./children";
export * from "./identity";
export * from "./audit";
export * from "./outbox";
export * from "./scheduling";
