import { describe, expect, it } from "vitest";
import { namedProvinces, placeRanking, placesNamed } from "../src/retrieve/places.js";

/** The places of the provinces a question names. */
const placesOf = (question: string) => namedProvinces(question).flatMap((province) => province.places);

import { KeywordIndex } from "../src/store/keyword-index.js";
import { JiebaTokenizer } from "../src/text/jieba-tokenizer.js";

describe("places", () => {
  it("reads the provinces a question asks about, by name or by region, never Beijing", () => {
    expect(namedProvinces("在山东落地过的案例有哪些？").map((p) => p.name)).toEqual(["山东"]);
    expect(namedProvinces("服务过川渝当地单位的案例，列一下").map((p) => p.name)).toEqual(["重庆", "四川"]); // in code order
    expect(namedProvinces("内蒙古那边有案例吗？").map((p) => p.name)).toEqual(["内蒙古"]);
    expect(namedProvinces("北京朝阳区的医疗大数据平台怎么做的？")).toEqual([]);
  });

  it("places a province by its cities and regions, leaving out names that mean something else here", () => {
    const shandong = placesOf("山东");
    expect(shandong).toEqual(expect.arrayContaining(["山东", "济南", "威海", "京津冀鲁豫"]));
    expect(placesOf("河北")).toEqual(expect.arrayContaining(["保定", "沧州", "京津冀"]));
    expect(placesOf("内蒙古")).toEqual(expect.arrayContaining(["呼和浩特", "呼和浩特市"])); // jieba keeps 呼和浩特市 whole
    expect(placesOf("辽宁")).not.toContain("朝阳"); // Beijing's district in this book
    expect(placesOf("西藏")).not.toContain("阿里"); // 阿里云
    expect(placesOf("青海")).not.toContain("海南"); // the province
    expect(placesOf("川渝")).toEqual(expect.arrayContaining(["成都", "重庆"]));
    expect(placesOf("内蒙那边有案例吗")).toContain("呼和浩特"); // 内蒙 is 内蒙古 too
    expect(placesOf("平台")).toEqual([]);
  });

  it("reads the places a question puts a case in: Beijing districts, provinces and cities", () => {
    const named = (question: string) => placesNamed(question).map(({ name, places }) => `${name}:${places.join("/")}`);
    expect(named("数坤的心肺筛查在朝阳区铺了几家医院？")).toEqual(["朝阳:朝阳"]);
    expect(named("在工行武汉分行授信了多少？")).toEqual(["武汉:武汉/武汉市"]);
    expect(named("在武汉市落地了吗？")).toEqual(["武汉市:武汉/武汉市"]);
    expect(named("在山东落地了吗？")[0]).toMatch(/^山东:山东\/.*威海/);
    expect(named("罗克佳华那笔质押贷款贷到了多少钱？")).toEqual([]);
  });

  it("ranks the cases that name most of a province's places first, by whole words only", () => {
    const tokenizer = new JiebaTokenizer();
    const index = KeywordIndex.build(
      [
        { id: 0, heading: "甲", text: "项目在威海市落地，服务当地企业。" },
        { id: 1, heading: "乙", text: "数据在平台中汇聚，覆盖北京各区。" },
        { id: 2, heading: "丙", text: "已在山东济南、威海等地推广。" },
        { id: 3, heading: "丁", text: "服务京津冀地区的中小企业。" },
        { id: 4, heading: "戊", text: "依托京津冀晋信用科技实验室开展联合建模。" },
      ],
      tokenizer,
    );
    expect(placeRanking(namedProvinces("山东有哪些案例？"), index, tokenizer)).toEqual([2, 0]);
    expect(placeRanking(namedProvinces("跟河北有关的案例"), index, tokenizer).sort()).toEqual([3, 4]);
    // jieba cuts 京津冀晋 into 京津冀 / 晋: the region is found by all its pieces.
    expect(placeRanking(namedProvinces("跟山西有关的案例"), index, tokenizer)).toEqual([4]);
    expect(placeRanking(namedProvinces("台湾有案例吗"), index, tokenizer)).toEqual([]); // 台中 is not in 平台中
  });
});
