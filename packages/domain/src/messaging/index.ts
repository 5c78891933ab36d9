export * from "./rules";
export * from "./settings";
export * from "./message-body";
