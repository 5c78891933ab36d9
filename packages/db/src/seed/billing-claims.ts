import { and, asc, eq, inArray, isNotNull, isNull, lte, sql } from "drizzle-orm";

import { npiWithCheckDigit } from "@carryover/domain/clinical-notes";
import { addDays, localDateOf } from "@carryover/domain/scheduling";

import type { Tx } from "../client";
import {
  batchReadyClaims,
  chargeSignedNote,
  findBillingProfile,
  listOpenClaimIds,
  scrubClaims,
} from "../queries/billing";
import { claims, clinicalNotes, clinicBillingProfiles, memberships, payers } from "../schema";
import { seedDemoRemittances } from "./billing-remittances";

export type DemoBillingClinic = {
  id: string;
  name: string;
  timeZone: string;
  state: string;
  phone: string;
  address: { line1: string; city: string; state: string; zip: string };
  /** The children (full names) the clinic is out of network for: no coverage, invoiced per visit. */
  outOfNetwork?: string[];
};

const DAY = 86_400_000;

/** Nine digits from a name, the same on every start: a demo NPI's stem. */
function stemOf(name: string, salt: number) {
  let hash = salt;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) % 100_000_000;
  return `1${String(hash).padStart(8, "0")}`;
}

/**
 * The demo clinic's claims: its billing profile and its therapists' NPIs, every signed note of the
 * demo charts charged and its claim scrubbed, as signing does; the ready claims of a few weeks ago
 * sent in a batch per payer a week ago, most of them accepted since and one rejected. What is left
 * is today's work: drafts with findings and claims ready to send; remittances of the accepted ones
 * have paid, partly paid, denied and reversed some of them. Once per clinic: false when it
 * has its billing profile already.
 */
export async function seedDemoClaims(tx: Tx, clinic: DemoBillingClinic, now: Date) {
  if (await findBillingProfile(tx, clinic.id)) return false;
  await tx.insert(clinicBillingProfiles).values({
    clinicId: clinic.id,
    legalName: clinic.name,
    npi: npiWithCheckDigit(stemOf(clinic.name, 7)),
    taxId: `36-${stemOf(clinic.name, 11).slice(2)}`,
    addressLine1: clinic.address.line1,
    city: clinic.address.city,
    state: clinic.address.state,
    zip: clinic.address.zip,
    phone: clinic.phone,
    contactName: "Billing office",
    submitterId: `CO${stemOf(clinic.name, 13).slice(3)}`,
    receiverId: "PRAIRIECH",
    receiverName: "Prairie Claims Clearinghouse",
  });
  const therapists = await tx
    .select({ id: memberships.id, userId: memberships.userId, credential: memberships.credential })
    .from(memberships)
    .where(and(eq(memberships.clinicId, clinic.id), eq(memberships.role, "therapist")))
    .orderBy(asc(memberships.createdAt), asc(memberships.id));
  for (const [index, therapist] of therapists.entries())
    await tx
      .update(memberships)
      .set({ npi: npiWithCheckDigit(stemOf(clinic.name, 101 + index)) })
      .where(and(eq(memberships.id, therapist.id), isNull(memberships.npi)));

  const notes = await tx
    .select()
    .from(clinicalNotes)
    .where(
      and(
        eq(clinicalNotes.clinicId, clinic.id),
        isNotNull(clinicalNotes.signedAt),
        inArray(clinicalNotes.kind, ["visit", "evaluation", "reevaluation"]),
      ),
    )
    .orderBy(asc(clinicalNotes.serviceOn), asc(clinicalNotes.signedAt));
  const assistants = new Set(therapists.filter((t) => t.credential === "ota").map((t) => t.userId));
  for (const note of notes)
    await chargeSignedNote(tx, note, {
      furnishedByAssistant: assistants.has(note.authorId),
      at: note.signedAt ?? now,
    });
  await scrubClaims(tx, await listOpenClaimIds(tx, clinic.id), now);
  await sendLastMonthsClaims(tx, clinic, now);
  await seedDemoRemittances(tx, clinic.id, clinic.timeZone, now);
  return true;
}

/**
 * Ready claims sent in two batches per payer: visits three weeks ago or more, sent ten days ago and
 * answered by the payer since (all accepted but one rejected); the visits since, up to two weeks ago,
 * sent yesterday and not answered yet.
 */
async function sendLastMonthsClaims(tx: Tx, clinic: DemoBillingClinic, now: Date) {
  const profile = await findBillingProfile(tx, clinic.id);
  if (!profile) return;
  const today = localDateOf(now, clinic.timeZone);
  const payerRows = await tx
    .select()
    .from(payers)
    .where(and(eq(payers.clinicId, clinic.id), isNotNull(payers.payerId)));
  const rounds = [
    { visitsUpTo: addDays(today, -21), sentAt: new Date(+now - 10 * DAY), answered: true },
    { visitsUpTo: addDays(today, -14), sentAt: new Date(+now - DAY), answered: false },
  ];
  for (const round of rounds)
    for (const payer of payerRows) {
      const ready = await tx
        .select({ id: claims.id })
        .from(claims)
        .where(
          and(
            eq(claims.payerId, payer.id),
            eq(claims.status, "ready"),
            lte(claims.serviceOn, round.visitsUpTo),
          ),
        );
      if (ready.length === 0) continue;
      const batch = await batchReadyClaims(tx, {
        clinicId: clinic.id,
        timeZone: clinic.timeZone,
        payer,
        profile,
        claimIds: ready.map((row) => row.id),
        createdById: null,
        at: round.sentAt,
      });
      if (!batch || !round.answered) continue;
      // The payer took all but the newest, which it turned away at the door.
      await tx.execute(sql`
        update claims set
          status = case when number = (select max(number) from claims where batch_id = ${batch.id})
            and ${batch.claimCount} > 1 then 'rejected' else 'accepted' end::claim_status,
          payer_claim_number = ${payer.payerId} || '-' || number::text,
          status_changed_at = ${new Date(+round.sentAt + 2 * DAY).toISOString()}::timestamptz
        where batch_id = ${batch.id}`);
    }
}
