import { describe, expect, it } from "vitest";

import { printable } from "./pdf-writer";

describe("printable", () => {
  it("keeps accents, curly quotes and dashes that Helvetica has, and replaces what it lacks", () => {
    expect(printable("Lucía’s “calm” start – 16:30")).toBe("Lucía’s “calm” start – 16:30");
    expect(printable("Step up → next")).toBe("Step up -> next");
    expect(printable("Zoë ✓ Łukasz 🎈")).toBe("Zoë ? Lukasz ?");
  });
});
