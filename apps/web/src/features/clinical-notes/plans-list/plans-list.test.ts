import { describe, expect, it } from "vitest";

import type { PlanSummary } from "../chart/types";
import { countPlanViews, plansInView, planViewOf } from "./plans-list";

const plan = (over: Partial<PlanSummary>): PlanSummary => ({
  id: crypto.randomUUID(),
  childId: crypto.randomUUID(),
  childName: "Maya Johnson",
  startOn: "2026-10-01",
  endOn: "2026-12-29",
  certifiedOn: null,
  previousId: null,
  status: "draft",
  dueBy: "2026-10-31",
  ...over,
});

describe("the clinic's plans of care", () => {
  const overdue = plan({
    childName: "Eli Brooks",
    status: "certification_overdue",
    dueBy: "2026-11-01",
  });
  const recert = plan({
    childName: "Sofia Garcia",
    status: "recertification_due",
    dueBy: "2026-12-12",
  });
  const waiting = plan({
    childName: "Noah Kim",
    status: "awaiting_signature",
    dueBy: "2026-12-20",
  });
  const draftSoon = plan({ childName: "Ava Lee", status: "draft", dueBy: "2026-12-10" });
  const draftLater = plan({ childName: "Ben Ortiz", status: "draft", dueBy: "2026-12-30" });
  const certified = plan({ status: "certified", certifiedOn: "2026-10-05", dueBy: null });
  const ended = plan({ status: "ended", startOn: "2026-07-01", endOn: "2026-09-28", dueBy: null });
  const all = [certified, ended, draftLater, waiting, draftSoon, recert, overdue];

  it("lists what needs attention most pressing first, the earliest deadline first within a status", () => {
    expect(plansInView(all, "attention").map((p) => p.childName)).toEqual([
      "Eli Brooks",
      "Sofia Garcia",
      "Noah Kim",
      "Ava Lee",
      "Ben Ortiz",
    ]);
  });

  it("counts each view, and 'all' holds every plan", () => {
    expect(countPlanViews(all)).toEqual({ attention: 5, certified: 1, ended: 1, all: 7 });
    expect(plansInView(all, "all")).toHaveLength(7);
    expect(plansInView(all, "ended")).toEqual([ended]);
  });

  it("puts a child's current plan before an older one of the same status", () => {
    const older = plan({ status: "ended", startOn: "2026-04-01", dueBy: null });
    expect(plansInView([older, ended], "ended")).toEqual([ended, older]);
  });

  it("reads the view from the address, and falls back to what needs attention", () => {
    expect(planViewOf("certified")).toBe("certified");
    expect(planViewOf(["ended", "all"])).toBe("ended");
    expect(planViewOf("everything")).toBe("attention");
    expect(planViewOf(undefined)).toBe("attention");
  });
});
