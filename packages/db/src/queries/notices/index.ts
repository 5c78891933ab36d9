export * from "./session-notices";
export * from "./outbox";
export * from "./staff-notifications";
