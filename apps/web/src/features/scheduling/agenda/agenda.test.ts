import { describe, expect, it } from "vitest";

import { agendaLinkOf, type AgendaSession } from "./agenda";

const session: AgendaSession = {
  id: "5d1c1ad8-29d5-4c55-9d3c-0a8f1b5a7e11",
  start: new Date("2026-03-04T15:00:00Z"),
  end: new Date("2026-03-04T15:45:00Z"),
  status: "scheduled",
  modality: "telehealth",
  kind: "coaching",
  children: [],
};

describe("agendaLinkOf", () => {
  it("joins a video session until it ends, then links its summary", () => {
    expect(agendaLinkOf(session, new Date("2026-03-04T14:00:00Z"))).toEqual({
      kind: "join",
      href: `/sessions/${session.id}`,
    });
    expect(agendaLinkOf(session, new Date("2026-03-04T15:46:00Z"))).toEqual({
      kind: "summary",
      href: `/sessions/${session.id}/summary`,
    });
    expect(
      agendaLinkOf({ ...session, status: "completed" }, new Date("2026-03-04T15:10:00Z"))?.kind,
    ).toBe("summary");
  });

  it("links nothing for a cancelled or in-person session", () => {
    expect(
      agendaLinkOf({ ...session, status: "cancelled" }, new Date("2026-03-04T14:00:00Z")),
    ).toBeNull();
    expect(
      agendaLinkOf({ ...session, modality: "clinic" }, new Date("2026-03-04T14:00:00Z")),
    ).toBeNull();
  });
});
