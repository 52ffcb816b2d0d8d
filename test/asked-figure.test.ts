import { describe, expect, it } from "vitest";
import { askedFigure, reportsFigure, reportsStated, statedFigures } from "../src/generate/asked-figure.js";

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
    // A count in a unit is answered in that unit, not by any figure next to the noun before it.
    expect(askedFigure("全市一年的碳排放大概是多少万吨？")).toMatchObject({ counts: [{ unit: "吨" }], attributes: [] });
    // A change is answered by its size, not by figures of other things in the same sentence.
    const roi = "超过 3/4 的线上投放流量经过归因模型测算，对集团 27 个品牌的 ROI 持续提升起到了关键作用。";
    expect(reported("那家美妆集团的广告 ROI 具体提高了多少？", roi)).toBe(false);
    expect(reported("那家美妆集团的广告 ROI 具体提高了多少？", "集团广告 ROI 提升 20%。")).toBe(true);
    expect(reported("猝死率降到多少了？", "由原来千分之三左右的猝死率降低为零。")).toBe(true);
    // A rate is answered by a rate, not by any number beside the word; 几成 asks one.
    const need = "对提升降水预报准确率的需求迫切，2 小时分钟级的预报已成为常态化需求。";
    expect(reported("那个降水预报，准确率能到几成？", need)).toBe(false);
    expect(reported("那个降水预报，准确率能到几成？", `${need}预报准确率达 85%。`)).toBe(true);
    // A range ending in the year asked of is not that year.
    expect(reported("报告光是 2023 年一年被查询了多少次？", "2021-2023 年累计查询已逾百万次。")).toBe(false);
    expect(reported("报告光是 2023 年一年被查询了多少次？", "2023 年查询 40 万次。")).toBe(true);
    // A part of a whole is counted by its own noun, not by the whole's count.
    const whole = "服务了民生银行、北京银行等 300 余家金融机构。";
    expect(askedFigure("那 300 多家金融机构里，银行占多少家？")?.counts).toEqual([
      { unit: "家", noun: "银行", part: true },
    ]);
    expect(reported("那 300 多家金融机构里，银行占多少家？", whole)).toBe(false);
    expect(reported("那 300 多家金融机构里，银行占多少家？", `${whole}其中银行 120 家。`)).toBe(true);
    expect(reported("智能电表和智能水表分别有多少台？", "共计 1900 余台智能电表，550 余台智能水表上线。")).toBe(true);
    // A figure asked as a change is not answered by its level.
    expect(reported("制冷设备的能耗降了百分之多少？", "制冷设备能耗占门店整体能耗 30%。")).toBe(false);
    expect(reported("制冷设备的能耗降了百分之多少？", "制冷设备能耗降低 12%。")).toBe(true);
    expect(askedFigure("查一次多少钱？")?.money).toBe("price");
    expect(askedFigure("这个项目前后一共投了多少钱？")?.money).toBe("spend");
    expect(askedFigure("一年能帮养殖场多赚多少钱？")?.money).toBe("sum");
  });

  it("asks nothing checkable of which-ones questions and questions without a figure word", () => {
    expect(askedFigure("是哪几家单位联合申报的？")).toBeUndefined();
    expect(askedFigure("这个平台是怎么做数据治理的？")).toBeUndefined();
    expect(askedFigure("有那种勾几个症状就出诊断的系统吗？")).toBeUndefined(); // a few, not how many
    expect(askedFigure("案例开头引了几个数，说小微企业贡献了多少就业？")).toBeUndefined(); // a few figures, not a count
    expect(askedFigure("打通的是哪所大学几个校区之间的数据？")).toBeUndefined(); // between campuses, not how many
    expect(askedFigure("那个平台是怎么收费的？按项目还是按时间包？")).toBeUndefined(); // how, not how much
    expect(askedFigure("怎么收费？一帧多少钱？")?.money).toBe("price");
    expect(askedFigure("平台一共接了几个数据集？")?.counts).toEqual([{ unit: "个", noun: "数据集" }]);
  });
});

describe("reportsFigure", () => {
  it("counts in the less common measure words (艘, 架, 起, 级) and takes 百亿级 for a magnitude", () => {
    const ships = "船讯网提供实时船舶跟踪、位置动态与船舶档案。";
    expect(reported("船讯网能实时盯住全球多少艘船？", ships)).toBe(false);
    expect(reported("船讯网能实时盯住全球多少艘船？", `${ships}覆盖全球 30 万艘船舶。`)).toBe(true);
    expect(reported("手里有多少架无人机？", "公司自有无人机 120 架，月产超 1000 平方公里。")).toBe(true);
    expect(reported("最后揪出了多少起违规施工？", "实时监测 230 个工地的用电情况。")).toBe(false);
    expect(reported("城市绿地一年能固多少吨碳？", "为每年百亿级碳交易提供核算方法。")).toBe(false);
    expect(reported("帮着查出了多少处违规图斑？", "累计发现疑似违规图斑 326 处。")).toBe(true);
    expect(reported("模型数据一共有多少 TB？", "完成中轴线 7.8 公里范围的实景三维建模。")).toBe(false);
    expect(reported("模型数据一共有多少 TB？", "模型数据总量达 12 TB。")).toBe(true);
    expect(reported("一个月能接多少单问诊？", "平台每月接诊 500 单。")).toBe(true);
    expect(reported("一个月能接多少单问诊？", "平台服务养殖户 3000 户。")).toBe(false);
    // "几天" asks days: "连续 6 年" is not an answer, as it would be to "多久".
    expect(reported("撰写时间能压缩到几天？", "撰写时间大幅压缩，连续 6 年发布报告。")).toBe(false);
    expect(reported("撰写要多久？", "撰写时间大幅压缩，连续 6 年发布报告。")).toBe(true);
  });

  it("finds the asked kind of figure however the case words it", () => {
    expect(reported("服务了多少家企业？")).toBe(true);
    expect(reported("模型准确率能到多少？")).toBe(true); // 精确度 in the case
    expect(reported("游客开通要多少钱？")).toBe(true);
    expect(reported("每只鸡能多挣多少钱？", "鸡群死亡率降低，每只鸡约可提高收益 0.3 元。")).toBe(true);
    expect(askedFigure("每只鸡能多挣多少钱？")?.money).toBe("sum");
    expect(reported("查出过多少辆泡水车？")).toBe(true);
    expect(reported("帮企业拿到了多少钱的授信？")).toBe(true);
    expect(reported("那家集团一年卖了多少钱？", "实现销售额约 382.6 亿欧元。")).toBe(true);
    expect(reported("预计能挣多少钱？", "预计实现收入 1400 万。")).toBe(true);
    expect(reported("技术领域标签打了多少个？", "技术领域标签 74 万 +。")).toBe(true); // 万 without 个
    expect(reported("技术领域标签打了多少个？", "平台投入 74 万元。")).toBe(false);
    expect(askedFigure("利息从几个点降到了几个点？")).toMatchObject({ counts: [], attributes: ["利率"] }); // points of a rate
  });

  it("takes a figure only near what the question asks it of, when the question says", () => {
    const loans = [
      "京东物流推出了“订单即可贷”等产品，覆盖上下游中小企业。",
      "平台已接入 30 家金融机构。",
      "流程上线后审批时长缩短一半。",
      "仓单质押融资累计放款 50 亿元。",
    ].join("");
    const asked = askedFigure("“订单即可贷”一共放了多少钱？");
    if (!asked) throw new Error("nothing asked");
    expect(reportsFigure(loans, asked)).toBe(true); // some loan sum is in the case …
    expect(reportsFigure(loans, asked, ["订单即可贷"])).toBe(false); // … but not the product's
    expect(reportsFigure(loans, asked, ["仓单"])).toBe(true);
    // The sentence next to the one that names it counts: cases go on with "该产品", "整个平台".
    expect(reportsFigure(`“订单即可贷”面向中小企业。已累计放款 8 亿元。${loans}`, asked, ["订单即可贷"])).toBe(true);
  });

  it("reads a change asked for, with what changed, and finds it only in a sentence naming that", () => {
    expect(askedFigure("平台上线后，设备停机时间具体少了多少？")?.changes).toContain("设备停机时间");
    expect(askedFigure("能让鸡群死亡率下降，具体降了几个百分点？")?.changes).toContain("让鸡群死亡率");
    expect(askedFigure("门店一共省了多少电、多少水？")?.changes).toEqual(["门店", "电"]);
    expect(askedFigure("每份电子提单能减多少碳排放？")?.changes).toContain("碳排放");
    expect(askedFigure("比真实路采能便宜百分之多少？")?.changes).toContain("比真实路采");
    expect(reported("单证处理时间缩短了多少？")).toBe(true); // "由 3 天缩短到 6 小时"
    expect(reported("审批时长缩短了多少？", "流程上线后审批时长缩短一半。")).toBe(true);
    expect(reported("门店一年省了多少电？", "平台上线期间，门店用电设备节电 300 余万度。")).toBe(true);
    // A change names what changed, even in words of the title the subject leaves out.
    const matching =
      "平台精准对接企业产能需求信息，有效提升供需匹配效率约 20%。平台还提供供应链撮合服务。另有其他内容。再有其他内容。";
    const change = askedFigure("供需撮合效率提高了多少？");
    if (!change) throw new Error("nothing asked");
    expect(reportsFigure(matching, change, ["撮合"])).toBe(true);
    // The case reports changes, but not of the thing asked.
    expect(reported("设备停机时间少了多少？")).toBe(false);
    expect(reported("交通事故数降了多少？")).toBe(false);
  });

  it("reads a count without a measure word when nothing else is asked, and finds it in any unit or as a share", () => {
    expect(askedFigure("现在有多少注册学习者在用？")?.counts).toMatchObject([{ noun: "注册学习者", bare: true }]);
    expect(askedFigure("一年要交多少服务费？")?.counts ?? []).not.toContainEqual(
      expect.objectContaining({ bare: true }),
    );
    expect(reported("累计服务了多少企业？")).toBe(true); // "4.2 万家"
    expect(reported("现在有多少注册学习者？")).toBe(false);
    expect(reported("贡献了全国多少税收？", "小微企业贡献了全国 50% 以上的税收。")).toBe(true);
  });

  it("reads the event of a date asked for from the verb before 的", () => {
    expect(askedFigure("跟区发改委签合作协议，是哪年签的？")?.when).toEqual(["签"]);
    expect(askedFigure("是哪一年正式上线的？")?.when).toEqual(["上线"]);
    expect(askedFigure("调研是哪天去的？")?.when).toEqual([]); // 去 names no event
    const signed = "2022 年，平台建成投运。双方签署合作协议，共建数据服务。";
    expect(reported("合作协议是哪年签的？", signed)).toBe(false);
    expect(reported("合作协议是哪年签的？", "2022 年，双方签署合作协议。")).toBe(true);
  });

  it("finds a figure asked of a year only in or next to a sentence naming that year", () => {
    expect(askedFigure("到 23 年底，累计服务了多少家企业？")?.years).toEqual(["2023"]);
    expect(reported("到 2023 年底，累计服务了多少家企业？")).toBe(false);
    expect(reported("到 2023 年底，累计服务了多少家企业？", "截至 2023 年底，平台累计服务企业 4.2 万家。")).toBe(true);
    expect(askedFigure("三年下来服务了多少家企业？")?.years).toBeUndefined();
  });

  it("finds a cost as a 费用, a count of 家 in 万, and a level a rate fell to", () => {
    expect(reported("平均一家门店一年能少花多少运营费用？", "运营成本减少 12000 元/ 店 / 年。")).toBe(true);
    expect(reported("企业数据覆盖了多少家？", "产业数字底座覆盖 8000 万企业、446 万人才。")).toBe(true);
    expect(reported("门店缺货的比例降到多少了？", "商品缺货率从 10%降至 2% 以下。")).toBe(true);
  });

  it("finds a share asked of a thing as a percentage or fraction in a sentence naming it", () => {
    expect(askedFigure("多大比例的线上投放流量要过它的模型测算？")?.shareOf).toBe("线上投放流量");
    expect(reported("多大比例的线上投放流量要过模型测算？", "超过 3/4 的线上投放流量要经过归因模型的测算。")).toBe(
      true,
    );
    expect(reported("全年空气优良天数比例达到多少？", "萍乡市空气质量优良率为 94.5%。")).toBe(true);
    expect(reported("回头患者占比有多少？", "服务患者 20 万人次，满意度 95%。")).toBe(false);
  });

  it("needs a day for a question asking which day", () => {
    const loan = "2023 年 8 月，该公司以电力数据资产质押获得北京银行贷款 1000 万元。";
    expect(reported("是哪一年放款的？", loan)).toBe(true);
    expect(reported("是哪天放款的？", loan)).toBe(false);
    expect(reported("是哪天放款的？", loan.replace("8 月", "8 月 15 日"))).toBe(true);
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

describe("what counts as the asked figure", () => {
  it("does not take calendar years, quoted names, list numbers or bare codes for counts", () => {
    expect(reported("选址周期能缩短几天？", "京东物流自 2020 年起开展大数据建设。")).toBe(false);
    expect(reported("一共收录了多少条专业术语？", "在“数据二十条”的政策背景下建设术语库。")).toBe(false);
    expect(reported("一年能固多少吨碳？", "3. 碳汇核算模型优化")).toBe(false);
    expect(reported("一年要处理多少万件热线工单？", "各地 12345 热线不断加强诉求趋势感知。")).toBe(false);
    expect(reported("总装机容量是多少千瓦？", "新增绿电 180 万千瓦时。")).toBe(false);
  });

  it("wants what is counted mentioned with the count, when the question names it", () => {
    expect(reported("能认出多少种菜品？", "已经覆盖 170+ 国家，80+ 种语言。")).toBe(false);
    expect(reported("能认出多少种菜品？", "可识别 5000 多种中餐菜品。")).toBe(true);
    expect(reported("接了全国多少个地面站的数据？", "接入中国地面 2170 站逐小时数据。")).toBe(true);
    expect(reported("服务了多少商户、多少人用过？", "累计服务 300 万人次。")).toBe(true);
  });

  it("takes the counted noun after another unit, and 个 before the unit", () => {
    expect(reported("跟多少家高校院所合作过？", "与全国 30 余所高校和科研院所合作。")).toBe(true);
    expect(reported("整体架构分成几层？", "总体架构可以概括为三个层次。")).toBe(true);
  });

  it("reads the figure noun nearest the question word, and matches it with one more character", () => {
    expect(askedFigure("生产效率和产品不良率分别改善了多少？")?.attributes).toEqual(["不良率"]);
    expect(reported("产品不良率改善了多少？", "产品不良品率降低 20% 以上。")).toBe(true);
    expect(askedFigure("带宽利用率提高了多少？")?.attributes).toEqual(["利用率"]);
    expect(askedFigure("赔付率具体能压下来几个百分点？")?.attributes).toEqual(["赔付率"]);
  });

  it("does not answer a question about what was achieved with a target", () => {
    const target = "平台计划将疑似黄牛识别准确率提升至 80%。";
    expect(reported("识别准确率实际做到了多少？", target)).toBe(false);
    expect(reported("识别准确率实际做到了多少？", `${target}\n上线后识别准确率达到 92%。`)).toBe(true);
    expect(reported("识别准确率最后做到了多少？", target)).toBe(false);
  });

  it("tells loans, savings and prices apart", () => {
    expect(reported("累计放款规模有多少？", "与商业银行落地了文旅信 e 贷，服务 200 家企业。")).toBe(false);
    expect(reported("评估出来估值是多少钱？", "数据服务收入达 300 万元。")).toBe(false);
    expect(reported("评估出来估值是多少钱？", "评估价值 6088 万元。")).toBe(true);
    expect(reported("一共放了多少贷款？", "平台营收 5000 万元。")).toBe(false);
    expect(reported("一共放了多少贷款？", "累计发放贷款 3 亿元。")).toBe(true);
    expect(reported("能帮监督机构省多少行政成本？", "减低 20%的行政成本。")).toBe(true);
    expect(reported("做一次要自己花多少钱？", "平均每例筛查将节约 100 元成本。")).toBe(false);
  });

  it("asks for a date of the event named", () => {
    expect(askedFigure("这个场景是哪一年正式上线的？")?.when).toEqual(["上线"]);
    expect(reported("这个场景是哪一年正式上线的？", "2021 年平台正式上线。")).toBe(true);
    expect(reported("这个场景是哪一年正式上线的？", "2021 年开展数据治理。")).toBe(false);
  });
});

describe("statedFigures", () => {
  it("reads the figures a question takes as given, not years", () => {
    expect(statedFigures("覆盖了178个国家的专利，其中中国专利大概有多少条？")).toEqual(["178"]);
    expect(statedFigures("准确率提高了30%，是跟什么基准比的？")).toEqual(["30"]);
    expect(statedFigures("到 2023 年底累计放款多少？")).toEqual([]);
    expect(statedFigures("平台一共接进来多少家猪场？")).toEqual([]);
  });

  it("finds a stated figure however the case writes it", () => {
    expect(reportsStated("估值达到 6,088 万元。", ["6088"])).toBe(true);
    expect(reportsStated("拿到三个人工智能医疗器械注册证。", ["3"])).toBe(true);
    expect(reportsStated("覆盖全国十二个省。", ["12"])).toBe(true);
    expect(reportsStated("覆盖全国十二个省。", ["13"])).toBe(false);
    expect(reportsStated("无", [])).toBe(true);
  });
});
