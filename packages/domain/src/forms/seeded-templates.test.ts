import { describe, expect, it } from "vitest";

import { SEEDED_FORM_TEMPLATES } from "./seeded-templates";
import { STANDARD_FORM_KEYS } from "./settings";
import { FormContentInput } from "./template-content";

describe("SEEDED_FORM_TEMPLATES", () => {
  it("seeds each standard form once, each one a form the clinic could have written", () => {
    expect(SEEDED_FORM_TEMPLATES.map((t) => t.key).sort()).toEqual([...STANDARD_FORM_KEYS].sort());
    for (const template of SEEDED_FORM_TEMPLATES)
      expect(FormContentInput.safeParse(template.content).error?.issues ?? []).toEqual([]);
  });

  it("records the telehealth and caregiver-training consents when signed", () => {
    const kinds = Object.fromEntries(SEEDED_FORM_TEMPLATES.map((t) => [t.key, t.consentKind]));
    expect(kinds).toMatchObject({
      telehealth_consent: "telehealth",
      caregiver_training_consent: "caregiver_training",
      intake: null,
    });
  });

  it("asks the intake's six parts, concerns required", () => {
    const intake = SEEDED_FORM_TEMPLATES.find((t) => t.key === "intake");
    expect(intake?.content.sections.map((s) => s.id)).toEqual([
      "pregnancy_birth",
      "milestones",
      "diagnoses",
      "concerns",
      "school",
      "routines",
    ]);
  });
});

describe("FormContentInput", () => {
  const field = { id: "a", type: "text", label: "A", required: false } as const;
  it("refuses two fields with one id, and a choice without options", () => {
    const twice = { sections: [{ id: "s", title: "S", fields: [field, field] }] };
    expect(FormContentInput.safeParse(twice).error?.issues[0]?.message).toBe(
      "Two fields share an id: give each its own",
    );
    const bare = { sections: [{ id: "s", title: "S", fields: [{ ...field, type: "choice" }] }] };
    expect(FormContentInput.safeParse(bare).error?.issues[0]?.message).toBe(
      "Give this field at least one option",
    );
  });
});
