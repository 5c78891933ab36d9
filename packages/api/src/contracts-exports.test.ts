import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = dirname(fileURLToPath(import.meta.url));
const packageRoot = dirname(src);
const exportsMap = (
  JSON.parse(readFileSync(join(packageRoot, "package.json"), "utf8")) as {
    exports: Record<string, string>;
  }
).exports;

const filesEndingWith = (suffix: string) =>
  readdirSync(src, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(suffix))
    .map((file) => `./${relative(packageRoot, join(src, file))}`)
    .sort();

const contractEntries = Object.entries(exportsMap).filter(([key]) =>
  key.startsWith("./contracts/"),
);

describe("@carryover/api/contracts/<key>", () => {
  it("exports every contracts file under its router key", () => {
    const exported = new Map(contractEntries.map(([key, file]) => [file, key]));
    for (const file of filesEndingWith(".contracts.ts")) {
      expect(exported.get(file), `${file} has no "./contracts/…" entry in package.json`).toBe(
        `./contracts/${basename(file, ".contracts.ts")}`,
      );
    }
  });

  it("points every contracts entry at a file that exists", () => {
    for (const [key, file] of contractEntries) {
      expect(existsSync(join(packageRoot, file)), `${key} → ${file}`).toBe(true);
    }
  });

  it("gives every router its contracts file beside it", () => {
    for (const router of filesEndingWith(".router.ts")) {
      const contracts = router.replace(/\.router\.ts$/, ".contracts.ts");
      expect(existsSync(join(packageRoot, contracts)), `${router} without ${contracts}`).toBe(true);
    }
  });
});
