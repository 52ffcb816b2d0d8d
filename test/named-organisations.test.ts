import { describe, expect, it } from "vitest";
import { SECTION_NAMES } from "../src/domain/book.js";
import type { Case } from "../src/domain/case.js";
import { NamedOrganisations } from "../src/retrieve/named-organisations.js";

function fixture(caseId: string, applicants: string[], text: string): Case {
  return {
    caseId,
    domainNo: 1,
    domain: "工业制造",
    caseNo: Number(caseId.slice(3)),
    title: `案例${caseId}`,
    applicants,
    sections: SECTION_NAMES.map((name, i) => ({ name, text: i === 1 ? text : "内容。" })),
  };
}

const cases = [
  fixture("01-01", ["国机智能科技有限公司"], "iMOM 平台服务中小企业设备运维。"),
  fixture("01-02", ["某电力公司"], "累计取得 23 项数据知识产权登记证书，服务中小企业。"),
  fixture("01-03", ["北京市测绘设计研究院"], "为中轴线建设实景三维模型。"),
  fixture("01-04", ["北京测绘学会"], "组织测绘成果交流。"),
  fixture("01-05", ["中小企业融资再担保有限公司"], "为中小企业提供担保。"),
  fixture("01-06", ["甲科技有限公司"], "与国机智能合作建设平台，服务中小企业。"),
];
const organisations = new NamedOrganisations(cases);

describe("NamedOrganisations", () => {
  it("finds the cases that mention the organisation a question names, as applicant or in their text", () => {
    const naming = organisations.casesNaming("国机智能的 iMOM 一共拿到了多少项数据知识产权登记证书？");
    expect([...(naming ?? [])].sort()).toEqual(["01-01", "01-06"]);
  });

  it("knows an applicant by a shortening its own case uses", () => {
    const bank = new NamedOrganisations([
      fixture("05-10", ["中国邮政储蓄银行股份有限公司"], "邮储银行推出产业 e 贷。"),
      fixture("05-16", ["甲科技有限公司"], "工行武汉分行授信逾 400 亿元。"),
    ]);
    expect([...(bank.casesNaming("邮储银行给武汉那边的企业授信规模有多大？") ?? [])]).toEqual(["05-10"]);
    expect(bank.casesNaming("储蓄银行给武汉那边的企业授信规模有多大？")).toBeUndefined();
  });

  it("takes 北京市 and 北京 as one in a name", () => {
    // "北京测绘" is the start of 北京测绘学会's name, and 北京市测绘设计研究院's case mentions it as 北京市测绘….
    expect([...(organisations.casesNaming("北京测绘院给中轴线建的三维模型") ?? [])].sort()).toEqual(["01-03", "01-04"]);
  });

  it("does not take a common word at the start of a longer name for the organisation", () => {
    expect(organisations.casesNaming("有没有给科技型中小企业打分授信的类似案例？")).toBeUndefined();
    expect(organisations.casesNaming("用了区块链的案例有哪些？")).toBeUndefined();
  });
});
