import { describe, expect, it } from "vitest";

import { decideCredential, type SupervisorCandidate } from "./supervision";

const ASSISTANT = "00000000-0000-4000-8000-00000000000a";
const OT = "00000000-0000-4000-8000-0000000000b0";

const activeOt: SupervisorCandidate = {
  userId: OT,
  isTherapist: true,
  credential: "ot",
  active: true,
};

describe("decideCredential", () => {
  it("lets an OT practise without a supervisor", () => {
    expect(decideCredential({ therapistId: OT, credential: "ot" }, null)).toEqual({
      ok: true,
      supervisorId: null,
    });
  });

  it("refuses a supervisor for an OT", () => {
    expect(
      decideCredential({ therapistId: OT, credential: "ot", supervisorId: ASSISTANT }, null),
    ).toEqual({ ok: false, reason: "OT_HAS_NO_SUPERVISOR" });
  });

  it("asks an OT assistant for a supervisor", () => {
    expect(decideCredential({ therapistId: ASSISTANT, credential: "ota" }, null)).toEqual({
      ok: false,
      reason: "SUPERVISOR_REQUIRED",
    });
  });

  it("lets an OT assistant work under an active OT of the clinic", () => {
    expect(
      decideCredential({ therapistId: ASSISTANT, credential: "ota", supervisorId: OT }, activeOt),
    ).toEqual({ ok: true, supervisorId: OT });
  });

  it("refuses an assistant as their own supervisor", () => {
    expect(
      decideCredential(
        { therapistId: ASSISTANT, credential: "ota", supervisorId: ASSISTANT },
        { ...activeOt, userId: ASSISTANT },
      ),
    ).toEqual({ ok: false, reason: "SELF_SUPERVISION" });
  });

  it.each([
    ["someone not of the clinic", null],
    ["another assistant", { ...activeOt, credential: "ota" as const }],
    ["a therapist with no credential recorded", { ...activeOt, credential: null }],
    ["an admin", { ...activeOt, isTherapist: false }],
    ["a deactivated OT", { ...activeOt, active: false }],
    ["a different person than the one named", { ...activeOt, userId: ASSISTANT.replace("a", "c") }],
  ])("refuses %s as the supervisor", (_, supervisor) => {
    expect(
      decideCredential({ therapistId: ASSISTANT, credential: "ota", supervisorId: OT }, supervisor),
    ).toEqual({ ok: false, reason: "SUPERVISOR_NOT_AN_ACTIVE_OT" });
  });
});
