export * from "./code-encounter";
