import { describe, expect, it } from "vitest";

import type { DescribedError } from "~/lib/trpc-error";
import { cancelMessages, cancelRequest } from "./cancel-request";

const SESSION_ID = "5f0c2a7e-1d3b-4e8f-9a6c-2b7d4e1f0a93";

describe("cancelling a session", () => {
  it("asks a family for the reason the way booking.cancel's contract does", () => {
    expect(cancelRequest("family", SESSION_ID, "   ")).toEqual({
      ok: false,
      messages: {
        reasonError: "Tell the therapist briefly why, so they can plan.",
        problem: null,
      },
    });
  });

  it("asks staff for the same reason in words for staff", () => {
    expect(cancelRequest("staff", SESSION_ID, "")).toEqual({
      ok: false,
      messages: { reasonError: "Give a short reason; the family sees it.", problem: null },
    });
  });

  it("keeps the reason under 500 characters", () => {
    expect(cancelRequest("family", SESSION_ID, "x".repeat(501))).toMatchObject({
      messages: { reasonError: "Keep the reason under 500 characters." },
    });
  });

  it("sends the reason trimmed", () => {
    expect(cancelRequest("staff", SESSION_ID, "  Therapist unwell ")).toEqual({
      ok: true,
      input: { appointmentId: SESSION_ID, reason: "Therapist unwell" },
    });
  });

  it("says a broken session link above the form", () => {
    expect(cancelRequest("family", "nope", "Eli is sick")).toEqual({
      ok: false,
      messages: { reasonError: null, problem: "That session link is not valid." },
    });
  });

  it("shows the server's refusal of the reason beside it, any other above", () => {
    const refused: DescribedError = {
      message: "Keep the reason under 500 characters",
      field: "reason",
      fieldErrors: { reason: "Keep the reason under 500 characters" },
      code: "BAD_REQUEST",
      reason: null,
      alternatives: [],
      current: null,
    };
    expect(cancelMessages(refused)).toEqual({
      reasonError: "Keep the reason under 500 characters.",
      problem: null,
    });
    expect(
      cancelMessages({ ...refused, field: null, fieldErrors: null, message: "Already cancelled." }),
    ).toEqual({ reasonError: null, problem: "Already cancelled." });
  });
});
