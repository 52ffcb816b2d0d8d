import { describe, expect, it } from "vitest";
import { questionIntent } from "../src/generate/intent.js";

describe("questionIntent", () => {
  it("reads durations, sizes and percentages as figures asked for", () => {
    expect(questionIntent("上市公司平均多久能回复一条提问？")).toBe("numeric");
    expect(questionIntent("发现突发事件能比传统上报提前多长时间？")).toBe("numeric");
    expect(questionIntent("模型精度能达到几厘米？")).toBe("numeric");
    expect(questionIntent("事故率降了百分之几？")).toBe("numeric");
  });

  it("does not take 前几年 for a question, and reads a described project as a search for precedents", () => {
    const project =
      "某地级市车联网先导区的运营公司。前几年政府投了不少钱装路侧摄像头，数据找不到变现渠道，想加工成仿真场景库卖给整车企业。这种模式有先例吗？";
    expect(questionIntent(project)).toBe("similar");
    expect(
      questionIntent(
        "想做一个道路安全隐患防控项目，给省会城市交警用。设想把路网属性、历史事故、实时路况和天气放在一起算，给每个路段算隐患指数。",
      ),
    ).toBe("similar");
    expect(questionIntent("前几年做过的数据资产入表有哪些案例？")).toBe("list");
    expect(questionIntent("跟北京建设国际消费中心城市有关的案例有几个？")).toBe("list");
    expect(questionIntent("科技创新领域里用了知识图谱的案例有哪几个？")).toBe("list");
    // What one project achieved or used is asked of that project, not a list of cases.
    expect(questionIntent("北京市测绘设计研究院的实景三维中轴线项目取得了哪些成果？")).toBe("fact");
    expect(questionIntent("京东物流那个项目用了哪些数据？")).toBe("fact");
  });

  it("reads a question asking for cases as a list, even when it names a figure or the applicants", () => {
    expect(questionIntent("哪些案例写明了自己挣到多少钱？")).toBe("list");
    expect(questionIntent("哪些案例的申报单位跟区政府签了合作协议？")).toBe("list");
    expect(questionIntent("能帮医生看病、给诊断和治疗出主意的有哪些？")).toBe("list");
    expect(questionIntent("罗克佳华那笔质押贷款贷了多少钱？")).toBe("numeric");
    expect(questionIntent("推出猪小慧的是哪家公司？")).toBe("applicant");
    expect(questionIntent("猪小慧的功能有哪些？")).toBe("fact");
  });
});
