export * from "./coverage";
export * from "./claims";
export * from "./ledger";
export * from "./family-money";
