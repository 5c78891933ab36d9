import {
  ADJUSTMENT_GROUPS,
  type Adjustment,
  type ClaimPayment,
  type LinePayment,
  type ProviderAdjustment,
  type Remittance,
  type RemittanceProblem,
  type RemittanceSegment,
} from "./remittance";
import {
  amountAt,
  dateAt,
  elementName,
  is,
  isGroup,
  quantityAt,
  Refusal,
  refuse,
  requiredAt,
  valueAt,
} from "./remittance-elements";

/* An 835's segments read into a Remittance (its types in remittance.ts); the first problem refuses the file. */

/** CAS01 the group, then up to six (reason, amount, quantity) triplets in CAS02–CAS19. */
function readCas(segment: RemittanceSegment): Adjustment[] {
  const group = valueAt(segment, 0);
  if (!isGroup(group))
    throw refuse(
      segment,
      `CAS01 must be an adjustment group (${ADJUSTMENT_GROUPS.join(", ")}); got '${group}'`,
    );
  const adjustments: Adjustment[] = [];
  for (let first = 1; first <= 16; first += 3) {
    if (valueAt(segment, first) === "" && valueAt(segment, first + 1) === "") continue;
    adjustments.push({
      group,
      reason: requiredAt(segment, first, "a reason code"),
      cents: amountAt(segment, first + 1),
      quantity: quantityAt(segment, first + 2, null),
    });
  }
  if (adjustments.length === 0) throw refuse(segment, "CAS02 must give a reason code");
  return adjustments;
}

function readClp(segment: RemittanceSegment): ClaimPayment {
  return {
    controlNumber: requiredAt(segment, 0, "the claim's control number"),
    status: requiredAt(segment, 1, "the claim's status"),
    chargedCents: amountAt(segment, 2),
    paidCents: amountAt(segment, 3),
    patientResponsibilityCents: amountAt(segment, 4, 0),
    payerClaimNumber: valueAt(segment, 6) || null,
    adjustments: [],
    lines: [],
    remarks: [],
    line: segment.line,
  };
}

/** SVC01 is a composite, HC:97530:GO:95; the parser may keep ":" or the file's own separator. */
function readSvc(segment: RemittanceSegment): LinePayment {
  const [, code = "", ...rest] = valueAt(segment, 0).split(/[:>]/);
  if (code === "") throw refuse(segment, "SVC01 must name a procedure, like HC:97530");
  return {
    code,
    modifiers: rest.slice(0, 4).filter((modifier) => modifier !== ""),
    chargedCents: amountAt(segment, 1),
    paidCents: amountAt(segment, 2),
    units: quantityAt(segment, 4, 1) ?? 1,
    serviceDate: null,
    adjustments: [],
    remarks: [],
  };
}

/** PLB03–PLB14: up to six (reason:reference, amount) pairs. */
function readPlb(segment: RemittanceSegment): ProviderAdjustment[] {
  const fiscalPeriodEnd = dateAt(segment, 1);
  const adjustments: ProviderAdjustment[] = [];
  for (let first = 2; first <= 12; first += 2) {
    if (valueAt(segment, first) === "" && valueAt(segment, first + 1) === "") continue;
    const [reason = "", reference = ""] = valueAt(segment, first).split(/[:>]/);
    if (reason === "")
      throw refuse(segment, `${elementName(segment, first)} must give an adjustment reason`);
    adjustments.push({
      reason,
      reference: reference || null,
      cents: amountAt(segment, first + 1),
      fiscalPeriodEnd,
    });
  }
  return adjustments;
}

type Detail = { claims: ClaimPayment[]; providerAdjustments: ProviderAdjustment[] };

/** Loop 2100 begins at each CLP, 2110 at each SVC within it; PLB closes the claims. */
function readDetail(segments: RemittanceSegment[]): Detail {
  const detail: Detail = { claims: [], providerAdjustments: [] };
  let claim: ClaimPayment | null = null;
  let line: LinePayment | null = null;
  const inClaim = (segment: RemittanceSegment) => {
    if (!claim) throw refuse(segment, `${segment.tag} must follow the CLP of its claim`, "CLP");
    return claim;
  };
  for (const segment of segments) {
    if (is(segment, "CLP")) {
      claim = readClp(segment);
      line = null;
      detail.claims.push(claim);
    } else if (is(segment, "SVC")) {
      line = readSvc(segment);
      inClaim(segment).lines.push(line);
    } else if (is(segment, "CAS")) {
      (line ?? inClaim(segment)).adjustments.push(...readCas(segment));
    } else if (is(segment, "MOA")) {
      const codes = [2, 3, 4, 5, 6].map((index) => valueAt(segment, index));
      inClaim(segment).remarks.push(...codes.filter((code) => code !== ""));
    } else if (is(segment, "LQ", "HE")) {
      if (!line) throw refuse(segment, "LQ must follow the SVC of its line", "SVC");
      line.remarks.push(requiredAt(segment, 1, "a remark code"));
    } else if (line && (is(segment, "DTM", "472") || is(segment, "DTM", "150"))) {
      if (valueAt(segment, 0) === "472" || line.serviceDate === null)
        line.serviceDate = dateAt(segment, 1);
    } else if (is(segment, "PLB")) {
      detail.providerAdjustments.push(...readPlb(segment));
      claim = null;
      line = null;
    }
  }
  return detail;
}

type Transaction = { st: RemittanceSegment; body: RemittanceSegment[]; se: RemittanceSegment };

const ENVELOPE = new Set(["ISA", "GS", "GE", "IEA"]);

/** The ST … SE transaction sets, each an 835; the envelope around them is the parser's to check. */
function transactionsOf(segments: RemittanceSegment[]): Transaction[] {
  const transactions: Transaction[] = [];
  let open: Omit<Transaction, "se"> | null = null;
  const unclosed = (st: RemittanceSegment) => `the transaction begun by ST on line ${st.line}`;
  for (const segment of segments) {
    if (open && (is(segment, "ST") || ENVELOPE.has(segment.tag)))
      throw refuse(
        segment,
        `Expected SE to close ${unclosed(open.st)}; found ${segment.tag}`,
        "SE",
      );
    if (is(segment, "ST")) {
      const kind = valueAt(segment, 0);
      if (kind !== "835")
        throw refuse(
          segment,
          `This is ${kind ? `an ${kind}` : "a"} transaction, not an 835 remittance`,
        );
      open = { st: segment, body: [] };
    } else if (is(segment, "SE")) {
      if (!open) throw refuse(segment, "Expected ST*835 before SE", "ST");
      transactions.push({ ...open, se: segment });
      open = null;
    } else if (open) open.body.push(segment);
    else if (!ENVELOPE.has(segment.tag))
      throw refuse(
        segment,
        `${segment.tag} sits outside a transaction: expected ST*835 before it`,
        "ST",
      );
  }
  const last = segments.at(-1) ?? { tag: "", elements: [], line: 1, position: 1 };
  if (open) throw refuse(last, `The file ends before SE closes ${unclosed(open.st)}`, "SE");
  if (transactions.length === 0)
    throw refuse(last, "The file holds no 835 transaction (ST*835)", "ST");
  return transactions;
}

const DETAIL_TAGS = new Set(["LX", "CLP", "PLB", "TS3", "TS2"]);

/** BPR, TRN and the 1000A/1000B parties, before the first LX, CLP or PLB. */
function readHeader({ st, body, se }: Transaction) {
  const end = body.findIndex((segment) => DETAIL_TAGS.has(segment.tag));
  const header = end === -1 ? body : body.slice(0, end);
  const afterHeader = body[end] ?? se;
  const find = (tag: string, qualifier?: string) =>
    header.findIndex((segment) => is(segment, tag, qualifier));
  const bpr = header[find("BPR")];
  if (!bpr)
    throw refuse(
      body[0] ?? se,
      `Expected BPR, the payment, after ST on line ${st.line}; found ${(body[0] ?? se).tag}`,
      "BPR",
    );
  const trn = header[find("TRN")];
  if (!trn) {
    const next = body[body.indexOf(bpr) + 1] ?? se;
    throw refuse(
      next,
      `Expected TRN, the payment's trace number, after BPR; found ${next.tag}`,
      "TRN",
    );
  }
  const missing = (who: string, qualifier: string) =>
    refuse(
      afterHeader,
      `Expected N1*${qualifier} naming the ${who} before ${afterHeader.tag}`,
      "N1",
    );
  const payerAt = find("N1", "PR");
  const payer = header[payerAt];
  if (!payer) throw missing("payer", "PR");
  const payee = header[find("N1", "PE")];
  if (!payee) throw missing("payee", "PE");
  const nextParty = header.findIndex((s, i) => i > payerAt && is(s, "N1"));
  const payerRef = header
    .slice(payerAt + 1, nextParty === -1 ? undefined : nextParty)
    .find((segment) => is(segment, "REF", "2U"));
  const amount = amountAt(bpr, 1);
  return {
    payer: {
      name: requiredAt(payer, 1, "the payer's name"),
      id: valueAt(payer, 3) || (payerRef ? valueAt(payerRef, 1) : "") || null,
    },
    payee: {
      name: requiredAt(payee, 1, "the payee's name"),
      npi: valueAt(payee, 2) === "XX" ? valueAt(payee, 3) || null : null,
    },
    paymentCents: valueAt(bpr, 2) === "D" && amount !== 0 ? -amount : amount,
    method: requiredAt(bpr, 3, "the payment method (ACH, CHK, NON…)"),
    paidOn: dateAt(bpr, 15),
    traceNumber: requiredAt(trn, 1, "the trace number"),
    detail: body.slice(end === -1 ? body.length : end),
  };
}

function readTransaction(transaction: Transaction): Remittance {
  const { detail, ...header } = readHeader(transaction);
  return { ...header, ...readDetail(detail) };
}

/** An 835's segments, ISA to IEA, as one remittance; several transactions add up into one. */
export function readRemittance(
  segments: RemittanceSegment[],
): { ok: true; remittance: Remittance } | { ok: false; problem: RemittanceProblem } {
  try {
    const [first, ...rest] = transactionsOf(segments).map(readTransaction);
    if (!first) throw new Error("transactionsOf returned no transaction");
    const remittance = rest.reduce<Remittance>(
      (sum, next) => ({
        ...sum,
        paymentCents: sum.paymentCents + next.paymentCents,
        claims: [...sum.claims, ...next.claims],
        providerAdjustments: [...sum.providerAdjustments, ...next.providerAdjustments],
      }),
      first,
    );
    return { ok: true, remittance };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, problem: error.problem };
    throw error;
  }
}
