import { readFile } from "node:fs/promises";
import { sql } from "drizzle-orm";
import PDFDocument from "pdfkit";

import type { Db } from "@carryover/db";
import {
  ensureConversation,
  findActivityOfChild,
  insertMessage,
  insertPracticeVideo,
} from "@carryover/db/queries";

import { storageFor, type StorageConfig } from "../deps";
import { attachMissingFormPdfs } from "../forms/attach-form-pdfs";
import { storeGeneratedDocument } from "./store-document";

const HOUR = 3_600_000;

/** A plain one-page letter as a PDF: what the demo's shared and uploaded documents hold. */
function letterPdf(title: string, paragraphs: string[]): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: "LETTER", margin: 64, info: { Title: title } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
  doc.font("Helvetica-Bold").fontSize(18).text(title);
  for (const paragraph of paragraphs)
    doc.moveDown(0.8).font("Helvetica").fontSize(11).text(paragraph);
  doc.end();
  return done;
}

type DemoChild = {
  clinicId: string;
  clinicName: string;
  childId: string;
  firstName: string;
  guardianId: string;
  therapistId: string;
  activityId: string | null;
};

/** Each demo clinic's main child (Maya at Maple Grove), with a guardian and a program activity. */
function demoChildren(db: Db): Promise<DemoChild[]> {
  return db.execute<DemoChild>(sql`
    select distinct on (c.clinic_id) c.clinic_id as "clinicId", cl.name as "clinicName",
      c.id as "childId", c.first_name as "firstName", g.guardian_id as "guardianId",
      c.primary_therapist_id as "therapistId",
      (select a.id from program_activities a join home_programs p on p.id = a.program_id
        where p.child_id = c.id and a.status = 'active' order by a.position limit 1) as "activityId"
    from children c
    join clinics cl on cl.id = c.clinic_id
    join lateral (select guardian_id from guardian_links
      where child_id = c.id and can_message order by created_at limit 1) g on true
    where c.primary_therapist_id is not null
      and not exists (select 1 from documents d
        where d.clinic_id = c.clinic_id and d.category <> 'signed_form')
    order by c.clinic_id, (c.first_name = 'Maya') desc, c.last_name, c.first_name`);
}

/**
 * The demo's files, which the database seed cannot make (they live in storage): the signed demo
 * intake's PDF, and for each demo
 * clinic with no documents yet, a progress report the clinic shared, a school plan the family
 * uploaded, and two practice videos of the child's first activity, one answered by the therapist
 * at a moment of it and one waiting on the therapist's dashboard.
 */
export async function ensureDemoFiles(db: Db, storageConfig: StorageConfig, now = new Date()) {
  const deps = { db, storage: storageFor(storageConfig), now: () => now };
  const video = new Uint8Array(
    await readFile(new URL("./demo/practice-video.webm", import.meta.url)),
  );
  const made: string[] = [];
  await attachMissingFormPdfs(deps, db);
  for (const child of await demoChildren(db)) {
    await db.transaction(async (tx) => {
      const base = { clinicId: child.clinicId, childId: child.childId };
      await storeGeneratedDocument(
        deps,
        {
          ...base,
          category: "progress_report",
          fileName: `${child.firstName} progress report.pdf`,
          mime: "application/pdf",
          bytes: await letterPdf(`${child.firstName}'s progress report`, [
            `${child.firstName} has practised the home program five days a week this month.`,
            "Goals: dressing independence (buttons and shoes), a calmer start to homework.",
            `${child.clinicName}`,
          ]),
          uploadedById: child.therapistId,
          sharedWithFamily: true,
        },
        tx,
      );
      await storeGeneratedDocument(
        deps,
        {
          ...base,
          category: "school_plan",
          fileName: "School plan summary.pdf",
          mime: "application/pdf",
          bytes: await letterPdf("School plan summary", [
            "Accommodations: movement breaks every 30 minutes, a slant board for writing.",
            "Occupational therapy at school: 30 minutes a week.",
          ]),
          uploadedById: child.guardianId,
          sharedWithFamily: true,
          source: "family",
        },
        tx,
      );
      if (!child.activityId) return;
      const activity = await findActivityOfChild(tx, child.childId, child.activityId);
      const conversation = await ensureConversation(tx, base);
      for (const [hoursAgo, answered] of [
        [30, true],
        [2, false],
      ] as const) {
        const createdAt = new Date(+deps.now() - hoursAgo * HOUR);
        const { id: documentId } = await storeGeneratedDocument(
          deps,
          {
            ...base,
            category: "practice_video",
            fileName: `${activity?.title ?? "Practice"}.webm`,
            mime: "video/webm",
            bytes: video,
            uploadedById: child.guardianId,
            sharedWithFamily: true,
            source: "family",
          },
          tx,
        );
        const practice = await insertPracticeVideo(tx, {
          ...base,
          documentId,
          activityId: child.activityId,
          activityName: activity?.title ?? "Practice",
          guardianId: child.guardianId,
          note: answered ? "Shoes on by herself, first try!" : "Tonight she wanted to do it twice.",
          seenAt: answered ? new Date(+createdAt + HOUR) : null,
          createdAt,
        });
        if (answered)
          await insertMessage(tx, {
            ...base,
            conversationId: conversation.id,
            authorId: child.therapistId,
            side: "staff",
            body: "Look at 0:04: she pauses and tries again without help. That's the step we want. Next week, try it with the laces loose.",
            activityId: child.activityId,
            practiceVideoId: practice.id,
            videoMomentSeconds: 4,
            createdAt: new Date(+createdAt + HOUR),
          });
      }
    });
    made.push(child.clinicName);
  }
  return made;
}
