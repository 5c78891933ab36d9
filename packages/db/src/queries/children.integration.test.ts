import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";

import { children } from "../schema";
import { useTestDatabase } from "../testing/use-test-database";
import { findChildFacts, findChildrenFacts } from "./children";

const { db } = await useTestDatabase();

describe("findChildrenFacts", () => {
  it("reads in one query the facts findChildFacts reads for each child", async () => {
    const ids = (await db.select({ id: children.id }).from(children)).map((c) => c.id);
    expect(ids.length).toBeGreaterThan(1);
    const one = await Promise.all(ids.map((id) => findChildFacts(db, id)));
    const byId = (facts: { id: string }[]) => [...facts].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await findChildrenFacts(db, ids))).toEqual(
      byId(one.flatMap((f) => (f ? [f] : []))),
    );
  });

  it("leaves out a child that does not exist, and asks nothing for no children", async () => {
    const [first] = await db.select({ id: children.id }).from(children).limit(1);
    if (!first) throw new Error("seed missing");
    const facts = await findChildrenFacts(db, [first.id, randomUUID()]);
    expect(facts.map((f) => f.id)).toEqual([first.id]);
    expect(await findChildrenFacts(db, [])).toEqual([]);
  });
});
