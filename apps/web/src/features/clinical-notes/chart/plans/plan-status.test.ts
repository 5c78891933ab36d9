import { describe, expect, it } from "vitest";

import { awaitsCertification, newestFirst } from "./plan-status";

const plan = {
  id: "0c8a3b4e-8f5d-4c1a-9b2e-7d6f5e4a3b2c",
  childId: "8f1d7a52-3c1e-4e0b-9a57-1f2e3d4c5b6a",
  childName: "Maya Johnson",
  startOn: "2026-01-05",
  endOn: "2026-04-04",
  certifiedOn: null,
  previousId: null,
  status: "draft" as const,
  dueBy: null,
};

describe("plan status", () => {
  it("lets an uncertified plan be sent or signed by hand", () => {
    expect(awaitsCertification("awaiting_signature")).toBe(true);
    expect(awaitsCertification("certified")).toBe(false);
    expect(awaitsCertification("ended")).toBe(false);
  });
  it("lists the newest plan first", () =>
    expect(
      newestFirst([plan, { ...plan, id: "b", startOn: "2026-04-05" }]).map((p) => p.id),
    ).toEqual(["b", plan.id]));
});
