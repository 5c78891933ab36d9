import { describe, expect, it } from "vitest";

import { feeSavedWords, feeStandingWords } from "./fee-words";

describe("a missed-session fee in words", () => {
  it("says its amount and the session types it is charged for", () => {
    expect(
      feeStandingWords(4_000, ["Parent coaching session", "Evaluation", "Re-evaluation"]),
    ).toBe("$40.00 for Parent coaching session, Evaluation and Re-evaluation.");
    expect(feeStandingWords(5_000, ["Evaluation"])).toBe("$50.00 for Evaluation.");
  });

  it("says when it is off, or was never set", () => {
    expect(feeStandingWords(4_000, [])).toBe("Off: no session type is charged it.");
    expect(feeStandingWords(null, [])).toBe("Not set yet: no session is charged it.");
  });

  it("says what was saved", () => {
    expect(feeSavedWords("no_show", 5_000, ["Evaluation", "Re-evaluation"])).toBe(
      "Saved. The no-show fee is $50.00 for Evaluation and Re-evaluation, from now on.",
    );
    expect(feeSavedWords("late_cancel", 4_000, [])).toBe(
      "Saved. The late-cancellation fee is off: no session type is chosen.",
    );
  });
});
