import { describe, expect, it } from "vitest";
import { avoidDomains, preferDomains, queryDomain, queryDomains, readDomains } from "../src/retrieve/query-domain.js";

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

  it("finds every domain a question names", () => {
    expect(queryDomains("农业和商贸流通这两个领域里，靠传感器采集数据的案例有哪些？")).toEqual([2, 3]);
    expect(queryDomain("农业和商贸流通这两个领域里有哪些案例？")).toBeUndefined();
  });

  it("moves the named domains' items ahead, keeping order within each group", () => {
    expect(preferDomains([1, 7, 3, 7, 2], (n) => n, [7, 2])).toEqual([7, 7, 2, 1, 3]);
    expect(preferDomains([1, 7], (n) => n, [])).toEqual([1, 7]);
    expect(avoidDomains([1, 7, 3, 7, 2], (n) => n, [7])).toEqual([1, 3, 2, 7, 7]);
  });
});

describe("domains left out, and the question without its domains", () => {
  it("reads 除了…那一章 and …以外 as leaving a domain out, even when its topic is asked about later", () => {
    expect(readDomains("除了金融服务那一章，还有哪些案例给企业做了画像？").excluded).toEqual([5]);
    expect(readDomains("除了城市治理那一章，别的领域里还有哪些案例是明确冲着城市治理去的？")).toMatchObject({
      named: [],
      excluded: [11],
    });
    expect(readDomains("哪些案例用到了气象数据？不限于气象领域").excluded).toEqual([]);
  });

  it("leaves out every member of an enumeration that is left out, and reads 那章 / 两章 / 那两块 as chapters", () => {
    expect(readDomains("除了科技创新和金融那两块，还有哪些案例用上了知识图谱？")).toMatchObject({
      named: [],
      excluded: [5, 6],
    });
    expect(readDomains("农业、金融那两章以外，用了大模型的有哪些？")).toMatchObject({ named: [], excluded: [2, 5] });
    expect(readDomains("农业那章以外，还有哪些案例是服务农民的？")).toMatchObject({ named: [], excluded: [2] });
    expect(readDomains("城市治理和绿色低碳两章里，哪些案例搭了数据中台？")).toMatchObject({
      named: [11, 12],
      excluded: [],
    });
  });

  it("reads an enumeration of several domains", () => {
    expect(queryDomains("农业、金融、应急管理、绿色低碳这几块，用了大模型的案例有哪些？")).toEqual([2, 5, 9, 12]);
  });

  it("blanks the domain names it applies, keeping the topic of an excluded one", () => {
    expect(readDomains("金融服务里，服务银行超过一百家的案例有哪些？").searched).toBe(
      "　　　　里，服务银行超过一百家的案例有哪些？",
    );
    expect(readDomains("除了城市治理那一章，还有哪些案例冲着城市治理去的？").searched).toBe(
      "除了　　　　那一章，还有哪些案例冲着城市治理去的？",
    );
  });
});
