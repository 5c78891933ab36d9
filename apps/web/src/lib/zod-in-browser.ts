import { z } from "zod";

// Pages allow no eval (proxy.ts): without this, zod 4 probes `new Function` to compile its object
// parsers, which the browser reports as a Content Security Policy violation.
if (typeof window !== "undefined") z.config({ jitless: true });
