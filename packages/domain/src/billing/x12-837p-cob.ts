import { x12Date, x12SignedAmount, x12Text, type Segment } from "./x12";
import type { AdjudicatedAdjustment, Claim837, OtherPayer837 } from "./x12-837p-types";

/*
 * Coordination of benefits in an 837P (005010X222A1) to a secondary payer: the primary payer, its
 * subscriber and what it paid at the claim level (2320, 2330A, 2330B), and per line (2430).
 */

/** SBR02 in 2320: the patient's relationship to the other plan's subscriber. */
const RELATIONSHIP_CODES = { self: "18", child: "19" } as const;
/** A CAS segment carries up to six reason/amount/quantity triplets of one group. */
const MAX_TRIPLETS = 6;

/** CAS segments: one group per segment, its adjustments six to a segment, in the order given. */
export function casSegments(adjustments: AdjudicatedAdjustment[]): Segment[] {
  const groups = new Map<string, AdjudicatedAdjustment[]>();
  for (const adjustment of adjustments)
    groups.set(adjustment.group, [...(groups.get(adjustment.group) ?? []), adjustment]);
  return [...groups].flatMap(([group, all]) => {
    const segments: Segment[] = [];
    for (let start = 0; start < all.length; start += MAX_TRIPLETS)
      segments.push([
        "CAS",
        group,
        ...all
          .slice(start, start + MAX_TRIPLETS)
          .flatMap((a) => [x12Text(a.reason), x12SignedAmount(a.cents), ""]),
      ]);
    return segments;
  });
}

/** Refuses an adjudication the secondary payer could not read against the claim. */
export function requireOtherPayer(claim: Claim837, other: OtherPayer837) {
  if (!other.payer.payerId.trim())
    throw new RangeError(`Claim ${claim.controlNumber}: the primary payer needs its payer id`);
  if (!other.subscriber.memberId.trim())
    throw new RangeError(`Claim ${claim.controlNumber}: the primary plan needs its member id`);
  const seen = new Set<number>();
  for (const line of other.adjudication.lines) {
    if (!Number.isInteger(line.lineIndex) || line.lineIndex < 0 || !claim.lines[line.lineIndex])
      throw new RangeError(
        `Claim ${claim.controlNumber}: the primary paid a line the claim does not have`,
      );
    if (seen.has(line.lineIndex))
      throw new RangeError(`Claim ${claim.controlNumber}: a line is adjudicated twice`);
    seen.add(line.lineIndex);
  }
}

/**
 * Loops 2320 (the primary's subscriber, its claim-level adjustments, what it paid — AMT*D — and the
 * patient responsibility it left — AMT*EAF — and the assignment and release, OI), 2330A (the
 * subscriber) and 2330B (the payer; its remittance date when no line carries one).
 */
export function otherPayerSegments(other: OtherPayer837): Segment[] {
  const { adjudication, payer, subscriber } = other;
  const segments: Segment[] = [
    [
      "SBR",
      "P",
      RELATIONSHIP_CODES[other.relationship],
      subscriber.groupNumber ? x12Text(subscriber.groupNumber) : "",
      "",
      "",
      "",
      "",
      "",
      payer.claimFilingCode,
    ],
    ...casSegments(adjudication.adjustments),
    ["AMT", "D", x12SignedAmount(adjudication.paidCents)],
    ["AMT", "EAF", x12SignedAmount(adjudication.patientResponsibilityCents)],
    // Benefits assigned and information released, as the claim's CLM08 and CLM09 say.
    ["OI", "", "", "Y", "", "", "Y"],
    [
      "NM1",
      "IL",
      "1",
      x12Text(subscriber.lastName),
      x12Text(subscriber.firstName),
      "",
      "",
      "",
      "MI",
      x12Text(subscriber.memberId),
    ],
    ["NM1", "PR", "2", x12Text(payer.name), "", "", "", "", "PI", x12Text(payer.payerId)],
  ];
  if (adjudication.lines.length === 0)
    segments.push(["DTP", "573", "D8", x12Date(adjudication.adjudicatedOn, "adjudicatedOn")]);
  return segments;
}

/** Loop 2430 of the claim's line `lineIndex`: what the primary paid (SVD), adjusted (CAS) and when. */
export function lineAdjudicationSegments(other: OtherPayer837, lineIndex: number): Segment[] {
  const line = other.adjudication.lines.find((l) => l.lineIndex === lineIndex);
  if (!line) return [];
  return [
    [
      "SVD",
      x12Text(other.payer.payerId),
      x12SignedAmount(line.paidCents),
      ["HC", line.code, ...line.modifiers].join(":"),
      "",
      line.units,
    ],
    ...casSegments(line.adjustments),
    ["DTP", "573", "D8", x12Date(line.adjudicatedOn, "adjudicatedOn")],
  ];
}
