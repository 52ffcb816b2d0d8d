import { describe, expect, it } from "vitest";
import { displayWidth, joinParagraphs } from "../src/corpus/paragraphs.js";

const full = "针对工业车辆智能化领域数据要素汇聚、流通、应用的迫切需求，本案例依托深度整"; // a full page line

describe("joinParagraphs", () => {
  it("rejoins a wrapped paragraph without inserting spaces between Chinese characters", () => {
    expect(joinParagraphs([{ text: full }, { text: "合的大模型技术。" }])).toEqual([`${full}合的大模型技术。`]);
  });

  it("keeps the space the book sets between Chinese and Latin text when a wrap fell between them", () => {
    expect(joinParagraphs([{ text: `${full}解决` }, { text: "MOM 软件通用性差的难题。" }])).toEqual([
      `${full}解决 MOM 软件通用性差的难题。`,
    ]);
  });

  it("ends a paragraph at a short line or at a full line ending a sentence", () => {
    expect(joinParagraphs([{ text: "数据孤岛问题" }, { text: "复杂产品制造中。" }])).toHaveLength(2);
    expect(joinParagraphs([{ text: `${full}。` }, { text: "下一段。" }])).toHaveLength(2);
  });

  it("keeps list items and figure captions as their own paragraphs", () => {
    expect(joinParagraphs([{ text: full }, { text: "2. 方案面向集团企业" }])).toHaveLength(2);
    expect(joinParagraphs([{ text: full }, { text: "图 产业链自主可控平台" }])).toHaveLength(2);
  });

  it("obeys forced boundaries from the layout", () => {
    expect(joinParagraphs([{ text: `${full}。` }, { text: "同时，续写。", boundary: "join" }])).toHaveLength(1);
    expect(joinParagraphs([{ text: full }, { text: "另起一段。", boundary: "break" }])).toHaveLength(2);
  });

  it("measures Chinese characters as double width", () => {
    expect(displayWidth("数据 AI")).toBe(7);
  });
});
