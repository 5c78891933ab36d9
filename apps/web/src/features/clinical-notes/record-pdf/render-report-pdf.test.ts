import { describe, expect, it } from "vitest";

import { drawnText } from "./pdf-text";
import { base, clock, GOAL_A, goals, letterhead } from "./record-pdf-fixtures";
import { renderReportPdf, type PrintableReport } from "./render-report-pdf";

const report: PrintableReport = {
  ...base,
  kind: "discharge_summary",
  content: {
    periodFrom: "2026-10-01",
    periodTo: "2027-01-20",
    summary: "Maya met her dressing goals.",
    goalProgress: [{ goalId: GOAL_A, status: "met", narrative: "Buttons her coat daily." }],
    recommendations: "Continue the home program for a month.",
    familySummary: "Maya can now get dressed on her own!",
    dischargeReason: "Goals met",
  },
};

describe("renderReportPdf", () => {
  it("prints the period, each goal's progress, recommendations and the discharge reason", async () => {
    const text = drawnText(
      await renderReportPdf({ note: report, letterhead, goals, clock, compress: false }),
    );
    for (const expected of [
      "Discharge summary",
      "October 1, 2026 to January 20, 2027",
      "Maya met her dressing goals.",
      "Goal 1: Maya will button a shirt independently in 4 of 5 trials by March 1.",
      "Status Met",
      "Buttons her coat daily.",
      "Continue the home program for a month.",
      "Reason for discharge Goals met",
      "Signed by Jordan Lee, OTR/L",
    ])
      expect(text).toContain(expected);
  });

  it("leaves out the discharge reason from a progress report", async () => {
    const text = drawnText(
      await renderReportPdf({
        note: {
          ...report,
          kind: "progress_report",
          content: { ...report.content, dischargeReason: null },
        },
        letterhead,
        goals,
        clock,
        compress: false,
      }),
    );
    expect(text).toContain("Progress report");
    expect(text).not.toContain("Reason for discharge");
  });
});
