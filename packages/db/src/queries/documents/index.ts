export * from "./documents";
export * from "./practice-videos";
