import { describe, expect, it } from "vitest";
import { askedTopic } from "../src/generate/asked-topic.js";

describe("askedTopic", () => {
  it("reads the topic a question asks the book to have a case on", () => {
    expect(askedTopic("有没有用数据做供热管网泄漏预警的案例？")).toBe("用数据做供热管网泄漏预警");
    expect(askedTopic("书里讲过用井下数据防瓦斯事故的案例吗？")).toBe("用井下数据防瓦斯事故");
    expect(askedTopic("有没有哪个案例是把几个委办局的数据汇到一起做预警的？")).toBe("把几个委办局的数据汇到一起做预警");
    expect(askedTopic("有没有水产养殖方面的案例？")).toBe("水产养殖");
  });

  it("reads a topic given before a question that points back at it or only asks whether there is a case", () => {
    expect(askedTopic("退役电池怎么回收溯源，书里有这方面的案例吗？")).toBe("退役电池怎么回收溯源");
    expect(askedTopic("退役电池回收溯源，书里有案例可参考吗？")).toBe("退役电池回收溯源");
    expect(askedTopic("城市供热有案例吗？")).toBe("城市供热");
    expect(askedTopic("想了解无人机送快递，书里有对应案例没？")).toBe("想了解无人机送快递");
    expect(askedTopic("用数据预测景区客流的案例是哪个单位申报的？")).toBe("用数据预测景区客流");
    // "这块，有没有…" introduces the topic that follows, it does not point back.
    expect(askedTopic("宠物保险这块，有没有保险公司拿诊疗数据来定价的案例？")).toBe("保险公司拿诊疗数据来定价");
  });

  it("reads the topic of a question asking which case did something", () => {
    expect(askedTopic("哪个交通案例做过共享单车调度？")).toBe("共享单车调度");
    expect(askedTopic("电梯故障频发，哪个案例在用物联网数据做预警？")).toBe("电梯故障频发物联网数据做预警");
  });

  it("reads no topic in a question that does not ask whether there is a case", () => {
    expect(askedTopic("罗克佳华那笔数据资产质押贷款，贷到了多少钱？")).toBeUndefined();
    expect(askedTopic("用到区块链技术的案例都有哪些？")).toBeUndefined();
  });
});
