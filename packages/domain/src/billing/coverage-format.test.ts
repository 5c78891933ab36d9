import { describe, expect, it } from "vitest";
import type { z } from "zod";

import {
  BillingCode,
  centsOfDollars,
  dollarsOfCents,
  FeeCents,
  GroupNumber,
  maskMemberId,
  MemberId,
  PayerIdentifier,
  PostalAddress,
  Sex,
  sexOf,
  UsStateCode,
  ZipCode,
} from "./coverage-format";

const refusal = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  return parsed.success ? null : parsed.error.issues[0]?.message;
};

describe("MemberId", () => {
  it("takes a Medicaid or commercial member id, trimmed and in capitals", () => {
    expect(MemberId.parse("IL0048210000")).toBe("IL0048210000");
    expect(MemberId.parse("  xjh552100000 ")).toBe("XJH552100000");
    expect(MemberId.parse("W123-456-789")).toBe("W123-456-789");
    expect(MemberId.parse("ABCDEFGHIJ0123456789")).toHaveLength(20);
  });

  it("refuses spaces, as cards print the id in groups, saying to leave them out", () => {
    expect(refusal(MemberId, "XJH 5521 00000")).toBe(
      "Type the member ID without spaces: letters and digits only",
    );
    expect(refusal(GroupNumber, "GRP 220")).toBe(
      "Type the group number without spaces: letters and digits only",
    );
  });

  it.each([
    ["punctuation", "XJH.552100"],
    ["an X12 element separator", "XJH*552100"],
    ["an X12 segment terminator", "XJH552100~"],
    ["an X12 component separator", "XJH:552100"],
    ["an X12 repetition separator", "XJH^552100"],
    ["a leading dash", "-XJH552100"],
    ["too few characters", "X1"],
    ["more than 20 characters", "A".repeat(21)],
    ["a letter outside ASCII", "XJH55210É"],
    ["nothing", "   "],
  ])("refuses %s, saying what to type", (_, value) => {
    expect(refusal(MemberId, value)).toBe(
      "Enter the member ID as it appears on the card: letters and digits only, no spaces or symbols",
    );
  });

  it("refuses a character PostgreSQL cannot store", () => {
    expect(MemberId.safeParse("XJH\u0000552100").success).toBe(false);
  });
});

describe("GroupNumber and PayerIdentifier", () => {
  it("take what cards and clearinghouse lists print", () => {
    expect(GroupNumber.parse("grp-220")).toBe("GRP-220");
    expect(GroupNumber.parse("7")).toBe("7");
    expect(PayerIdentifier.parse("bpp01")).toBe("BPP01");
    expect(PayerIdentifier.parse("60054")).toBe("60054");
  });

  it("refuse spaces, punctuation and X12 delimiters", () => {
    expect(refusal(GroupNumber, "GRP/220")).toMatch(/^Enter the group number/);
    expect(refusal(PayerIdentifier, "BPP*01")).toMatch(/^Enter the payer ID/);
    expect(refusal(PayerIdentifier, "BPP 01")).toMatch(/^Type the payer ID without spaces/);
    expect(refusal(PayerIdentifier, "B")).toMatch(/^Enter the payer ID/);
    expect(refusal(PayerIdentifier, "P".repeat(16))).toMatch(/^Enter the payer ID/);
  });
});

describe("UsStateCode", () => {
  it("takes the states, DC and the territories, in any case", () => {
    expect(UsStateCode.parse("il")).toBe("IL");
    expect(UsStateCode.parse("DC")).toBe("DC");
    expect(UsStateCode.parse(" pr ")).toBe("PR");
    expect(UsStateCode.parse("GU")).toBe("GU");
  });

  it.each(["XX", "Illinois", "I", "", "UK"])("refuses %j", (value) => {
    expect(refusal(UsStateCode, value)).toBe("Enter the state as its 2-letter code, like IL");
  });
});

describe("ZipCode", () => {
  it("takes 5 digits, or 9 kept as ZIP+4", () => {
    expect(ZipCode.parse("62701")).toBe("62701");
    expect(ZipCode.parse("62701-1234")).toBe("62701-1234");
    expect(ZipCode.parse("627011234")).toBe("62701-1234");
  });

  it.each(["6270", "62701-12", "62701 1234", "ABCDE", "627011"])("refuses %j", (value) => {
    expect(refusal(ZipCode, value)).toBe("Enter the ZIP code as 5 digits, or 9 like 62701-1234");
  });
});

describe("PostalAddress", () => {
  it("names each missing part", () => {
    const parsed = PostalAddress.safeParse({ addressLine1: " ", city: "", state: "IL", zip: "1" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["addressLine1", "Enter the street address"],
      ["city", "Enter the city"],
      ["zip", "Enter the ZIP code as 5 digits, or 9 like 62701-1234"],
    ]);
  });
});

describe("fees", () => {
  it("keeps whole cents from $0 to $100,000", () => {
    expect(FeeCents.parse(0)).toBe(0);
    expect(FeeCents.parse(10_000_000)).toBe(10_000_000);
    expect(refusal(FeeCents, -1)).toBe("Enter an amount of $0.00 or more");
    expect(refusal(FeeCents, 10_000_001)).toBe("Enter an amount up to $100,000.00");
    expect(refusal(FeeCents, 150.5)).toBe("Enter the amount in dollars and cents, like 150.00");
  });

  it.each([
    ["150", 15_000],
    ["150.5", 15_050],
    ["$1,250.99", 125_099],
    [" 99.99 ", 9_999],
    [".75", 75],
    ["0", 0],
  ])("reads %j as %i cents", (typed, cents) => {
    expect(centsOfDollars(typed)).toBe(cents);
  });

  it.each(["", ".", "1.999", "-5", "12a", "1,25", "1e3"])("reads %j as no amount", (typed) => {
    expect(centsOfDollars(typed)).toBeNull();
  });

  it("writes cents back as dollars to edit", () => {
    expect(dollarsOfCents(15_050)).toBe("150.50");
    expect(dollarsOfCents(0)).toBe("0.00");
  });

  it("takes a code as 5 digits", () => {
    expect(BillingCode.parse(" 97530 ")).toBe("97530");
    expect(refusal(BillingCode, "9753")).toBe("Enter the code as 5 digits, like 97530");
    expect(refusal(BillingCode, "97530-GT")).toBe("Enter the code as 5 digits, like 97530");
  });
});

describe("Sex", () => {
  it("takes female, male or not given, as a claim states them", () => {
    expect(["F", "M", "U"].map((sex) => Sex.parse(sex))).toEqual(["F", "M", "U"]);
    expect(refusal(Sex, "X")).toBe("Choose female, male or not given");
    expect(refusal(Sex, "f")).toBe("Choose female, male or not given");
  });

  it("reads a stored sex other than F or M as not given", () => {
    expect(sexOf("F")).toBe("F");
    expect(sexOf("M")).toBe("M");
    expect(sexOf("")).toBe("U");
    expect(sexOf("X")).toBe("U");
  });
});

describe("maskMemberId", () => {
  it("shows a family only the last 4 characters", () => {
    expect(maskMemberId("XJH552100729")).toBe("•••• 0729");
    expect(maskMemberId("ABC")).toBe("ABC");
  });
});

describe("one refusal per identifier", () => {
  it("says what to type once, however many ways it is wrong", () => {
    expect(MemberId.safeParse("").error?.issues).toHaveLength(1);
    expect(MemberId.safeParse("A".repeat(30) + "*").error?.issues).toHaveLength(1);
  });
});
