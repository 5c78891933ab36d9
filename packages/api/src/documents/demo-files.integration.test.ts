import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { expect, it } from "vitest";

import { documents, forms, messages, practiceVideos } from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";

import { createLocalStorage } from "../ports/local-storage";
import { readAll, sha256 } from "../testing/byte-streams";
import { ensureDemoFiles } from "./demo-files";

const { db } = await useTestDatabase();

it("gives each demo clinic's main child documents and practice videos, one answered, once", async () => {
  const directory = await mkdtemp(path.join(tmpdir(), "carryover-demo-files-"));
  const made = await ensureDemoFiles(db, { kind: "local", directory });
  expect(made).toEqual(expect.arrayContaining(["Maple Grove Pediatric Therapy"]));
  expect(await ensureDemoFiles(db, { kind: "local", directory })).toEqual([]);

  const kept = await db.select().from(documents);
  expect(kept.map((d) => d.category)).toEqual(
    expect.arrayContaining(["progress_report", "school_plan", "practice_video"]),
  );
  const storage = createLocalStorage({ directory });
  for (const document of kept)
    expect(sha256(await readAll((await storage.read(document.storageKey)).body))).toBe(
      document.sha256,
    );
  const videos = await db.select().from(practiceVideos);
  expect(videos.filter((video) => video.seenAt === null).length).toBe(made.length);
  const [reply] = await db
    .select()
    .from(messages)
    .where(eq(messages.practiceVideoId, videos.find((video) => video.seenAt)?.id ?? ""));
  expect(reply).toMatchObject({ side: "staff", videoMomentSeconds: 4 });

  // The seed's signed intake now has its PDF, whose hash is the one kept with it.
  const [intake] = await db.select().from(forms).where(eq(forms.templateKey, "intake"));
  const pdf = kept.find((document) => document.id === intake?.documentId);
  expect(pdf?.category).toBe("signed_form");
  expect(intake?.documentHash).toBe(pdf?.sha256);
});
