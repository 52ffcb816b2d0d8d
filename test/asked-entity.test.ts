import { describe, expect, it } from "vitest";
import { askedEntity, namesEntity } from "../src/generate/asked-entity.js";

describe("askedEntity", () => {
  it("reads the kind of name asked for", () => {
    expect(askedEntity("合作的是哪家叉车厂？", true)).toEqual({ kind: "org", head: "厂", prefix: "叉车" });
    expect(askedEntity("是在哪个城市落地的？", false)).toEqual({ kind: "place", head: "市", prefix: "" });
    expect(askedEntity("底层用的是哪个基础大模型？", false)?.kind).toBe("model");
    expect(askedEntity("罗克佳华系统里引进的大模型，用的是哪家的？", true)?.kind).toBe("model");
    expect(askedEntity("那个大模型是哪家做的？", false)).toBeUndefined(); // the applicant's
    expect(askedEntity("拿交通数据去做核保的是哪家保险公司？", true)?.prefix).toBe("保险");
    expect(askedEntity("这个项目是哪家公司做的？", true)).toBeUndefined();
    expect(askedEntity("猪小慧的底层大模型用的是谁家的？", true)?.kind).toBe("model");
    expect(askedEntity("信贸链打通了哪几种底层区块链？", true)).toBeUndefined();
    expect(askedEntity("那个选址预测模型，底层用的什么算法？", true)).toEqual({
      kind: "model",
      head: "算法",
      prefix: "",
    });
    expect(askedEntity("预测办件总量用的是什么模型？", true)?.kind).toBe("model");
    expect(askedEntity("用的是什么数据和算法？", true)).toBeUndefined(); // how it was done
    expect(askedEntity("在什么城市落地的？", true)).toBeUndefined();
    expect(askedEntity("接进来的是哪几家疫苗生产企业？", true)).toEqual({
      kind: "org",
      head: "企业",
      prefix: "疫苗生产",
    });
    expect(askedEntity("合作的是哪家机构？", false)?.head).toBe("机构");
    expect(askedEntity("碳通量塔建在哪个公园？", false)).toEqual({ kind: "place", head: "公园", prefix: "" });
    expect(askedEntity("这个案例是哪家企业报的？", false)).toBeUndefined(); // the applicant
  });

  it("leaves questions for the applicant alone: the book names every applicant", () => {
    expect(askedEntity("推出产业e贷的是哪家银行？", false)).toBeUndefined();
    expect(askedEntity("棉e贷是跟哪家银行合作推出的？", false)?.head).toBe("银行");
  });

  it("asks for a partner when no applicant is of the kind asked for", () => {
    const question = "出保单的是哪家保险公司？";
    expect(askedEntity(question, false, ["北京中关村科金技术有限公司"])?.prefix).toBe("保险");
    expect(askedEntity(question, false, ["中国人民财产保险股份有限公司北京市分公司"])).toBeUndefined();
    expect(askedEntity("出法律意见书的是哪家律师事务所？", false, ["山西罗克佳华科技有限公司"])).toEqual({
      kind: "org",
      head: "事务所",
      prefix: "律师",
      applicants: ["山西罗克佳华科技有限公司"],
    });
    expect(askedEntity("人流分析盯的是哪个展馆？", false)).toEqual({ kind: "place", head: "展馆", prefix: "" });
    // A client the case served, named before "叫什么"; a 集团 only when the question points at one.
    expect(askedEntity("服务的那个跨国美妆集团叫什么名字？", false)?.head).toBe("集团");
    expect(askedEntity("合作的那8家医院分别叫什么？", false)?.head).toBe("医院");
    expect(askedEntity("最早是拿哪家集团的产业来做试点的？", false)).toBeUndefined();
    expect(askedEntity("那个跨国美妆客户，具体是哪家集团？", false)?.head).toBe("集团");
  });
});

describe("namesEntity", () => {
  const bank = { kind: "org", head: "银行", prefix: "" } as const;
  const city = { kind: "place", head: "市", prefix: "" } as const;

  it("looks for the name in front of the question's own words before the head", () => {
    const forklift = { kind: "org", head: "厂", prefix: "叉车" } as const;
    expect(namesEntity("与杭州叉车厂合作建设试点。", forklift)).toBe(true);
    expect(namesEntity("与国内知名叉车厂合作建设试点。", forklift)).toBe(false);
  });

  it("takes only a name of the kind asked for: an applicant's company name is no insurer", () => {
    const insurer = { kind: "org", head: "公司", prefix: "保险" } as const;
    // Tagged as with the corpus's user dictionary, which keeps organisation names whole.
    const tagged =
      (...names: string[]) =>
      () => [
        ...names.map((word) => ({ word, tag: "nz" })),
        { word: "保险公司", tag: "n" },
        { word: "评估", tag: "vn" },
      ];
    expect(namesEntity("…", insurer, tagged("北京海泰方圆科技股份有限公司"))).toBe(false);
    expect(namesEntity("…", insurer, tagged("北京海泰方圆科技股份有限公司", "中国人民财产保险股份有限公司"))).toBe(
      true,
    );
  });

  it("finds a name before the head", () => {
    expect(namesEntity("由重庆现代产业链服务中心、重庆三峡银行联合打造。", bank)).toBe(true);
    expect(namesEntity("系统在萍乡市布设了监测点。", city)).toBe(true);
    expect(namesEntity("基于智谱 ChatGLM 基座大模型训练。", { kind: "model", head: "大模型", prefix: "" })).toBe(true);
    // A method named in Chinese answers "什么算法", not "哪个大模型".
    const algorithm = { kind: "model", head: "算法", prefix: "" } as const;
    expect(namesEntity("利用岭回归模型训练，得到办件总量预测结果。", algorithm)).toBe(true);
    expect(namesEntity("通过数据挖掘算法提取出高危隐患组合。", algorithm)).toBe(false);
    expect(namesEntity("利用岭回归模型训练。", { kind: "model", head: "大模型", prefix: "" })).toBe(false);
  });

  it("takes a company for a maker or an enterprise, unless it is the applicant", () => {
    const maker = { kind: "org", head: "厂商", prefix: "手机", applicants: ["健康有益科技有限公司"] } as const;
    expect(namesEntity("与华为公司合作华为相机卡路里识别。", maker)).toBe(true);
    expect(namesEntity("与华为公司合作华为相机卡路里识别。", { ...maker, applicants: ["华为技术有限公司"] })).toBe(
      false,
    );
  });

  it("does not take anonymous or generic mentions for names", () => {
    expect(namesEntity("信联云与商业银行落地了文旅信 e 贷，辅助银行提供差异化服务。", bank)).toBe(false);
    expect(namesEntity("帮助某市政府建设智慧城市，培育数据要素市场。", city)).toBe(false);
    expect(namesEntity("通过与国内知名叉车厂商合作建设试点。", { kind: "org", head: "厂", prefix: "叉车" })).toBe(
      false,
    );
    expect(namesEntity("基于大模型底座能力开发智能体。", { kind: "model", head: "大模型", prefix: "" })).toBe(false);
    // The user dictionary tags the field's terms like names: "文旅/nz 景区" names no scenic spot.
    const spot = { kind: "place", head: "景区", prefix: "" } as const;
    const fieldTerm = () => [
      { word: "文旅", tag: "nz" },
      { word: "景区", tag: "n" },
    ];
    expect(namesEntity("…", spot, fieldTerm)).toBe(false);
  });

  it("asks for several names of a kind, and finds cities named without 市", () => {
    expect(askedEntity("实景三维地图已经给哪些城市的政府做过？", false)).toMatchObject({ kind: "place", head: "市" });
    expect(askedEntity("这个平台用了哪些数据？", false)).toBeUndefined();
    const city = { kind: "place", head: "市", prefix: "" } as const;
    expect(namesEntity("目前在保定、威海等地均有落地实践。", city)).toBe(true);
    expect(namesEntity("目前在多地均有落地实践。", city)).toBe(false);
  });

  it("asks for the members a question counts, an approving authority, and names after a long description", () => {
    expect(askedEntity("做心肺筛查的那8家医院，分别是哪几家？", false)?.head).toBe("医院");
    expect(askedEntity("那个跨境许可是澳门哪个部门批的？", false)?.head).toBe("部门");
    expect(askedEntity("减碳方法学对接的是哪家交易所？", false)?.head).toBe("交易所");
    expect(askedEntity("信用就医已经开到9个区，具体是哪9个区？", false)).toMatchObject({ kind: "place", head: "区" });
    expect(askedEntity("他们自研的那个视频大模型叫啥？", true)?.kind).toBe("model");
    const model = { kind: "model", head: "模型", prefix: "" } as const;
    expect(namesEntity("使用了将 LSTM 与 Prophet 等多种时序模型融合的方案。", model)).toBe(true);
    expect(namesEntity("包含自研多模态 3D 视频大模型赛娲 SEVA。", model)).toBe(true);
    expect(namesEntity("基于大模型与智能 Agent 实现故障诊断。", model)).toBe(false);
    expect(askedEntity("那个流程机器人用的是哪家厂商的产品？", false)?.head).toBe("厂商");
    expect(askedEntity("平台生成视频，用的是哪家的AIGC大模型？", true)).toMatchObject({
      kind: "model",
      prefix: "AIGC",
    });
    // The question's own words for the kind name nothing: "公共资源交易中心" is any such centre.
    const centre = { kind: "org", head: "中心", prefix: "公共资源交易" } as const;
    const generic = () => [
      { word: "公共资源", tag: "n" },
      { word: "交易中心", tag: "nt" },
    ];
    const named = () => [
      { word: "贵州省", tag: "ns" },
      { word: "公共资源", tag: "n" },
      { word: "交易中心", tag: "nt" },
    ];
    expect(namesEntity("…", centre, generic)).toBe(false);
    expect(namesEntity("…", { ...centre, prefix: "交易" }, named)).toBe(false);
    // A name right after its head, in apposition.
    const shipper = { kind: "org", head: "公司", prefix: "国际大船" } as const;
    const apposed = (tag: string) => () => [
      { word: "船运", tag: "n" },
      { word: "公司", tag: "nz" },
      { word: "马士基", tag },
    ];
    expect(namesEntity("…", shipper, apposed("nr"))).toBe(true);
    expect(namesEntity("…", shipper, apposed("ns"))).toBe(false);
    expect(askedEntity("合成数据卖给了哪几家国内外头部车企？", false)).toMatchObject({
      head: "车企",
      prefix: "国内外头部",
    });
  });
});
