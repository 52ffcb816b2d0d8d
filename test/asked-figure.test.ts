import { describe, expect, it } from "vitest";
import { askedFigure, reportsFigure } from "../src/generate/asked-figure.js";

const CASE = [
  "平台累计服务企业 4.2 万家，帮助中小企业获得授信超过 300 亿元。",
  "模型精确度高达 90% 以上；单证处理时间由 3 天缩短到 6 小时。",
  "一个线上游客花 5 元开通 AI 导游。",
  "累计查出涉水车 10 万+辆。",
].join("\n");

const reported = (question: string, text = CASE) => {
  const asked = askedFigure(question);
  if (!asked) throw new Error(`nothing asked in ${question}`);
  return reportsFigure(text, asked);
};

describe("askedFigure", () => {
  it("reads counts, figure nouns and kinds of money from a question", () => {
    expect(askedFigure("平台一共接进来多少家猪场？")?.counts).toEqual([{ unit: "家", noun: "猪场" }]);
    expect(askedFigure("那笔贷款利率是多少、期限多长？")?.attributes).toEqual(["利率", "期限"]);
    expect(askedFigure("查一次多少钱？")?.money).toBe("price");
    expect(askedFigure("这个项目前后一共投了多少钱？")?.money).toBe("spend");
    expect(askedFigure("一年能帮养殖场多赚多少钱？")?.money).toBe("sum");
  });

  it("asks nothing checkable of which-ones questions and questions without a figure word", () => {
    expect(askedFigure("是哪几家单位联合申报的？")).toBeUndefined();
    expect(askedFigure("这个平台是怎么做数据治理的？")).toBeUndefined();
  });
});

describe("reportsFigure", () => {
  it("finds the asked kind of figure however the case words it", () => {
    expect(reported("服务了多少家企业？")).toBe(true);
    expect(reported("模型准确率能到多少？")).toBe(true); // 精确度 in the case
    expect(reported("游客开通要多少钱？")).toBe(true);
    expect(reported("查出过多少辆泡水车？")).toBe(true);
    expect(reported("帮企业拿到了多少钱的授信？")).toBe(true);
    expect(reported("那家集团一年卖了多少钱？", "实现销售额约 382.6 亿欧元。")).toBe(true);
    expect(reported("预计能挣多少钱？", "预计实现收入 1400 万。")).toBe(true);
    expect(askedFigure("利息从几个点降到了几个点？")).toBeUndefined(); // percentage points, not a count
  });

  it("says so when the case has no figure of that kind", () => {
    expect(reported("贷款利率是多少？")).toBe(false);
    expect(reported("不良率有多高？")).toBe(false);
    const withoutPrice = CASE.replace(/一个线上游客.*\n/, "");
    expect(reported("查一次要多少钱？", withoutPrice)).toBe(false); // 300 亿元 is not a price
    expect(reported("这个平台一年要收多少钱会员费？", withoutPrice)).toBe(false);
    expect(reported("建设一共花了多少钱？")).toBe(false);
    expect(reported("一共部署了多少台服务器？")).toBe(false);
  });
});
