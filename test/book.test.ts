import { describe, expect, it } from "vitest";
import { classifyLine } from "../src/corpus/raw-text.js";
import { caseIdOf, chineseNumeral, findDomain } from "../src/domain/book.js";

describe("book conventions", () => {
  it("reads the book's Chinese ordinals", () => {
    expect([chineseNumeral("一"), chineseNumeral("十"), chineseNumeral("十六"), chineseNumeral("二十一")]).toEqual([
      1, 10, 16, 21,
    ]);
    expect(caseIdOf(5, 3)).toBe("05-03");
  });

  it("finds a domain by name, number or slug", () => {
    expect(findDomain("金融服务")?.domainNo).toBe(5);
    expect(findDomain("05")?.domain).toBe("金融服务");
    expect(findDomain("finance")?.domainNo).toBe(5);
    expect(findDomain("航空航天")).toBeUndefined();
  });

  it("recognises page furniture and detached labels", () => {
    expect(classifyLine("北京“数据要素 ×”典型案例集")).toBe("furniture");
    expect(classifyLine("05 06数据要素 × 工业制造")).toBe("furniture");
    expect(classifyLine("数据要素 × 城市治理")).toBe("furniture");
    expect(classifyLine(" 应用成效 ")).toBe("label");
    expect(classifyLine("应用成效方面，效率提升 20%。")).toBe("text");
    expect(classifyLine("   ")).toBe("blank");
  });
});
