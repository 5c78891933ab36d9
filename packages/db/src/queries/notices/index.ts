export * from "./session-notices";
export * from "./outbox";
