import { describe, expect, it } from "vitest";

import { LIBRARY_START, libraryReducer, type Library } from "./library-state";

const SCISSORS = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
const COPY = "0b4f2e7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b";

const withNotice: Library = { view: { mode: "browse", openId: SCISSORS }, notice: "Saved." };

describe("browsing the library", () => {
  it("opens a template beside the list, and the last notice goes", () => {
    expect(libraryReducer(withNotice, { type: "opened", templateId: COPY })).toEqual({
      view: { mode: "browse", openId: COPY },
      notice: null,
    });
  });

  it("closes it back to the list alone", () => {
    expect(libraryReducer(withNotice, { type: "closed" })).toEqual(LIBRARY_START);
  });

  it("says a copy is made and opens the copy in place of the original", () => {
    expect(
      libraryReducer(LIBRARY_START, {
        type: "copied",
        copyId: COPY,
        title: "Scissor skills: snip to circle",
      }),
    ).toEqual({
      view: { mode: "browse", openId: COPY },
      notice:
        "A copy of “Scissor skills: snip to circle” is in your library. Edit it to make it your own.",
    });
  });
});

describe("a new template", () => {
  it("starts with the choice of technique", () => {
    expect(libraryReducer(withNotice, { type: "new-started" })).toEqual({
      view: { mode: "choose" },
      notice: null,
    });
  });

  it("goes on to the form for the technique chosen", () => {
    const choosing = libraryReducer(LIBRARY_START, { type: "new-started" });
    expect(libraryReducer(choosing, { type: "kind-chosen", kind: "chain" }).view).toEqual({
      mode: "new",
      kind: "chain",
    });
  });

  it("once saved, is in the list, open, with a notice", () => {
    expect(
      libraryReducer(
        { view: { mode: "new", kind: "chain" }, notice: null },
        { type: "created", templateId: COPY, title: "Shoes on" },
      ),
    ).toEqual({ view: { mode: "browse", openId: COPY }, notice: "“Shoes on” is in your library." });
  });
});

describe("changing a template", () => {
  it("opens the form, and the last notice goes", () => {
    expect(libraryReducer(withNotice, { type: "edit-started", templateId: SCISSORS })).toEqual({
      view: { mode: "edit", templateId: SCISSORS },
      notice: null,
    });
  });

  it("once saved, shows it again, saying earlier programs keep their version", () => {
    expect(
      libraryReducer(
        { view: { mode: "edit", templateId: SCISSORS }, notice: null },
        { type: "saved", templateId: SCISSORS, title: "Scissor skills for the classroom group" },
      ),
    ).toEqual({
      view: { mode: "browse", openId: SCISSORS },
      notice:
        "Saved “Scissor skills for the classroom group”. Programs built from it earlier keep their own version.",
    });
  });

  it("left without saving, goes back to where it was, keeping any notice", () => {
    const editing: Library = { view: { mode: "edit", templateId: SCISSORS }, notice: "Saved." };
    expect(libraryReducer(editing, { type: "left", openId: SCISSORS })).toEqual(withNotice);
    expect(libraryReducer(editing, { type: "left", openId: null })).toEqual({
      view: { mode: "browse", openId: null },
      notice: "Saved.",
    });
  });
});
