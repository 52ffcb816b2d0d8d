import { describe, expect, it } from "vitest";
import { preferDomain, queryDomain } from "../src/retrieve/query-domain.js";

describe("queryDomain", () => {
  it("finds a domain named in the question, by full name or by a short name with 领域/这块", () => {
    expect(queryDomain("文化旅游这块，哪些案例用了大模型？")).toBe(7);
    expect(queryDomain("金融领域里做供应链金融的有哪些？")).toBe(5);
  });

  it("ignores negated mentions, organisation names and questions that name no domain", () => {
    expect(queryDomain("哪些案例用到了气象数据？不限于气象领域")).toBeUndefined();
    expect(queryDomain("给四川省应急管理厅做降水预报的是哪家公司？")).toBeUndefined();
    expect(queryDomain("有哪些案例用了隐私计算？")).toBeUndefined();
  });

  it("moves the named domain's items ahead, keeping order within each group", () => {
    expect(preferDomain([1, 7, 3, 7], (n) => n, 7)).toEqual([7, 7, 1, 3]);
    expect(preferDomain([1, 7], (n) => n, undefined)).toEqual([1, 7]);
  });
});
