import { describe, expect, it } from "vitest";
import { statedNames } from "../src/generate/stated-names.js";

describe("statedNames", () => {
  it("keeps the terms written in Latin letters, with digits and joiners, as names", () => {
    expect(statedNames(["八月瓜", "ip-llm", "训练", "p2p", "chatglm", "2023", "a"])).toEqual([
      "ip-llm",
      "p2p",
      "chatglm",
    ]);
  });
});
