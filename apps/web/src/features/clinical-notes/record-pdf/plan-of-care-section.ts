import type { Modality } from "@carryover/domain/scheduling";

import { MODALITY_LABELS_FOR_STAFF } from "~/features/scheduling/labels";
import { MUTED } from "~/lib/pdf-writer";
import { formatCalendarDateLong, formatDateTime, type HourCycle } from "~/lib/time";
import { draftBanner, facts, section, table, type PdfWriter } from "./record-layout";

export type PlanCertification =
  | { method: "link"; physicianName: string; physicianNpi: string; signedAt: string }
  | { method: "by_hand"; physicianName: string; signedCopyOn: string }
  | null;

/** A plan of care as it prints: what the physician reads (`PlanOfCareDocument`) and its certification. */
export type PrintablePlan = {
  startOn: string;
  endOn: string;
  frequency: string;
  interventions: readonly { code: string; label: string }[];
  modalities: readonly string[];
  homeProgramSummary: string;
  goals: readonly { term: "long" | "short"; sentence: string }[];
  certification: PlanCertification;
};

export const AWAITING_SIGNATURE = "Awaiting physician signature";
// Room for a signature by hand on a printed copy.
const SIGNATURE_LINE = "_".repeat(40);

const modalityWords = (m: string) => MODALITY_LABELS_FOR_STAFF[m as Modality] ?? m;

/** The plan: goals, frequency and duration, interventions, dates, home program, certification. */
export function writePlanOfCare(
  w: PdfWriter,
  plan: PrintablePlan,
  clock: { timeZone: string; cycle?: HourCycle },
  options: { heading: boolean } = { heading: true },
) {
  if (options.heading) w.heading("Plan of care");
  if (!plan.certification) draftBanner(w, AWAITING_SIGNATURE);
  facts(w, [
    [
      "Certification period",
      `${formatCalendarDateLong(plan.startOn)} to ${formatCalendarDateLong(plan.endOn)}`,
    ],
    ["Frequency and duration", plan.frequency],
    ["Modalities", plan.modalities.map(modalityWords).join(", ")],
  ]);
  w.label("Planned interventions");
  table(
    w,
    [
      { header: "CPT", width: 1 },
      { header: "Intervention", width: 5 },
    ],
    plan.interventions.map((i) => [i.code, i.label]),
  );
  w.label("Goals");
  if (plan.goals.length === 0) w.paragraph("No goals attached.", { color: MUTED });
  const count = { long: 0, short: 0 };
  for (const goal of plan.goals) {
    count[goal.term] += 1;
    const words = goal.term === "long" ? "Long-term goal" : "Short-term goal";
    w.bullets([`${words} ${count[goal.term]}: ${goal.sentence}`], goal.term === "short" ? 18 : 0);
  }
  section(w, "Home program", plan.homeProgramSummary);

  // The certification block stays on one page.
  w.ensureRoom(150);
  w.heading("Physician certification");
  w.paragraph(
    "I certify that I have reviewed this plan of care and that the services are medically necessary.",
    { color: MUTED, size: 10 },
  );
  const cert = plan.certification;
  if (!cert) {
    facts(w, [
      ["Status", AWAITING_SIGNATURE],
      ["Physician", SIGNATURE_LINE],
      ["Signature", SIGNATURE_LINE],
      ["NPI", SIGNATURE_LINE],
      ["Date", SIGNATURE_LINE],
    ]);
  } else if (cert.method === "link") {
    facts(w, [
      ["Signed by", cert.physicianName],
      ["NPI", cert.physicianNpi],
      ["Signed", formatDateTime(new Date(cert.signedAt), clock.timeZone, clock.cycle)],
      ["How", "Signed electronically through Carryover's signing link"],
    ]);
  } else {
    facts(w, [
      ["Signed by", cert.physicianName],
      ["Signed copy dated", formatCalendarDateLong(cert.signedCopyOn)],
      ["How", "Signed on paper; the signed copy is kept by the clinic"],
    ]);
  }
}
