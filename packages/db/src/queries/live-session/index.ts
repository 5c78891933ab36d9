export * from "./participants";
export * from "./room";
export * from "./room-record";
export * from "./summary";
