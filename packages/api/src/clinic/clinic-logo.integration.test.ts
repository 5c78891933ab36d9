import { type TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import type { Queryable } from "@carryover/db";
import { auditEvents, clinicLogos } from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";
import { MAX_LOGO_BYTES } from "@carryover/domain/clinic";

import { appErrorOf } from "../errors";
import { callerFor, rolledBack, signInAs, testDeps, testMeta } from "../testing/test-context";
import { clinicLogoFile } from "./clinic-logo";

const { db } = await useTestDatabase();

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const png = (size = 64) => {
  const bytes = new Uint8Array(size);
  bytes.set([...PNG_SIGNATURE, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  return bytes;
};
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
const text = (words: string) => base64(new TextEncoder().encode(words));

async function callers(q: Queryable) {
  const deps = testDeps(q);
  const admin = await signInAs(deps, "admin@maplegrove.test");
  const parent = await signInAs(deps, "parent.johnson@maplegrove.test");
  const harbor = await signInAs(deps, "admin@harborkids.test");
  return {
    deps,
    admin,
    parent,
    harbor,
    adminCaller: callerFor(deps, admin),
    parentCaller: callerFor(deps, parent),
  };
}

const refusalOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as TRPCError,
  );

describe("a clinic's logo", () => {
  it("takes a PNG named as a JPEG as the PNG it is, audited, and serves it to the clinic's people", async () => {
    await rolledBack(db, async (tx) => {
      const { deps, admin, parent, adminCaller, parentCaller } = await callers(tx);
      expect(await parentCaller.clinic.logo()).toBeNull();

      // The file's name never reaches the server: only its bytes, which say PNG.
      const saved = await adminCaller.clinic.setLogo({ image: base64(png()) });
      expect(saved.contentType).toBe("image/png");
      expect(await parentCaller.clinic.logo()).toEqual(saved);
      expect(saved.src).toMatch(/^\/api\/clinic\/logo\?v=[0-9a-f]{16}$/);

      const file = await clinicLogoFile(
        { ...deps, meta: testMeta(), actor: parent.actor },
        parent.actor.clinicId,
      );
      expect(file.contentType).toBe("image/png");
      expect([...file.bytes]).toEqual([...png()]);

      const audited = await tx
        .select({ action: auditEvents.action, actorId: auditEvents.actorId })
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.entityId, admin.actor.clinicId),
            eq(auditEvents.action, "clinic.logo.update"),
          ),
        );
      expect(audited).toEqual([{ action: "clinic.logo.update", actorId: admin.actor.userId }]);
    });
  });

  it("refuses a GIF, an SVG and an HTML page, whatever they are called, naming the field", async () => {
    await rolledBack(db, async (tx) => {
      const { adminCaller } = await callers(tx);
      for (const image of [
        text("GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;"),
        text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        text("<!doctype html><title>logo</title>"),
      ]) {
        const error = await refusalOf(adminCaller.clinic.setLogo({ image }));
        expect(error?.code).toBe("BAD_REQUEST");
        expect(error?.message).toBe("That file is not a PNG or JPEG image. Choose a PNG or JPEG.");
      }
      expect(await tx.select().from(clinicLogos)).toEqual([]);
    });
  });

  it("takes a JPEG of exactly 200 kB and refuses one byte more", async () => {
    await rolledBack(db, async (tx) => {
      const { adminCaller } = await callers(tx);
      const jpeg = new Uint8Array(MAX_LOGO_BYTES);
      jpeg.set([0xff, 0xd8, 0xff, 0xe0]);
      expect((await adminCaller.clinic.setLogo({ image: base64(jpeg) })).contentType).toBe(
        "image/jpeg",
      );
      const tooBig = await refusalOf(
        adminCaller.clinic.setLogo({ image: base64(png(MAX_LOGO_BYTES + 1)) }),
      );
      expect(tooBig?.code).toBe("BAD_REQUEST");
      expect(tooBig?.message).toBe("That image is 201 kB. Choose one of at most 200 kB.");
      // Far over the cap, the contract refuses it before it is decoded.
      const huge = await refusalOf(
        adminCaller.clinic.setLogo({ image: base64(png(MAX_LOGO_BYTES * 2)) }),
      );
      expect(huge?.code).toBe("BAD_REQUEST");
      expect(huge?.message).toContain("at most 200 kB");
    });
  });

  it("is not found for another clinic's people, and gone once removed, audited", async () => {
    await rolledBack(db, async (tx) => {
      const { deps, admin, harbor, adminCaller } = await callers(tx);
      await adminCaller.clinic.setLogo({ image: base64(png()) });
      const harborCtx = { ...deps, meta: testMeta(), actor: harbor.actor };
      const foreign = await clinicLogoFile(harborCtx, admin.actor.clinicId).catch(
        (e: unknown) => e,
      );
      expect(appErrorOf(foreign)?.code).toBe("NOT_FOUND");
      const own = await clinicLogoFile(harborCtx, harbor.actor.clinicId).catch((e: unknown) => e);
      expect(appErrorOf(own)?.code).toBe("NOT_FOUND");
      expect(await callerFor(deps, harbor).clinic.logo()).toBeNull();

      await adminCaller.clinic.removeLogo();
      expect(await adminCaller.clinic.logo()).toBeNull();
      const removed = await tx
        .select({ action: auditEvents.action })
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.entityId, admin.actor.clinicId),
            eq(auditEvents.action, "clinic.logo.remove"),
          ),
        );
      expect(removed).toHaveLength(1);
    });
  });
});
