import { expect, test, vi } from "vitest";

type ZodGlobal = { __zod_globalConfig?: { jitless?: boolean } };

// In this order: zod, once loaded, stays loaded for the whole file.
test("on the server, zod keeps compiling its parsers", async () => {
  await import("./zod-in-browser");
  expect((globalThis as ZodGlobal).__zod_globalConfig?.jitless).toBeUndefined();
  vi.resetModules();
});

test("in the browser, zod loaded after the setting compiles no parser with eval", async () => {
  vi.stubGlobal("window", {});
  await import("./zod-in-browser");
  const { z } = await import("zod");
  expect(z.config().jitless).toBe(true);
  vi.unstubAllGlobals();
});
