import fc from "fast-check";
import type { z } from "zod";

/** Known record ids by the input key that names them, so generated inputs reach real records. */
export type IdPools = Record<string, readonly string[]>;

type Def = {
  type: string;
  format?: string;
  checks?: { _zod: { def: { check: string; [key: string]: unknown } } }[];
  [key: string]: unknown;
};

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

type Bound = { value?: unknown; minimum?: number; maximum?: number };
type Checks = {
  min_length?: Bound;
  max_length?: Bound;
  greater_than?: Bound;
  less_than?: Bound;
  int?: Bound;
  pattern?: RegExp;
};

function checksOf(def: Def): Checks {
  const found: Record<string, Bound> = {};
  let pattern: RegExp | undefined;
  for (const check of def.checks ?? []) {
    const { check: kind, ...rest } = check._zod.def;
    if (kind === "string_format" && rest.pattern instanceof RegExp) pattern = rest.pattern;
    else if (kind === "greater_than" || kind === "less_than" || kind.endsWith("_length"))
      found[kind] = rest;
    else if (kind === "number_format") found.int = {};
  }
  return { ...found, pattern };
}

const dayOf = (at: Date) => at.toISOString().slice(0, 10);
const SANE_FROM = new Date("2020-01-01T00:00:00Z");
const SANE_TO = new Date("2032-12-31T00:00:00Z");

function stringArbitrary(def: Def, key: string, pools: IdPools): fc.Arbitrary<string> {
  const { min_length, max_length, pattern } = checksOf(def);
  const min = min_length?.minimum ?? 0;
  const max = Math.min(max_length?.maximum ?? 80, Math.max(min, 80));
  if (def.format === "uuid" || def.format === "guid") {
    const known = pools[key] ?? [];
    return known.length > 0 ? fc.oneof(fc.constantFrom(...known), fc.uuid()) : fc.uuid();
  }
  if (def.format === "date")
    return fc.oneof(
      {
        weight: 4,
        arbitrary: fc.date({ min: SANE_FROM, max: SANE_TO, noInvalidDate: true }).map(dayOf),
      },
      fc.constantFrom("0000-01-01", "0001-01-01", "9999-12-31", "1899-12-31", "2200-01-01"),
    );
  if (def.format === "email") return fc.emailAddress().filter((email) => email.length <= max);
  if (def.format === "url") return fc.webUrl();
  if (pattern) return fc.stringMatching(pattern);
  const words = fc
    .string({ minLength: min, maxLength: max, unit: "grapheme" })
    .map((text) => (text.trim().length >= min ? text : text + "x".repeat(min)));
  // Within the contract's length but with a character PostgreSQL's text cannot hold.
  const withNul = words.map((text) => `${text.slice(0, Math.max(max - 1, 0))}\u0000`);
  return fc.oneof({ weight: 4, arbitrary: words }, { weight: 1, arbitrary: withNul });
}

function numberArbitrary(def: Def): fc.Arbitrary<number> {
  const { greater_than, less_than, int } = checksOf(def);
  const min = typeof greater_than?.value === "number" ? greater_than.value : -1_000_000;
  const max = typeof less_than?.value === "number" ? less_than.value : 1_000_000;
  const within = int
    ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  // Unbounded: what an int4 column or a date cannot hold.
  const beyond = fc.constantFrom(2_147_483_648, 1e15, Number.MAX_SAFE_INTEGER);
  return typeof less_than?.value === "number" ? within : fc.oneof(within, beyond);
}

function dateArbitrary(def: Def): fc.Arbitrary<Date> {
  const { greater_than, less_than } = checksOf(def);
  // Unbounded: anywhere JavaScript can count, year 275760 included.
  const min = greater_than?.value instanceof Date ? greater_than.value : undefined;
  const max = less_than?.value instanceof Date ? less_than.value : undefined;
  // Mostly near today, where sessions and logs live; sometimes anywhere in the bounds.
  const near = fc.date({ min: SANE_FROM, max: SANE_TO, noInvalidDate: true });
  const anywhere = fc.date({ min, max, noInvalidDate: true });
  return fc.oneof({ weight: 3, arbitrary: near }, { weight: 1, arbitrary: anywhere });
}

type Shape = Record<string, z.ZodType>;

function objectArbitrary(def: Def, pools: IdPools): fc.Arbitrary<Record<string, unknown>> {
  const shape = def.shape as Shape;
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  const required: string[] = [];
  for (const [key, field] of Object.entries(shape)) {
    fields[key] = arbitraryFor(field, pools, key);
    const type = defOf(field).type;
    if (type !== "optional" && type !== "default") required.push(key);
  }
  return fc.record(fields, { requiredKeys: required });
}

/**
 * Values shaped by a zod 4 schema, walking its definition: mostly valid, though refinements
 * (custom checks) are not solved, so some are refused; the caller asks the schema which.
 */
export function arbitraryFor(schema: unknown, pools: IdPools, key = ""): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const inner = (name: string) => arbitraryFor(def[name], pools, key);
  switch (def.type) {
    case "string":
      return stringArbitrary(def, key, pools);
    case "number":
      return numberArbitrary(def);
    case "boolean":
      return fc.boolean();
    case "date":
      return dateArbitrary(def);
    case "enum":
      return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
    case "literal":
      return fc.constantFrom(...(def.values as unknown[]));
    case "null":
      return fc.constant(null);
    case "object":
      return objectArbitrary(def, pools);
    case "array": {
      const { min_length, max_length } = checksOf(def);
      const minLength = min_length?.minimum ?? 0;
      const maxLength = Math.min(max_length?.maximum ?? 4, minLength + 4);
      return fc.array(inner("element"), { minLength, maxLength });
    }
    case "record":
      return fc.dictionary(inner("keyType") as fc.Arbitrary<string>, inner("valueType"), {
        maxKeys: 4,
      });
    case "union":
      return fc.oneof(
        ...(def.options as unknown[]).map((option) => arbitraryFor(option, pools, key)),
      );
    case "optional":
      return fc.option(inner("innerType"), { nil: undefined, freq: 4 });
    case "nullable":
      return fc.option(inner("innerType"), { nil: null, freq: 4 });
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
      return inner("innerType");
    case "pipe":
      return defOf(def.out).type === "transform" ? inner("in") : inner("out");
    default:
      return fc.anything();
  }
}

const deeplyNested = (depth: number) => {
  let value: unknown = "bottom";
  for (let level = 0; level < depth; level++) value = { a: [value] };
  return value;
};

/** What a careless or hostile client sends in place of a field. */
export const HOSTILE_VALUES: readonly unknown[] = [
  new Date("0000-01-01T00:00:00Z"),
  new Date("+010000-01-01T00:00:00Z"),
  new Date("+275760-09-13T00:00:00Z"),
  new Date(Number.NaN),
  "0000-01-01",
  "10000-01-01",
  "+275760-09-13",
  "2027-02-30",
  2_147_483_648,
  -2_147_483_649,
  Number.MAX_SAFE_INTEGER + 2,
  1e308,
  -0,
  0.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  "a\u0000b",
  "\u0000",
  "\ud800",
  "x".repeat(100_000),
  "",
  "   ",
  null,
  true,
  [],
  [[[[]]]],
  {},
  deeplyNested(2_000),
  JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
  { constructor: { prototype: { polluted: true } } },
  "00000000-0000-0000-0000-000000000000",
  "' or 1=1 --",
  "<script>alert(1)</script>",
  123n,
  Symbol("input"),
  () => "input",
];

type Path = readonly (string | number)[];

function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== "object" || value instanceof Date) return [prefix];
  const entries = Array.isArray(value)
    ? value.map((v, i) => [i, v] as const)
    : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, v]) => pathsOf(v, [...prefix, key]))];
}

function replaceAt(value: unknown, path: Path, replacement: unknown, remove: boolean): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  const copy = (
    Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }
  ) as Record<string | number, unknown>;
  if (remove && rest.length === 0) delete copy[head];
  else copy[head] = replaceAt(copy[head], rest, replacement, remove);
  return copy;
}

/** A contract's value with one field replaced by a hostile one, removed, or the whole input replaced. */
export function hostileArbitrary(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(valid, fc.nat(), fc.constantFrom(...HOSTILE_VALUES), fc.boolean(), fc.anything())
    .map(([value, at, hostile, remove, anything]) => {
      const paths = pathsOf(value);
      const path = paths[at % paths.length] ?? [];
      const mutation = at % 7 === 6 ? anything : hostile;
      return replaceAt(value, path, mutation, remove && path.length > 0);
    });
}
