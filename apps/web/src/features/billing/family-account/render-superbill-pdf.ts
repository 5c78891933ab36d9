import "server-only";

import type { Superbill } from "@carryover/api/contracts/superbill";

import { formatCents } from "~/lib/money";
import { createPdfWriter, MUTED } from "~/lib/pdf-writer";
import { formatCalendarDate } from "~/lib/time";

const lineWords = (line: Superbill["visits"][number]["lines"][number]) =>
  `${line.code}${line.modifiers.length ? `-${line.modifiers.join("-")}` : ""} × ${line.units}: ${formatCents(line.cents)}`;

/** A superbill as a Letter-size PDF: provider, patient, diagnoses, visits with their codes, totals. */
export async function renderSuperbillPdf(superbill: Superbill): Promise<Buffer> {
  const pdf = createPdfWriter({ title: "Superbill", author: superbill.clinic?.legalName ?? "" });
  const { clinic, child } = superbill;
  pdf.heading("Superbill (itemized statement of services)");
  pdf.paragraph(
    `Services from ${formatCalendarDate(superbill.from)} to ${formatCalendarDate(superbill.to)}`,
    { color: MUTED },
  );
  pdf.label("Provider");
  pdf.paragraph(
    clinic
      ? [
          clinic.legalName,
          clinic.address,
          `Phone ${clinic.phone}`,
          `NPI ${clinic.npi} · Tax ID ${clinic.taxId}`,
        ].join("\n")
      : "The clinic has not entered its billing details yet.",
  );
  pdf.label("Patient");
  pdf.paragraph(`${child.name}, born ${formatCalendarDate(child.dateOfBirth)}`);
  pdf.label("Diagnoses (ICD-10-CM)");
  if (superbill.diagnoses.length === 0) pdf.paragraph("None on file.");
  else pdf.numbered(superbill.diagnoses.map((d) => `${d.code} ${d.description}`));
  pdf.label("Services (CPT)");
  if (superbill.visits.length === 0) pdf.paragraph("No visits in these dates.");
  for (const visit of superbill.visits) {
    pdf.ensureRoom(60);
    pdf.paragraph(
      `${formatCalendarDate(visit.serviceOn)} · place of service ${visit.placeOfService} · ${visit.providerName}${visit.providerNpi ? ` (NPI ${visit.providerNpi})` : ""} · ${formatCents(visit.totalCents)}`,
      { font: "Helvetica-Bold", size: 10 },
    );
    pdf.bullets(visit.lines.map(lineWords), 12);
  }
  pdf.label("Totals");
  pdf.paragraph(
    `Charged: ${formatCents(superbill.chargedCents)}\nPaid by the family in these dates: ${formatCents(superbill.paidCents)}`,
  );
  return pdf.finish(`Superbill · ${clinic?.legalName ?? ""}`);
}
