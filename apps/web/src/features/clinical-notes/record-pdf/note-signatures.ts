import type { NoteView } from "@carryover/api/contracts/note";

import { MUTED } from "~/lib/pdf-writer";
import { formatDateTime, type HourCycle } from "~/lib/time";
import { minutesInWords } from "../note-editor/addendum-minutes";
import { draftBanner, facts, type PdfWriter } from "./record-layout";

export const DRAFT_WORDS = "DRAFT - not signed";

// The letters a therapist signs with: OTR/L for the OT, COTA for the assistant.
const CREDENTIAL_LETTERS = { ot: "OTR/L", ota: "COTA" } as const;

export type PrintableNoteBase = Pick<
  NoteView,
  "state" | "author" | "signature" | "cosignature" | "addenda" | "serviceOn"
>;

export type Clock = { timeZone: string; cycle?: HourCycle };

/** Under the letterhead: a draft says so before anything else. */
export function noteStateBanner(w: PdfWriter, note: PrintableNoteBase) {
  if (note.state === "draft") draftBanner(w, DRAFT_WORDS);
  else if (note.state === "awaiting_cosign") draftBanner(w, "Signed - awaiting co-signature");
}

/** The signature, the co-signature and each addendum in the order written, after the original. */
export function writeNoteSignatures(w: PdfWriter, note: PrintableNoteBase, clock: Clock) {
  const at = (date: Date) => formatDateTime(date, clock.timeZone, clock.cycle);
  w.heading("Signatures");
  const credential = note.author.credential
    ? `, ${CREDENTIAL_LETTERS[note.author.credential]}`
    : "";
  if (note.signature) {
    facts(w, [
      ["Signed by", `${note.signature.signedByName}${credential}`],
      ["Signed at", at(note.signature.signedAt)],
      ["Attestation", note.signature.attestation],
    ]);
  } else {
    facts(w, [
      ["Written by", `${note.author.name}${credential}`],
      ["Signed", `No: ${DRAFT_WORDS}`],
    ]);
  }
  if (note.cosignature) {
    const { cosignerName, cosignedAt } = note.cosignature;
    facts(w, [
      [
        "Co-signature",
        cosignedAt
          ? `${cosignerName ?? "Supervising OT"}, ${at(cosignedAt)}`
          : `Awaiting the supervising OT${cosignerName ? ` (${cosignerName})` : ""}`,
      ],
    ]);
  }
  const addenda = [...note.addenda].sort((a, b) => +a.createdAt - +b.createdAt);
  if (addenda.length === 0) return;
  w.heading("Addenda");
  w.paragraph("Added after signing; the note above is the original, unchanged.", {
    color: MUTED,
    size: 10,
  });
  for (const [i, addendum] of addenda.entries()) {
    w.label(`Addendum ${i + 1} - ${at(addendum.createdAt)}, by ${addendum.authorName}`);
    facts(w, [
      ["Reason", addendum.reason],
      ...(addendum.minutes
        ? [["Minutes corrected", minutesInWords(addendum.minutes)] as [string, string]]
        : []),
    ]);
    w.paragraph(addendum.body);
  }
}
