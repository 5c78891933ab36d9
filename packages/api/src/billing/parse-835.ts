import { X12Parser, type X12Interchange, type X12Segment } from "node-x12";

import {
  readRemittance,
  type Remittance,
  type RemittanceProblem,
  type RemittanceSegment,
} from "@carryover/domain/billing";

type Parsed835 = { ok: true; remittance: Remittance } | { ok: false; problem: RemittanceProblem };

const MAX_CHARACTERS = 5_000_000;
/** node-x12 reads the separators at fixed places of the ISA: the segment terminator follows ISA16. */
const SEGMENT_TERMINATOR_AT = 105;

const fileProblem = (message: string, line = 1, position = 1): Parsed835 => ({
  ok: false,
  problem: { tag: "ISA", line, position, message },
});

/** node-x12's messages, in words a biller can act on; the tag is the segment to look at. */
const PARSER_WORDS: {
  pattern: RegExp;
  tag: (m: RegExpExecArray) => string;
  words: (m: RegExpExecArray) => string;
}[] = [
  {
    pattern: /too short/,
    tag: () => "ISA",
    words: () => "The file is too short to be an X12 remittance.",
  },
  {
    pattern: /ISA segment is not the correct length/,
    tag: () => "ISA",
    words: () =>
      "The ISA segment is not 106 characters long, so the file's separators cannot be read: it is not an X12 file, or its first segment was changed.",
  },
  {
    pattern: /at least one functional group/,
    tag: () => "GS",
    words: () => "The file holds no functional group (GS … GE).",
  },
  {
    pattern: /(\w+) segment cannot appear outside of a (functional group|transaction)/,
    tag: (m) => m[1] ?? "",
    words: (m) =>
      `${m[1]} sits outside a ${m[2]}: ${m[2] === "transaction" ? "an ST" : "a GS"} is missing before it.`,
  },
  {
    pattern: /Missing (GS|ST) segment/,
    tag: (m) => m[1] ?? "",
    words: (m) => `A closing segment has no ${m[1]} before it.`,
  },
  {
    pattern: /value in ((SE|GE|IEA)\d\d) \((.*?)\) does not match (.*?)\.?$/,
    tag: (m) => m[2] ?? "",
    words: (m) =>
      `${m[1]} says ${m[3]}, which does not match ${m[4]}: the file may have been cut short or edited.`,
  },
];

/** Where a parser diagnostic points: 1-based line, and the segment's place among the file's. */
function locate(edi: string, line: number, character: number) {
  const lineStart = edi
    .split("\n")
    .slice(0, line)
    .reduce((offset, text) => offset + text.length + 1, 0);
  const before = edi.slice(0, lineStart + character);
  return { line: line + 1, position: before.split(edi.charAt(SEGMENT_TERMINATOR_AT)).length };
}

/** The strict parser's error does not say where; the lenient one's diagnostics do. */
function whereParsingFails(edi: string, message: string) {
  const lenient = new X12Parser(false);
  try {
    lenient.parse(edi);
  } catch {
    // It fails on a segment it cannot place at all, after noting the one before it.
  }
  const found = lenient.diagnostics.find((d) => d.message === message) ?? lenient.diagnostics[0];
  const start = found?.range.start;
  return start ? locate(edi, start.line, start.character) : { line: 1, position: 1 };
}

function parserProblem(edi: string, error: unknown, lineOffset: number): Parsed835 {
  const message = error instanceof Error ? error.message : String(error);
  const where = whereParsingFails(edi, message);
  for (const { pattern, tag, words } of PARSER_WORDS) {
    const match = pattern.exec(message);
    if (match)
      return {
        ok: false,
        problem: {
          tag: tag(match),
          ...where,
          line: where.line + lineOffset,
          message: words(match),
        },
      };
  }
  return fileProblem("The file is not an X12 file we can read.", where.line + lineOffset);
}

const interchangesOf = (parsed: ReturnType<X12Parser["parse"]>): X12Interchange[] =>
  "interchanges" in parsed ? parsed.interchanges : [parsed];

type Envelope = { header?: X12Segment; trailer?: X12Segment };
const CLOSES = { IEA: "interchange", GE: "functional group", SE: "transaction" } as const;

/**
 * The file's segments in order, ISA to IEA, and the envelopes left open, innermost first (a
 * truncated file: node-x12 drops a last segment without its terminator and accepts a missing IEA).
 */
function flatten(interchanges: X12Interchange[], lineOffset: number) {
  const segments: RemittanceSegment[] = [];
  const unclosed: { tag: keyof typeof CLOSES; opener: RemittanceSegment }[] = [];
  const add = (segment: X12Segment) => {
    const elements = segment.elements.map((element) => element.value);
    const line = segment.range.start.line + 1 + lineOffset;
    const read = { tag: segment.tag, elements, line, position: segments.length + 1 };
    segments.push(read);
    return read;
  };
  const wrap = (envelope: Envelope, closer: keyof typeof CLOSES, inside: () => void) => {
    const opener = envelope.header && add(envelope.header);
    inside();
    if (envelope.trailer) add(envelope.trailer);
    else if (opener) unclosed.push({ tag: closer, opener });
  };
  for (const interchange of interchanges)
    wrap(interchange, "IEA", () => {
      for (const group of interchange.functionalGroups)
        wrap(group, "GE", () => {
          for (const transaction of group.transactions)
            wrap(transaction, "SE", () => transaction.segments.forEach(add));
        });
    });
  return { segments, unclosed };
}

/**
 * An 835 file's text as a remittance, or the first problem in it, naming the segment and its line.
 * Never throws: a file that is not X12, is cut short or is another transaction is a problem.
 */
export function parse835(content: string): Parsed835 {
  if (content.trim() === "") return fileProblem("The file is empty.");
  if (content.length > MAX_CHARACTERS)
    return fileProblem("The file is over 5 MB: ask the payer or clearinghouse to split it.");
  const lead = /^[\uFEFF\s]*/.exec(content)?.[0] ?? "";
  const lineOffset = lead.split("\n").length - 1;
  const edi = content.slice(lead.length);
  if (!edi.startsWith("ISA"))
    return fileProblem("The file does not begin with ISA: it is not an X12 file.", lineOffset + 1);
  let interchanges: X12Interchange[];
  try {
    interchanges = interchangesOf(new X12Parser(true).parse(edi));
  } catch (error) {
    return parserProblem(edi, error, lineOffset);
  }
  const { segments, unclosed } = flatten(interchanges, lineOffset);
  const [first] = unclosed;
  const last = segments.at(-1);
  if (first && last)
    return {
      ok: false,
      problem: {
        tag: first.tag,
        line: last.line,
        position: last.position,
        message: `The file ends before ${first.tag} closes the ${CLOSES[first.tag]} begun on line ${first.opener.line}: it may have been cut short.`,
      },
    };
  return readRemittance(segments);
}
