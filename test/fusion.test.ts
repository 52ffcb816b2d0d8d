import { describe, expect, it } from "vitest";
import { moveFirst, reciprocalRankFusion } from "../src/retrieve/fusion.js";

describe("reciprocalRankFusion", () => {
  it("ranks an item found high in both lists above one found high in only one", () => {
    const fused = reciprocalRankFusion([
      [7, 3, 1],
      [3, 9, 7],
    ]);
    expect(fused.map((entry) => entry.item)).toEqual([3, 7, 9, 1]);
    expect(fused[0]?.score).toBeCloseTo(1 / 62 + 1 / 61);
  });
});

describe("moveFirst", () => {
  it("moves the passing items ahead, keeping the order within each group", () => {
    expect(moveFirst(["01-02", "01-05", "01-06", "01-01"], (id) => id === "01-01" || id === "01-06")).toEqual([
      "01-06",
      "01-01",
      "01-02",
      "01-05",
    ]);
  });
});
