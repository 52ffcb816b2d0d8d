import { describe, expect, it } from "vitest";
import { applicantTest } from "../src/retrieve/applicant-kind.js";

const passes = (question: string, applicants: string[]) => applicantTest(question)?.(applicants);

describe("applicantTest", () => {
  it("reads how many organisations applied together", () => {
    expect(passes("有几个案例是三家单位联合申报的？", ["甲公司", "乙公司", "丙研究院"])).toBe(true);
    expect(passes("有几个案例是三家单位联合申报的？", ["甲公司", "乙公司"])).toBe(false);
    expect(passes("两家公司一起报的案例有哪些", ["甲公司", "乙公司"])).toBe(true);
    expect(passes("联合申报的案例有哪些？", ["甲公司", "乙公司"])).toBe(true);
    expect(passes("联合申报的案例有哪些？", ["甲公司"])).toBe(false);
  });

  it("reads the kind of organisation that applied, from the clause about applying", () => {
    const bureau = ["北京市海淀区文化和旅游局"];
    expect(passes("哪些案例是政府部门直接出面当申报单位的？", bureau)).toBe(true);
    expect(passes("哪些案例是政府部门直接出面当申报单位的？", ["某某科技有限公司"])).toBe(false);
    expect(passes("医院牵头申报的案例有哪些？", ["中国人民解放军总医院"])).toBe(true);
    // A hospital as a partner, not as the applicant.
    expect(applicantTest("有哪些案例跟医院合作？申报单位是企业的那种")).toBeUndefined();
  });

  it("puts no test to questions that do not ask about the applicants", () => {
    expect(applicantTest("用到区块链的案例有哪些？")).toBeUndefined();
    expect(applicantTest("有哪些案例服务政府部门？")).toBeUndefined();
  });
});
