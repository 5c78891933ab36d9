import { describe, expect, it } from "vitest";

import {
  indexAfterMove,
  indexAfterRemove,
  moveItem,
  removeItem,
  replaceItem,
  startAfterRemove,
} from "./list-edit";

describe("moveItem", () => {
  it("moves an item up and down one place", () => {
    expect(moveItem(["a", "b", "c"], 1, -1)).toEqual(["b", "a", "c"]);
    expect(moveItem(["a", "b", "c"], 1, 1)).toEqual(["a", "c", "b"]);
  });

  it("leaves the list as it is at either end", () => {
    expect(moveItem(["a", "b"], 0, -1)).toEqual(["a", "b"]);
    expect(moveItem(["a", "b"], 1, 1)).toEqual(["a", "b"]);
    expect(moveItem(["a", "b"], 5, -1)).toEqual(["a", "b"]);
  });

  it("does not change the list it was given", () => {
    const items = ["a", "b"];
    moveItem(items, 0, 1);
    expect(items).toEqual(["a", "b"]);
  });
});

describe("removeItem and replaceItem", () => {
  it("removes and replaces by position", () => {
    expect(removeItem(["a", "b", "c"], 1)).toEqual(["a", "c"]);
    expect(replaceItem(["a", "b", "c"], 2, "z")).toEqual(["a", "b", "z"]);
  });
});

describe("indexAfterMove (the ladder's current level follows its level)", () => {
  it("follows the marked item when it moves", () => {
    expect(indexAfterMove(1, 1, -1, 3)).toBe(0);
    expect(indexAfterMove(1, 1, 1, 3)).toBe(2);
  });

  it("shifts when a neighbour swaps with the marked item", () => {
    expect(indexAfterMove(1, 0, 1, 3)).toBe(0);
    expect(indexAfterMove(1, 2, -1, 3)).toBe(2);
  });

  it("stays when other items move or the move leaves the list", () => {
    expect(indexAfterMove(0, 1, 1, 3)).toBe(0);
    expect(indexAfterMove(0, 0, -1, 3)).toBe(0);
  });
});

describe("indexAfterRemove (the ladder's current level)", () => {
  it("moves up when an easier level is removed", () => {
    expect(indexAfterRemove(2, 0, 3)).toBe(1);
  });

  it("stays when a harder level is removed", () => {
    expect(indexAfterRemove(1, 2, 3)).toBe(1);
  });

  it("drops to the easier level when its own level is removed, or stays at the first", () => {
    expect(indexAfterRemove(2, 2, 3)).toBe(1);
    expect(indexAfterRemove(0, 0, 2)).toBe(0);
  });

  it("never points past the end or below zero", () => {
    expect(indexAfterRemove(0, 0, 0)).toBe(0);
  });
});

describe("startAfterRemove (the chain's child part)", () => {
  it("keeps the child's steps when an adult step before them is removed", () => {
    expect(startAfterRemove(3, 1, 4)).toBe(2);
  });

  it("keeps the start when a step of the child's part is removed", () => {
    expect(startAfterRemove(2, 3, 3)).toBe(2);
    expect(startAfterRemove(2, 2, 4)).toBe(2);
  });

  it("never starts past the last step", () => {
    expect(startAfterRemove(3, 3, 3)).toBe(2);
  });
});
