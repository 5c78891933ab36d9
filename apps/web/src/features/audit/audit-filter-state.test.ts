import { describe, expect, it } from "vitest";

import { ListAuditEventsInput } from "@carryover/api/contracts/audit";

import { auditFilterReducer, checkAuditFilters, showingFilters } from "./audit-filter-state";
import { NO_FILTERS, toAuditInput } from "./audit-filters";

const CHILD_ID = "0b7d4a52-93a1-4c1e-9f0e-3d2b1a6c5e77";
const ZONE = "America/Chicago";

describe("checking the audit filters", () => {
  it("trims the record id before applying it", () => {
    expect(checkAuditFilters({ ...NO_FILTERS, entityId: `  ${CHILD_ID} ` }, ZONE)).toEqual({
      ok: true,
      filters: { ...NO_FILTERS, entityId: CHILD_ID },
    });
  });

  it("refuses a record id over 80 characters", () => {
    expect(checkAuditFilters({ ...NO_FILTERS, entityId: "x".repeat(81) }, ZONE)).toEqual({
      ok: false,
      errors: { entityId: "A record id is at most 80 characters." },
    });
  });

  it("refuses an end date before the start date, and takes a single day", () => {
    expect(
      checkAuditFilters({ ...NO_FILTERS, from: "2026-03-10", to: "2026-03-09" }, ZONE),
    ).toEqual({
      ok: false,
      errors: { to: "The end date is before the start date." },
    });
    expect(
      checkAuditFilters({ ...NO_FILTERS, from: "2026-03-10", to: "2026-03-10" }, ZONE).ok,
    ).toBe(true);
  });

  it("says what the audit.list contract says, beside the filter it names", () => {
    const input = toAuditInput({ ...NO_FILTERS, entityId: "x".repeat(81) }, ZONE);
    const refused = ListAuditEventsInput.safeParse(input);
    expect(refused.success).toBe(false);
    expect(checkAuditFilters({ ...NO_FILTERS, entityId: "x".repeat(81) }, ZONE)).toEqual({
      ok: false,
      errors: { entityId: refused.error?.issues[0]?.message },
    });
  });
});

describe("the audit filters form", () => {
  const start = showingFilters({ ...NO_FILTERS, action: "child.read" });

  it("changes only the draft while the admin picks filters", () => {
    const state = auditFilterReducer(start, { type: "edit", key: "from", value: "2026-03-01" });
    expect(state.draft).toEqual({ ...NO_FILTERS, action: "child.read", from: "2026-03-01" });
    expect(state.applied).toEqual(start.applied);
  });

  it("keeps the draft and the shown events when the filters are wrong", () => {
    const edited = auditFilterReducer(start, { type: "edit", key: "to", value: "2026-01-01" });
    const rejected = auditFilterReducer(edited, {
      type: "reject",
      errors: { to: "The end date is before the start date." },
    });
    expect(rejected.errors).toEqual({ to: "The end date is before the start date." });
    expect(rejected.draft).toEqual(edited.draft);
    expect(rejected.applied).toEqual(start.applied);
  });

  it("shows the events for applied filters and forgets the last message", () => {
    const filters = { ...NO_FILTERS, actorId: CHILD_ID };
    const state = auditFilterReducer(
      { ...start, errors: { entityId: "A record id is at most 80 characters." } },
      { type: "apply", filters },
    );
    expect(state).toEqual({ draft: filters, applied: filters, errors: {} });
  });

  it("clears every filter", () => {
    const state = auditFilterReducer(
      { ...start, errors: { to: "The end date is before the start date." } },
      { type: "clear" },
    );
    expect(state).toEqual({ draft: NO_FILTERS, applied: NO_FILTERS, errors: {} });
  });

  it("narrows the trail to one record, dropping the other filters", () => {
    const state = auditFilterReducer(start, {
      type: "showRecord",
      entityType: "child",
      entityId: CHILD_ID,
    });
    const only = { ...NO_FILTERS, entityType: "child", entityId: CHILD_ID };
    expect(state).toEqual({ draft: only, applied: only, errors: {} });
  });
});
