import { describe, expect, it } from "vitest";

import { checkSessionTypeDraft, draftOf, noticeInWords, priceInWords } from "./session-type-draft";

const ID = "2a7c9e41-3b5d-4f6a-8c1e-0d9b7a5c3e12";
const coaching = {
  id: ID,
  durationMinutes: 45,
  priceCents: 9500,
  capacity: 1,
  minimumNoticeMinutes: 120,
  cancellationWindowHours: 24,
};

describe("checkSessionTypeDraft", () => {
  it("turns dollars into cents and hours of notice into minutes", () => {
    const draft = { ...draftOf(coaching), price: "110", noticeHours: "48", durationMinutes: "50" };
    expect(checkSessionTypeDraft(ID, draft)).toEqual({
      ok: true,
      input: {
        sessionTypeId: ID,
        durationMinutes: 50,
        priceCents: 11000,
        capacity: 1,
        minimumNoticeMinutes: 2880,
        cancellationWindowHours: 24,
      },
    });
  });

  it("sends no price when the field is empty", () => {
    const checked = checkSessionTypeDraft(ID, { ...draftOf(coaching), price: "" });
    expect(checked.ok && checked.input.priceCents).toBeNull();
  });

  it("puts the contract's message beside the length, and its own beside a price in words", () => {
    const checked = checkSessionTypeDraft(ID, {
      ...draftOf(coaching),
      durationMinutes: "47",
      price: "ninety",
    });
    expect(checked).toEqual({
      ok: false,
      errors: {
        durationMinutes: "Use a multiple of 5 minutes, for example 45.",
        price: "Enter the price in dollars and cents, for example 95.00.",
      },
    });
  });
});

describe("words", () => {
  it("shows a price and a notice as a clinic reads them", () => {
    expect(priceInWords(9500)).toBe("$95.00");
    expect(priceInWords(null)).toBe("No price set");
    expect(noticeInWords(120)).toBe("2 hours");
    expect(noticeInWords(60)).toBe("1 hour");
    expect(draftOf(coaching).price).toBe("95.00");
  });
});
