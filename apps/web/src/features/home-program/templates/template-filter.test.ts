import { describe, expect, it } from "vitest";

import type { ActivityKind } from "@carryover/domain/home-program";

import { newActivityOf } from "~/features/home-program/activity-editor/new-activity";
import { countByKind, filterTemplates } from "./template-filter";

function template(kind: ActivityKind, title: string, goals: string[] = [], summary = "") {
  const activity = newActivityOf(kind);
  return {
    ...activity,
    content: { ...activity.content, title, goals, summary: summary || activity.content.summary },
  };
}

const library = [
  template("ladder", "Buttoning, big to small", ["buttoning", "getting dressed on my own"]),
  template("chain", "Shoes and socks", ["getting dressed on my own"]),
  template("sensory_diet", "Calm start to homework", ["calmer homework start"]),
  template("ladder", "Scissor skills: snip to circle", ["scissor use"], "Cutting out paper shapes"),
  template("routine_practice", "Ordering at the café", ["asking for help"]),
];

const titles = (found: { content: { title: string } }[]) => found.map((t) => t.content.title);

describe("filterTemplates", () => {
  it("shows every template with no search and all techniques", () => {
    expect(filterTemplates(library, { kind: "all", query: "  " })).toHaveLength(5);
  });

  it("keeps only the chosen technique", () => {
    expect(titles(filterTemplates(library, { kind: "ladder", query: "" }))).toEqual([
      "Buttoning, big to small",
      "Scissor skills: snip to circle",
    ]);
  });

  it("finds a template by its goals as well as its title, ignoring case", () => {
    expect(titles(filterTemplates(library, { kind: "all", query: "DRESSED" }))).toEqual([
      "Buttoning, big to small",
      "Shoes and socks",
    ]);
    expect(titles(filterTemplates(library, { kind: "all", query: "homework" }))).toEqual([
      "Calm start to homework",
    ]);
  });

  it("needs every word searched for, in any order", () => {
    expect(titles(filterTemplates(library, { kind: "all", query: "own shoes" }))).toEqual([
      "Shoes and socks",
    ]);
    expect(filterTemplates(library, { kind: "all", query: "shoes buttons" })).toEqual([]);
  });

  it("searches titles and goals only, not the summary", () => {
    expect(filterTemplates(library, { kind: "all", query: "paper" })).toEqual([]);
  });

  it("finds words whether or not they are typed with accents", () => {
    expect(titles(filterTemplates(library, { kind: "all", query: "cafe" }))).toEqual([
      "Ordering at the café",
    ]);
  });

  it("combines the technique and the search", () => {
    expect(filterTemplates(library, { kind: "chain", query: "buttoning" })).toEqual([]);
  });
});

describe("countByKind", () => {
  it("counts the templates of each technique and in all", () => {
    expect(countByKind(library)).toEqual({
      all: 5,
      ladder: 2,
      chain: 1,
      sensory_diet: 1,
      routine_practice: 1,
      descriptive_commenting: 0,
    });
  });
});
