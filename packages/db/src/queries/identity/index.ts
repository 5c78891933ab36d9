export * from "./accounts";
export * from "./invitations";
export * from "./two-factor";
