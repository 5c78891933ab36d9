import { describe, expect, it } from "vitest";

import { newActivityOf } from "~/features/home-program/activity-editor/new-activity";
import { moveHighlight, searchLibrary } from "./template-picker";

const template = (kind: Parameters<typeof newActivityOf>[0], title: string, goals: string[]) => {
  const activity = newActivityOf(kind);
  return { ...activity, content: { ...activity.content, title, goals } };
};

const LIBRARY = [
  template("routine_practice", "Zip the coat", ["dressing"]),
  template("ladder", "Pencil grasp ladder", ["fine motor", "handwriting"]),
  template("chain", "Shoes and socks", ["dressing", "self-care"]),
  template("sensory_diet", "Heavy work before school", ["regulation"]),
];

describe("searchLibrary", () => {
  it("lists everything by technique, then title, when nothing is searched for", () => {
    expect(searchLibrary(LIBRARY, "  ").map((t) => t.content.title)).toEqual([
      "Shoes and socks",
      "Pencil grasp ladder",
      "Zip the coat",
      "Heavy work before school",
    ]);
  });

  it("finds a skill in the goals, and every word must match", () => {
    expect(searchLibrary(LIBRARY, "dressing").map((t) => t.content.title)).toEqual([
      "Shoes and socks",
      "Zip the coat",
    ]);
    expect(searchLibrary(LIBRARY, "dressing coat").map((t) => t.content.title)).toEqual([
      "Zip the coat",
    ]);
  });

  it("finds a technique by its name, ignoring case and accents", () => {
    expect(searchLibrary(LIBRARY, "SENSORY").map((t) => t.content.title)).toEqual([
      "Heavy work before school",
    ]);
    expect(searchLibrary(LIBRARY, "chaîning").map((t) => t.content.title)).toEqual([
      "Shoes and socks",
    ]);
  });

  it("finds nothing for a word no template holds", () => {
    expect(searchLibrary(LIBRARY, "swimming")).toEqual([]);
  });
});

describe("moveHighlight", () => {
  it("moves down and up within the list, and stops at the ends", () => {
    expect(moveHighlight(-1, "ArrowDown", 3)).toBe(0);
    expect(moveHighlight(1, "ArrowDown", 3)).toBe(2);
    expect(moveHighlight(2, "ArrowDown", 3)).toBe(2);
    expect(moveHighlight(0, "ArrowUp", 3)).toBe(0);
    expect(moveHighlight(2, "ArrowUp", 3)).toBe(1);
    expect(moveHighlight(1, "Home", 3)).toBe(0);
    expect(moveHighlight(0, "End", 3)).toBe(2);
  });

  it("keeps the highlight inside a list that got shorter, and has none in an empty list", () => {
    expect(moveHighlight(5, "a", 2)).toBe(1);
    expect(moveHighlight(1, "ArrowDown", 0)).toBe(-1);
  });
});
