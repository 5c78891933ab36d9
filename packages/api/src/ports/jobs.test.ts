import { describe, expect, it } from "vitest";

import { jobIdFor } from "./jobs";

describe("jobIdFor", () => {
  it("gives the same key the same job id, so enqueueing twice adds one job", () => {
    expect(jobIdFor("notice-send:reminder:a1")).toBe(jobIdFor("notice-send:reminder:a1"));
    expect(jobIdFor("notice-send:reminder:a1")).not.toBe(jobIdFor("notice-send:reminder:a2"));
  });
  it("is shaped as a UUID, which pg-boss requires", () => {
    expect(jobIdFor("any key")).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
