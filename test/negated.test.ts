import { describe, expect, it } from "vitest";
import { withoutNegated } from "../src/text/negated.js";

const kept = (question: string) => withoutNegated(question).replace(/　+/g, "_");

describe("withoutNegated", () => {
  it("blanks the clauses that say what is not asked for, keeping offsets", () => {
    expect(kept("用了图计算的案例有哪些？知识图谱不算")).toBe("用了图计算的案例有哪些？_");
    expect(kept("不算大模型，也不算图神经网络，有哪些案例用了 CNN？")).toBe("_，_，有哪些案例用了 CNN？");
    expect(kept("用回归模型的案例（不是深度学习那种）有哪些？")).toBe("用回归模型的案例（_）有哪些？");
    expect(kept("郊区的案例有哪些？城六区和通州副中心不算")).toBe("郊区的案例有哪些？_");
    const question = "建了数仓的案例都有谁？湖仓一体那种不算";
    expect(withoutNegated(question)).toHaveLength(question.length);
  });

  it("leaves questions alone whose 不是 and 不算 negate nothing asked", () => {
    for (const question of ["不是说有个案例做过区块链吗？", "这个数字是不是真的？", "给它干活的都算", "成本不算高吗"]) {
      expect(withoutNegated(question)).toBe(question);
    }
  });
});
