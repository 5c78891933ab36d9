export * from "./programs";
export * from "./regulation-reminders";
export * from "./practice-taps";
