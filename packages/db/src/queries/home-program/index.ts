export * from "./programs";
export * from "./regulation-reminders";
