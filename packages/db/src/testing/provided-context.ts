declare module "vitest" {
  export interface ProvidedContext {
    testServer: { adminUrl: string; template: string };
  }
}

export {};
