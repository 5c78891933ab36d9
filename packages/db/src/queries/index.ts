export * from "./identity";
export * from "./children";
export * from "./clinic";
export * from "./invitations";
export * from "./audit";
export * from "./outbox";
export * from "./scheduling";
export * from "./booking";
