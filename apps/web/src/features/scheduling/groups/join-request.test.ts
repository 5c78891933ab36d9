import { describe, expect, it } from "vitest";

import type { DescribedError } from "~/lib/trpc-error";
import { joinMessages, joinRequest } from "./join-request";

const GROUP_ID = "7d1f1c0e-2b4a-4c55-9a43-0f3c1b7e2a10";
const SOFIA_ID = "0b9e8c67-5d3f-4f0a-8a1e-6c2d9b4e7f21";
const videoGroup = { id: GROUP_ID, modality: "telehealth" };
const sofia = { id: SOFIA_ID, firstName: "Sofia" };

const refused = (over: Partial<DescribedError>): DescribedError => ({
  message: "Refused.",
  field: null,
  fieldErrors: null,
  code: "PRECONDITION_FAILED",
  reason: null,
  alternatives: [],
  current: null,
  ...over,
});

describe("joining a group", () => {
  it("asks where the child will be for a video group, by name", () => {
    expect(joinRequest({ group: videoGroup, child: sofia, location: "" })).toEqual({
      ok: false,
      messages: {
        locationError: "Choose the state Sofia will be in during the video session.",
        problem: null,
      },
    });
  });

  it("sends the state for a video group and none for a group in the clinic", () => {
    expect(joinRequest({ group: videoGroup, child: sofia, location: "IL" })).toEqual({
      ok: true,
      input: { appointmentId: GROUP_ID, childId: SOFIA_ID, childLocationState: "IL" },
    });
    const inClinic = joinRequest({
      group: { ...videoGroup, modality: "clinic" },
      child: sofia,
      location: "IL",
    });
    expect(inClinic.ok && inClinic.input.childLocationState).toBeNull();
  });

  it("says what group.join's contract says of a bad input", () => {
    expect(
      joinRequest({ group: { id: "not-a-group", modality: "clinic" }, child: sofia, location: "" }),
    ).toEqual({
      ok: false,
      messages: { locationError: null, problem: "That group link is not valid." },
    });
  });

  it("shows the server's refusal about the state beside the state field, any other above", () => {
    expect(
      joinMessages(refused({ field: "childLocationState", message: "Not licensed there." })),
    ).toEqual({ locationError: "Not licensed there.", problem: null });
    expect(joinMessages(refused({ message: "This group is full." }))).toEqual({
      locationError: null,
      problem: "This group is full.",
    });
  });
});
