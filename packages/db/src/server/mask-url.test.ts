import { describe, expect, it } from "vitest";

import { maskDatabaseUrl } from "./mask-url";

describe("maskDatabaseUrl", () => {
  it("hides the password and keeps what helps find the server", () => {
    expect(maskDatabaseUrl("postgres://app:s3cret@db.internal:5433/carryover")).toBe(
      "postgres://app:***@db.internal:5433/carryover",
    );
  });
  it("leaves a URL without a password as it is", () => {
    expect(maskDatabaseUrl("postgres://postgres@127.0.0.1:5432/postgres")).toBe(
      "postgres://postgres@127.0.0.1:5432/postgres",
    );
  });
  it("never echoes an unparseable value, which may itself be a secret", () => {
    expect(maskDatabaseUrl("not a url with hunter2")).toBe("(an unparseable DATABASE_URL)");
  });
});
