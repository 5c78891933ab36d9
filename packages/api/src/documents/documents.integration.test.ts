import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { insertChild, setChildTherapists, upsertGuardianLink } from "@carryover/db/queries";
import { auditEvents, children, documents } from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";

import type { ServiceDeps } from "../context";
import { AppError } from "../errors";
import type { AuthSession } from "../identity/resolve-auth-session";
import type { StoragePort } from "../ports/storage";
import { MB, readAll, sha256 } from "../testing/byte-streams";
import { refusalOf } from "../testing/refusal";
import { startS3rver } from "../testing/s3rver";
import { callerFor, signInAs, testDeps, testMeta } from "../testing/test-context";
import { openDocument } from "./open-document";
import { uploadDocumentFromRequest } from "./upload-document";

const { db } = await useTestDatabase();
let s3: Awaited<ReturnType<typeof startS3rver>>;
let deps: ServiceDeps;

let rivera: AuthSession;
let chen: AuthSession;
let johnson: AuthSession;
let garcia: AuthSession;
let harbor: AuthSession;
let childId: string;

const BOUNDARY = "carryover-test-boundary";
const PDF = Buffer.concat([
  Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n"),
  Buffer.alloc(64 * 1024, 32),
]);
/** A Windows executable's first bytes, sent under a PDF's name. */
const EXECUTABLE = Buffer.concat([
  Buffer.from("MZ\x90\x00\x03\x00\x00\x00"),
  Buffer.alloc(8 * 1024),
]);

/**
 * A multipart body as a browser sends it: the fields, then the file. `breakAfter` breaks the
 * connection after that many of the file's bytes; `endAfter` ends the body there, mid-file.
 */
function multipart(
  fields: Record<string, string>,
  file: { name: string; data: Buffer; breakAfter?: number; endAfter?: number },
) {
  const parts = Object.entries(fields).map(
    ([name, value]) =>
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  const head = Buffer.from(
    `${parts.join("")}--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/pdf\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${BOUNDARY}--\r\n`);
  const body = Readable.from(
    (function* () {
      yield head;
      const end = file.endAfter ?? file.data.length;
      for (let at = 0; at < end; at += 64 * 1024) {
        if (file.breakAfter !== undefined && at >= file.breakAfter)
          throw new Error("connection reset");
        yield file.data.subarray(at, Math.min(at + 64 * 1024, end));
      }
      if (file.endAfter === undefined) yield tail;
    })(),
  );
  return { headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}` }, body };
}

const as = (session: AuthSession, storage: StoragePort = s3.storage) => ({
  ...deps,
  storage,
  meta: testMeta(),
  actor: session.actor,
});

function upload(session: AuthSession, file: Parameters<typeof multipart>[1], fields = {}) {
  const { headers, body } = multipart({ childId, ...fields }, file);
  return uploadDocumentFromRequest(as(session), headers, body);
}

/** How a service called outside tRPC (as the upload and download routes call it) refused. */
async function refused(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (cause: unknown) => cause,
  );
  if (!(error instanceof AppError)) throw new Error(`not refused: ${String(error)}`);
  return {
    code: error.code,
    reason: error.reason,
    field: error.details.field,
    message: error.message,
  };
}

const rowsOfChild = () => db.select().from(documents).where(eq(documents.childId, childId));

beforeAll(async () => {
  s3 = await startS3rver();
  deps = { ...testDeps(db), storage: s3.storage };
  rivera = await signInAs(deps, "ot.rivera@maplegrove.test");
  chen = await signInAs(deps, "ot.chen@maplegrove.test");
  johnson = await signInAs(deps, "parent.johnson@maplegrove.test");
  garcia = await signInAs(deps, "parent.garcia@maplegrove.test");
  harbor = await signInAs(deps, "admin@harborkids.test");
  childId = await insertChild(db, {
    clinicId: rivera.actor.clinicId,
    firstName: "Docs",
    lastName: "Johnson",
    dateOfBirth: "2019-03-03",
    primaryTherapistId: rivera.actor.userId,
  });
  await setChildTherapists(db, childId, rivera.actor.userId, []);
  await upsertGuardianLink(db, {
    childId,
    guardianId: johnson.actor.userId,
    relationship: "parent",
  });
});
afterAll(() => s3.stop());

describe("uploading a child's document to an S3-compatible store", () => {
  it("keeps a guardian's PDF with its detected type, its checksum and who sent it, audited", async () => {
    const document = await upload(
      johnson,
      { name: "school plan.pdf", data: PDF },
      { category: "school_plan" },
    );
    expect(document).toMatchObject({
      fileName: "school plan.pdf",
      mime: "application/pdf",
      kind: "document",
      category: "school_plan",
      source: "family",
      bytes: PDF.length,
      sha256: sha256(PDF),
    });
    expect(await s3.keys()).toContain(document.storageKey);
    const { read } = await openDocument(as(rivera), { documentId: document.id });
    expect(sha256(await readAll(read.body))).toBe(sha256(PDF));
    const audited = await db.select().from(auditEvents).where(eq(auditEvents.entityId, childId));
    expect(audited.map((event) => event.action)).toContain("document.upload");
  });

  it("names the file after the type it is, not the name it came with", async () => {
    const png = Buffer.concat([
      Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex"),
      Buffer.alloc(1024),
    ]);
    const document = await upload(johnson, { name: "../../etc/scan.pdf", data: png });
    expect(document).toMatchObject({ fileName: "scan.png", mime: "image/png", category: "other" });
  });

  it("refuses an executable renamed .pdf and keeps nothing", async () => {
    const before = { keys: (await s3.keys()).length, rows: (await rowsOfChild()).length };
    const refusal = await refused(upload(johnson, { name: "report.pdf", data: EXECUTABLE }));
    expect(refusal).toMatchObject({ code: "UNPROCESSABLE", field: "file" });
    expect(refusal.message).toMatch(/can't be uploaded|not a kind|type/i);
    expect({ keys: (await s3.keys()).length, rows: (await rowsOfChild()).length }).toEqual(before);
  });

  it("refuses a document over 25 MB on the way in and keeps nothing", async () => {
    const before = { keys: (await s3.keys()).length, rows: (await rowsOfChild()).length };
    const big = Buffer.concat([PDF, Buffer.alloc(25 * MB)]);
    const refusal = await refused(upload(johnson, { name: "scan.pdf", data: big }));
    expect(refusal).toMatchObject({ code: "UNPROCESSABLE", field: "file" });
    expect(refusal.message).toMatch(/25 MB/);
    expect({ keys: (await s3.keys()).length, rows: (await rowsOfChild()).length }).toEqual(before);
  });

  it("keeps nothing of an upload broken off or cut short mid-file", async () => {
    const before = { keys: (await s3.keys()).length, rows: (await rowsOfChild()).length };
    const data = Buffer.concat([PDF, Buffer.alloc(8 * MB)]);
    for (const cut of [{ breakAfter: 6 * MB }, { endAfter: 6 * MB }]) {
      const refusal = await refused(upload(johnson, { name: "scan.pdf", data, ...cut }));
      expect(refusal.message).toMatch(/interrupted|didn't finish|try again/i);
    }
    expect({ keys: (await s3.keys()).length, rows: (await rowsOfChild()).length }).toEqual(before);
  });

  it("says uploads are unavailable when the store cannot be reached, and records nothing", async () => {
    const before = (await rowsOfChild()).length;
    const away: StoragePort = {
      ...s3.storage,
      // The connection refused as the first bytes go out, as a store that is down answers.
      put: async (_key, body) => {
        await pipeline(
          body,
          new Writable({
            write: (_chunk, _encoding, done) => done(new Error("connect ECONNREFUSED")),
          }),
        );
        throw new Error("unreachable");
      },
    };
    const { headers, body } = multipart({ childId }, { name: "a.pdf", data: PDF });
    const refusal = await refused(uploadDocumentFromRequest(as(johnson, away), headers, body));
    expect(refusal.message).toMatch(/Uploads are unavailable right now/);
    expect((await rowsOfChild()).length).toBe(before);
  });

  it("refuses a family's upload as a clinic document, and anyone off the case", async () => {
    const wrongKind = await refused(
      upload(johnson, { name: "a.pdf", data: PDF }, { category: "plan_of_care" }),
    );
    expect(wrongKind).toMatchObject({ field: "category" });
    for (const outsider of [garcia, harbor, chen])
      expect((await refused(upload(outsider, { name: "a.pdf", data: PDF }))).code).toBe(
        "NOT_FOUND",
      );
  });
});

describe("opening a child's document", () => {
  it("answers only the child's family and care team; a clinic document kept from the family is not theirs", async () => {
    const letter = await upload(
      rivera,
      { name: "letter.pdf", data: PDF },
      { category: "letter", sharedWithFamily: "false" },
    );
    const shared = await upload(
      rivera,
      { name: "progress.pdf", data: PDF },
      { category: "progress_report" },
    );
    expect(letter).toMatchObject({ source: "clinic", sharedWithFamily: false });
    await expect(openDocument(as(johnson), { documentId: shared.id })).resolves.toBeTruthy();
    for (const outsider of [garcia, harbor, chen])
      expect((await refused(openDocument(as(outsider), { documentId: shared.id }))).code).toBe(
        "NOT_FOUND",
      );
    expect((await refused(openDocument(as(johnson), { documentId: letter.id }))).code).toBe(
      "NOT_FOUND",
    );
    const family = await callerFor(deps, johnson).document.list({ childId });
    expect(family.documents.map((d) => d.id)).not.toContain(letter.id);
    expect(family.documents.map((d) => d.id)).toContain(shared.id);
    const team = await callerFor(deps, rivera).document.list({ childId });
    expect(team.documents.map((d) => d.id)).toContain(letter.id);
    await callerFor(deps, rivera).document.share({ documentId: letter.id, sharedWithFamily: true });
    await expect(openDocument(as(johnson), { documentId: letter.id })).resolves.toBeTruthy();
    for (const outsider of [garcia, harbor])
      expect(
        (await refusalOf(callerFor(deps, outsider).document.list({ childId }), deps)).code,
      ).toBe("NOT_FOUND");
  });

  it("streams the byte range a video player asks for", async () => {
    const document = await upload(johnson, { name: "a.pdf", data: PDF });
    const { read } = await openDocument(as(johnson), {
      documentId: document.id,
      range: { start: 10, end: 19 },
    });
    expect(read.range).toEqual({ start: 10, end: 19 });
    expect(await readAll(read.body)).toEqual(PDF.subarray(10, 20));
  });
});

/** An MP4's first box ("ftyp", brand isom), then nothing a player needs: enough to be a video. */
const MP4 = Buffer.concat([
  Buffer.from("000000186674797069736f6d0000020069736f6d69736f32", "hex"),
  Buffer.alloc(256 * 1024),
]);

describe("practice videos", () => {
  it("go from the family's phone to the therapist's dashboard, and the reply comes back beside the activity", async () => {
    const [maya] = await db.select().from(children).where(eq(children.firstName, "Maya"));
    if (!maya) throw new Error("no demo Maya");
    const { program } = await callerFor(deps, rivera).program.get({ childId: maya.id });
    const activity = program?.activities[0];
    if (!activity) throw new Error("Maya's demo program has no activity");
    const { headers, body } = multipart({ childId: maya.id }, { name: "tonight.mov", data: MP4 });
    const uploaded = await uploadDocumentFromRequest(as(johnson), headers, body);
    expect(uploaded).toMatchObject({
      kind: "video",
      mime: "video/mp4",
      category: "practice_video",
    });

    const family = callerFor(deps, johnson);
    const { id: videoId } = await family.practiceVideo.share({
      childId: maya.id,
      documentId: uploaded.id,
      activityId: activity.id,
      note: "<b>Shoes</b> went on first try",
    });
    const waiting = await callerFor(deps, rivera).practiceVideo.unseen();
    expect(waiting.videos.find((video) => video.id === videoId)).toMatchObject({
      childName: "Maya Johnson",
      activityName: activity.content.title,
      note: "<b>Shoes</b> went on first try",
    });
    // A therapist off Maya's case does not see it waiting.
    expect(
      (await callerFor(deps, chen).practiceVideo.unseen()).videos.map((v) => v.id),
    ).not.toContain(videoId);

    await callerFor(deps, rivera).practiceVideo.reply({
      videoId,
      body: "Look at 0:12: great pacing.",
      momentSeconds: 12,
    });
    expect(
      (await callerFor(deps, rivera).practiceVideo.unseen()).videos.map((v) => v.id),
    ).not.toContain(videoId);
    const beside = await family.practiceVideo.list({ childId: maya.id, activityId: activity.id });
    expect(beside.videos.find((video) => video.id === videoId)?.replies).toMatchObject([
      { body: "Look at 0:12: great pacing.", momentSeconds: 12 },
    ]);
    const conversation = await family.message.get({ childId: maya.id });
    expect(conversation.messages.find((m) => m.practiceVideoId === videoId)).toMatchObject({
      practiceVideoId: videoId,
      videoMomentSeconds: 12,
      activityId: activity.id,
      activityTitle: activity.content.title,
    });

    for (const outsider of [garcia, harbor])
      expect(
        (await refusalOf(callerFor(deps, outsider).practiceVideo.list({ childId: maya.id }), deps))
          .code,
      ).toBe("NOT_FOUND");
    expect(
      (await refusalOf(callerFor(deps, harbor).practiceVideo.markSeen({ videoId }), deps)).code,
    ).toBe("NOT_FOUND");
    // The same video shared twice, or someone else's upload, is refused.
    expect(
      (
        await refusalOf(
          family.practiceVideo.share({
            childId: maya.id,
            documentId: uploaded.id,
            activityId: activity.id,
          }),
          deps,
        )
      ).code,
    ).toBe("CONFLICT");
  });

  it("sends a document with a message, which only the child's people can open", async () => {
    const document = await upload(
      johnson,
      { name: "note from school.pdf", data: PDF },
      { category: "school_plan" },
    );
    const family = callerFor(deps, johnson);
    await family.message.send({ childId, body: "The school's note", documentId: document.id });
    const team = await callerFor(deps, rivera).message.get({ childId });
    expect(team.messages.find((m) => m.body === "The school's note")?.document).toEqual({
      id: document.id,
      fileName: "note from school.pdf",
      mime: "application/pdf",
    });
    // Another child's document cannot ride along.
    const letter = await upload(
      rivera,
      { name: "letter.pdf", data: PDF },
      { category: "letter", sharedWithFamily: "false" },
    );
    expect(
      (await refusalOf(family.message.send({ childId, body: "x", documentId: letter.id }), deps))
        .code,
    ).toBe("NOT_FOUND");
  });
});
