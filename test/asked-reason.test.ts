import { describe, expect, it } from "vitest";
import { asksWhy, givesReason } from "../src/generate/asked-reason.js";

describe("asksWhy", () => {
  it("reads a question asking why", () => {
    expect(asksWhy("为什么挑刘家店镇的大桃地块来做数据采集？")).toBe(true);
    expect(asksWhy("出于什么考虑选了粒子群算法？")).toBe(true);
    expect(asksWhy("平谷在哪个镇做的数据采集？")).toBe(false);
  });
});

describe("givesReason", () => {
  const text = [
    "项目选在山西芮城和江西会昌落地。",
    "平台采用 pancake 光学，从而让头显体积更小、佩戴更舒适。",
    "由于涉及科创企业的敏感数据，无法直接向银行开放明文数据。",
    "因此采用隐私计算，数据可用不可见。",
  ].join("");

  it("finds a reason in or next to a sentence about what is asked", () => {
    expect(givesReason(text, ["pancake"])).toBe(true);
    expect(givesReason(text, ["隐私计算"])).toBe(true); // the sentence before gives it
  });

  it("does not take a choice stated without a reason for one", () => {
    expect(givesReason("项目选在山西芮城和江西会昌落地。平台服务养殖户 300 户。", ["芮城"])).toBe(false);
  });
});
