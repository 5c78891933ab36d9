import { describe, expect, it } from "vitest";

import { checkNewChild, EMPTY_CHILD, newChildFieldOf, tickTherapist } from "./new-child";

const TODAY = "2026-03-10";
const PARK = "7f1c0d0e-1b2a-4c3d-8e4f-5a6b7c8d9e0f";
const CHEN = "1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d";
const maya = {
  ...EMPTY_CHILD,
  firstName: " Maya ",
  lastName: " Johnson ",
  dateOfBirth: "2019-05-02",
};

describe("adding a child", () => {
  it("sends the trimmed names, with no primary therapist when none is chosen", () => {
    expect(checkNewChild(maya, TODAY)).toEqual({
      ok: true,
      input: {
        firstName: "Maya",
        lastName: "Johnson",
        dateOfBirth: "2019-05-02",
        primaryTherapistId: null,
        therapistIds: [],
      },
    });
  });

  it("leaves the primary therapist out of the other therapists", () => {
    const checked = checkNewChild(
      { ...maya, primaryTherapistId: PARK, therapistIds: [CHEN, PARK] },
      TODAY,
    );
    expect(checked.ok && checked.input).toMatchObject({
      primaryTherapistId: PARK,
      therapistIds: [CHEN],
    });
  });

  it("asks for both names and a date of birth", () => {
    expect(checkNewChild({ ...EMPTY_CHILD, firstName: "  " }, TODAY)).toEqual({
      ok: false,
      errors: {
        firstName: "Enter the child's first name.",
        lastName: "Enter the child's last name.",
        dateOfBirth: "Enter the child's date of birth.",
      },
    });
  });

  it("refuses a birth date after today in the clinic's zone, and takes today", () => {
    expect(checkNewChild({ ...maya, dateOfBirth: "2026-03-11" }, TODAY)).toEqual({
      ok: false,
      errors: { dateOfBirth: "The date of birth can't be in the future." },
    });
    expect(checkNewChild({ ...maya, dateOfBirth: TODAY }, TODAY).ok).toBe(true);
  });

  it("refuses a child over 18", () => {
    expect(checkNewChild({ ...maya, dateOfBirth: "2007-03-09" }, TODAY)).toEqual({
      ok: false,
      errors: { dateOfBirth: "Carryover is for children up to 18 years old." },
    });
  });

  it("keeps names to child.create's limit, in its words", () => {
    expect(checkNewChild({ ...maya, lastName: "J".repeat(121) }, TODAY)).toEqual({
      ok: false,
      errors: { lastName: "Keep the name under 120 characters" },
    });
  });

  it("ticks and unticks other therapists", () => {
    expect(tickTherapist([CHEN], PARK, true)).toEqual([CHEN, PARK]);
    expect(tickTherapist([CHEN, PARK], CHEN, false)).toEqual([PARK]);
  });

  it("shows a server message on the field it names, list items included", () => {
    expect(newChildFieldOf("therapistIds.1")).toBe("therapistIds");
    expect(newChildFieldOf("dateOfBirth")).toBe("dateOfBirth");
    expect(newChildFieldOf("clinicId")).toBeNull();
    expect(newChildFieldOf(null)).toBeNull();
  });
});
