// Pages allow no eval (proxy.ts): without `jitless`, zod 4 probes `new Function` to compile its object
// parsers, which the browser reports as a Content Security Policy violation. zod keeps its settings
// on this global (zod/v4/core/core.js) and adopts one that exists; setting it here rather than calling
// `z.config()` keeps zod out of the layout every page loads (zod-in-browser.test.ts checks zod reads it).
type ZodGlobal = { __zod_globalConfig?: Record<string, unknown> };

if (typeof window !== "undefined") {
  const holder = globalThis as ZodGlobal;
  holder.__zod_globalConfig = Object.assign(holder.__zod_globalConfig ?? {}, { jitless: true });
}
