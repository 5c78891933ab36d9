import { describe, expect, it } from "vitest";

import { rescheduleRequest } from "./reschedule-request";

const SESSION_ID = "3c6a9e1b-7f2d-4b8a-a5e0-9d1c4f7b2e68";
const friday = new Date("2026-12-04T15:00:00Z");

describe("the move to send", () => {
  it("sends the session and its new start", () => {
    expect(rescheduleRequest(SESSION_ID, friday)).toEqual({
      ok: true,
      input: { appointmentId: SESSION_ID, start: friday },
    });
  });

  it("refuses a broken session link in booking.reschedule's words, as the server would", () => {
    const request = rescheduleRequest("not-a-session", friday);
    expect(request.ok || request.problem).toMatchObject({
      message: "That session link is not valid.",
      field: "appointmentId",
      alternatives: [],
    });
  });
});
