import { describe, expect, it } from "vitest";

import { useTestDatabase } from "@carryover/db/testing/vitest";

import { callerFor, rolledBack, signInAs, testDeps, testMeta } from "../testing/test-context";
import { getClinicLetterhead } from "./clinic-letterhead";

const { db } = await useTestDatabase();

const PNG = new Uint8Array(64);
PNG.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

describe("getClinicLetterhead", () => {
  it("gives the actor's own clinic, with its logo's bytes once it has one", async () => {
    await rolledBack(db, async (tx) => {
      const deps = testDeps(tx);
      const therapist = await signInAs(deps, "ot.rivera@maplegrove.test");
      const harbor = await signInAs(deps, "ot.park@harborkids.test");
      const admin = await signInAs(deps, "admin@maplegrove.test");
      const ctx = (session: typeof therapist) => ({
        ...deps,
        meta: testMeta(),
        actor: session.actor,
      });

      const before = await getClinicLetterhead(ctx(therapist));
      expect(before).toMatchObject({ name: "Maple Grove Pediatric Therapy", logo: null });
      expect(before.address).toBeTruthy();

      await callerFor(deps, admin).clinic.setLogo({ image: Buffer.from(PNG).toString("base64") });
      const after = await getClinicLetterhead(ctx(therapist));
      expect(after.logo?.contentType).toBe("image/png");
      expect([...(after.logo?.bytes ?? [])]).toEqual([...PNG]);

      // Another clinic's letterhead never carries this one's logo.
      const other = await getClinicLetterhead(ctx(harbor));
      expect(other).toMatchObject({ name: "Harbor Kids OT", logo: null });
    });
  });
});
