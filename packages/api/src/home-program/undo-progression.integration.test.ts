import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import type { Queryable } from "@carryover/db";
import { children } from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";

import { callerFor, rolledBack, signInAs, testDeps } from "../testing/test-context";

const { db } = await useTestDatabase();

async function mayasLadder(q: Queryable) {
  // A clock that moves on at every reading, so the history's order is the order of the changes.
  let tick = Date.parse("2026-12-07T15:00:00Z");
  const deps = testDeps(q, () => new Date((tick += 1000)));
  const rivera = callerFor(deps, await signInAs(deps, "ot.rivera@maplegrove.test"));
  const [maya] = await q
    .select({ id: children.id })
    .from(children)
    .where(eq(children.firstName, "Maya"));
  if (!maya) throw new Error("no Maya in the demo clinic");
  const { program } = await rivera.program.get({ childId: maya.id });
  const ladder = program?.activities.find((a) => a.structure.kind === "ladder");
  if (!ladder || ladder.structure.kind !== "ladder") throw new Error("Maya has no ladder");
  return { rivera, childId: maya.id, ladder, level: ladder.structure.currentLevel };
}

const levelOf = async (
  rivera: Awaited<ReturnType<typeof mayasLadder>>["rivera"],
  childId: string,
  activityId: string,
) => {
  const { program } = await rivera.program.get({ childId });
  const a = program?.activities.find((x) => x.id === activityId);
  return a?.structure.kind === "ladder"
    ? { level: a.structure.currentLevel, version: a.version }
    : null;
};

describe("undoing an applied suggestion", () => {
  it("shows the level before and after, and puts it back as a new, audited change", async () => {
    await rolledBack(db, async (tx) => {
      const { rivera, childId, ladder, level } = await mayasLadder(tx);
      await rivera.progression.accept({ activityId: ladder.id, expectedVersion: ladder.version });
      expect((await levelOf(rivera, childId, ladder.id))?.level).toBe(level + 1);

      const [applied] = await rivera.program.history({ childId });
      expect(applied?.action).toBe("progression.apply");
      expect(applied?.revertible).toBe(true);
      expect(applied?.details).toHaveLength(1);
      const [detail] = applied?.details ?? [];
      expect(detail?.what).toBe("Level");
      expect(detail?.before).toMatch(new RegExp(`^Level ${level + 1}\\b`));
      expect(detail?.after).toMatch(new RegExp(`^Level ${level + 2}\\b`));

      await rivera.program.revert({ childId, revisionId: applied?.id ?? "" });
      expect((await levelOf(rivera, childId, ladder.id))?.level).toBe(level);
      const [undo, original] = await rivera.program.history({ childId });
      expect(undo?.action).toBe("activity.revert");
      expect(undo?.details[0]).toMatchObject({ what: "Level" });
      // The applied step-up is no longer the latest change, so it offers no second undo.
      expect(original?.revertible).toBe(false);
    });
  });

  it("refuses to undo a step-up after a later change, saying why, and changes nothing", async () => {
    await rolledBack(db, async (tx) => {
      const { rivera, childId, ladder, level } = await mayasLadder(tx);
      const applied = await rivera.progression.accept({
        activityId: ladder.id,
        expectedVersion: ladder.version,
      });
      const [stepUp] = await rivera.program.history({ childId });
      await rivera.activity.update({
        activityId: ladder.id,
        expectedVersion: applied.version,
        content: { ...ladder.content, summary: "Shirt buttons at breakfast" },
      });
      const error = await rivera.program.revert({ childId, revisionId: stepUp?.id ?? "" }).then(
        () => null,
        (e: unknown) => e as { code: string; message: string },
      );
      expect(error).toMatchObject({ code: "CONFLICT" });
      expect(error?.message).toContain("changed again afterwards");
      expect((await levelOf(rivera, childId, ladder.id))?.level).toBe(level + 1);
      const history = await rivera.program.history({ childId });
      expect(history.find((r) => r.id === stepUp?.id)?.revertible).toBe(false);
      expect(history[0]?.details).toEqual([
        {
          what: "Summary",
          before: ladder.content.summary,
          after: "Shirt buttons at breakfast",
        },
      ]);
    });
  });
});
