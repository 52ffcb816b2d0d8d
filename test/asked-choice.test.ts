import { describe, expect, it } from "vitest";
import { askedChoice } from "../src/generate/asked-choice.js";

describe("askedChoice", () => {
  it("reads the options a question asks to choose between", () => {
    expect(askedChoice("保前评分模型用的是逻辑回归还是梯度提升树？")).toEqual(["逻辑回归", "梯度提升树"]);
    expect(askedChoice("用的手机信令是联通的、移动的还是电信的？")).toEqual(["联通的", "移动的", "电信的"]);
  });

  it("reads no choice when an option is left open or there is none", () => {
    expect(askedChoice("用的是随机森林、XGBoost还是别的什么算法？")).toBeUndefined();
    expect(askedChoice("是自己训的，还是拿哪家的开源模型改的？")).toBeUndefined();
    expect(askedChoice("罗克佳华那笔质押贷款贷到了多少钱？")).toBeUndefined();
  });
});
