import { describe, expect, it } from "vitest";

import { describeFailure } from "./log";

describe("describeFailure", () => {
  it("keeps the query and the SQLSTATE but drops the parameters a failed query carried", () => {
    const cause = Object.assign(new Error('invalid input syntax for type inet: "x"'), {
      code: "22P02",
    });
    const failed = new Error(
      'Failed query: insert into "children" ("first_name") values ($1)\nparams: Maya,2019-04-12',
      { cause },
    );
    const logged = describeFailure(failed);
    expect(logged).toContain('Failed query: insert into "children"');
    expect(logged).toContain("[22P02]");
    expect(logged).not.toContain("Maya");
    expect(logged).not.toContain("2019-04-12");
  });
});
