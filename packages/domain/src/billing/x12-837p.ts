import {
  segmentText,
  x12Amount,
  x12Date,
  x12Digits,
  x12Padded,
  x12Text,
  type Segment,
} from "./x12";
import { lineAdjudicationSegments, otherPayerSegments, requireOtherPayer } from "./x12-837p-cob";
import type { Claim837, ClaimBatch837, X12Address, X12Person } from "./x12-837p-types";

/**
 * ASC X12 837P (005010X222A1): professional claims to one payer in one interchange (DOMAIN.md,
 * "Billing flow"). One functional group and one transaction set; each claim under its own subscriber
 * (2000B) and, when the child is not the subscriber, its own patient (2000C). Values and segments
 * are written as `x12.ts` writes them.
 */
export type {
  AdjudicatedAdjustment,
  Claim837,
  ClaimAdjudication,
  ClaimBatch837,
  ClaimFilingCode,
  ClaimLine837,
  LineAdjudication,
  OtherPayer837,
  X12Address,
  X12Person,
} from "./x12-837p-types";

const MAX_MODIFIERS = 4;
const MAX_POINTERS = 4;
const MAX_DIAGNOSES = 12;
const MAX_CONTROL_NUMBER = 999_999_999;

function requireClaim(claim: Claim837) {
  if (claim.lines.length === 0) throw new RangeError(`Claim ${claim.controlNumber} has no line`);
  if (claim.diagnoses.length === 0 || claim.diagnoses.length > MAX_DIAGNOSES)
    throw new RangeError(`Claim ${claim.controlNumber} needs 1 to ${MAX_DIAGNOSES} diagnoses`);
  if ((claim.frequency === "7" || claim.frequency === "8") && !claim.replacesPayerClaimNumber)
    throw new RangeError(`Claim ${claim.controlNumber} replaces or voids a claim: name it`);
  for (const line of claim.lines) {
    if (line.modifiers.length > MAX_MODIFIERS)
      throw new RangeError(`${line.code} has more than ${MAX_MODIFIERS} modifiers`);
    if (line.diagnosisPointers.length === 0 || line.diagnosisPointers.length > MAX_POINTERS)
      throw new RangeError(`${line.code} needs 1 to ${MAX_POINTERS} diagnosis pointers`);
    for (const pointer of line.diagnosisPointers)
      if (!Number.isInteger(pointer) || pointer < 1 || pointer > claim.diagnoses.length)
        throw new RangeError(`${line.code} points at a diagnosis the claim does not have`);
    if (!Number.isInteger(line.units) || line.units < 1)
      throw new RangeError(`${line.code} must bill a whole number of units, 1 or more`);
  }
  if (claim.otherPayer) requireOtherPayer(claim, claim.otherPayer);
}

const nameSegment = (entity: string, person: { lastName: string; firstName: string }) => [
  "NM1",
  entity,
  "1",
  x12Text(person.lastName),
  x12Text(person.firstName),
];

function addressSegments(address: X12Address): Segment[] {
  const street = ["N3", x12Text(address.line1)];
  if (address.line2) street.push(x12Text(address.line2));
  return [street, ["N4", x12Text(address.city), x12Text(address.state), x12Digits(address.zip)]];
}

function personSegments(entity: string, person: X12Person, id?: [string, string]): Segment[] {
  const name = nameSegment(entity, person);
  if (id) name.push("", "", "", id[0], x12Text(id[1]));
  return [
    name,
    ...addressSegments(person.address),
    ["DMG", "D8", x12Date(person.dateOfBirth, "dateOfBirth"), person.sex],
  ];
}

function claimSegments(batch: ClaimBatch837, claim: Claim837, hl: () => number): Segment[] {
  requireClaim(claim);
  const subscriberHl = hl();
  const total = claim.lines.reduce((sum, line) => sum + line.chargeCents, 0);
  const segments: Segment[] = [
    ["HL", subscriberHl, "1", "22", claim.patient ? "1" : "0"],
    [
      "SBR",
      // A claim that carries another payer's adjudication goes to the secondary payer.
      claim.otherPayer ? "S" : "P",
      claim.patient ? "" : "18",
      claim.subscriber.groupNumber ? x12Text(claim.subscriber.groupNumber) : "",
      "",
      "",
      "",
      "",
      "",
      batch.payer.claimFilingCode,
    ],
    ...personSegments("IL", claim.subscriber.person, ["MI", claim.subscriber.memberId]),
    [
      "NM1",
      "PR",
      "2",
      x12Text(batch.payer.name),
      "",
      "",
      "",
      "",
      "PI",
      x12Text(batch.payer.payerId),
    ],
  ];
  if (claim.patient)
    segments.push(
      ["HL", hl(), subscriberHl, "23", "0"],
      ["PAT", "19"],
      ...personSegments("QC", claim.patient.person),
    );
  segments.push([
    "CLM",
    x12Text(claim.controlNumber),
    x12Amount(total),
    "",
    "",
    `${claim.placeOfService}:B:${claim.frequency}`,
    "Y",
    "A",
    "Y",
    "Y",
  ]);
  if (claim.replacesPayerClaimNumber)
    segments.push(["REF", "F8", x12Text(claim.replacesPayerClaimNumber)]);
  if (claim.priorAuthorization) segments.push(["REF", "G1", x12Text(claim.priorAuthorization)]);
  segments.push([
    "HI",
    ...claim.diagnoses.map(
      (code, i) => `${i === 0 ? "ABK" : "ABF"}:${code.replace(".", "").toUpperCase()}`,
    ),
  ]);
  if (claim.referringProvider) {
    const referring = nameSegment("DN", claim.referringProvider);
    referring.push("", "", "", "XX", claim.referringProvider.npi);
    segments.push(referring);
  }
  const rendering = claim.renderingProvider;
  const renderingName = nameSegment("82", rendering);
  renderingName.push("", "", "", "XX", rendering.npi);
  segments.push(renderingName, ["PRV", "PE", "PXC", rendering.taxonomy]);
  const other = claim.otherPayer;
  if (other) segments.push(...otherPayerSegments(other));
  claim.lines.forEach((line, index) => {
    segments.push(
      ["LX", index + 1],
      [
        "SV1",
        ["HC", line.code, ...line.modifiers].join(":"),
        x12Amount(line.chargeCents),
        "UN",
        line.units,
        "",
        "",
        line.diagnosisPointers.join(":"),
      ],
      ["DTP", "472", "D8", x12Date(line.serviceDate, "serviceDate")],
      ...(other ? lineAdjudicationSegments(other, index) : []),
    );
  });
  return segments;
}

/** One interchange of 837P claims for one payer: the file's text, segments ending in `~`. */
export function write837P(batch: ClaimBatch837): string {
  const control = batch.interchangeControlNumber;
  if (!Number.isInteger(control) || control < 1 || control > MAX_CONTROL_NUMBER)
    throw new RangeError(`The interchange control number must be 1 to ${MAX_CONTROL_NUMBER}`);
  if (batch.claims.length === 0) throw new RangeError("A batch needs at least one claim");
  if (!/^\d{2}:\d{2}$/.test(batch.createdAt)) throw new RangeError("createdAt must be HH:mm");
  const isaControl = String(control).padStart(9, "0");
  const day = x12Date(batch.createdOn, "createdOn");
  const time = batch.createdAt.replace(":", "");
  let hlCount = 0;
  const hl = () => ++hlCount;
  const provider = batch.billingProvider;
  const transaction: Segment[] = [
    ["ST", "837", "0001", "005010X222A1"],
    ["BHT", "0019", "00", isaControl, day, time, "CH"],
    [
      "NM1",
      "41",
      "2",
      x12Text(batch.submitter.name),
      "",
      "",
      "",
      "",
      "46",
      x12Text(batch.submitter.id),
    ],
    ["PER", "IC", x12Text(batch.submitter.contactName), "TE", x12Digits(batch.submitter.phone)],
    [
      "NM1",
      "40",
      "2",
      x12Text(batch.receiver.name),
      "",
      "",
      "",
      "",
      "46",
      x12Text(batch.receiver.id),
    ],
    ["HL", hl(), "", "20", "1"],
    ["PRV", "BI", "PXC", provider.taxonomy],
    ["NM1", "85", "2", x12Text(provider.name), "", "", "", "", "XX", provider.npi],
    ...addressSegments(provider.address),
    ["REF", "EI", x12Digits(provider.taxId)],
    ...batch.claims.flatMap((claim) => claimSegments(batch, claim, hl)),
  ];
  transaction.push(["SE", transaction.length + 1, "0001"]);
  const segments: Segment[] = [
    [
      "ISA",
      "00",
      x12Padded("", 10),
      "00",
      x12Padded("", 10),
      "ZZ",
      x12Padded(batch.submitter.id, 15),
      "ZZ",
      x12Padded(batch.receiver.id, 15),
      day.slice(2),
      time,
      "^",
      "00501",
      isaControl,
      "0",
      batch.usage,
      ":",
    ],
    [
      "GS",
      "HC",
      x12Text(batch.submitter.id),
      x12Text(batch.receiver.id),
      day,
      time,
      control,
      "X",
      "005010X222A1",
    ],
    ...transaction,
    ["GE", 1, control],
    ["IEA", 1, isaControl],
  ];
  return segments.map(segmentText).join("\n");
}
