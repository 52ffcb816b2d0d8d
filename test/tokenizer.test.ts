import { describe, expect, it } from "vitest";
import { JiebaTokenizer } from "../src/text/jieba-tokenizer.js";
import { sentenceSpans } from "../src/text/sentences.js";
import { expandQuery } from "../src/text/synonyms.js";
import { buildUserDictionary, mentionedApplicant, shortName } from "../src/text/user-dictionary.js";
import { miniCorpus } from "./support/mini-corpus.js";

describe("JiebaTokenizer", () => {
  const tokenizer = new JiebaTokenizer(["可信数据空间", "数据资产入表", "猪小慧"]);

  it("keeps dictionary words whole (search mode also emits their parts)", () => {
    const terms = tokenizer.tokenize("企业如何推进数据资产入表，并接入可信数据空间？猪小慧是什么");
    expect(terms).toContain("数据资产入表");
    expect(terms).toContain("可信数据空间");
    expect(terms).toContain("猪小慧");
  });

  it("keeps Latin words and numbers whole, lower-cased, and drops stop words and punctuation", () => {
    const terms = tokenizer.tokenize("基于 XGBoost 的 5G 网络，融资 3000万 元，提升 20%。");
    expect(terms).toEqual(expect.arrayContaining(["xgboost", "5g", "3000万", "20%", "融资"]));
    expect(terms).not.toContain("的");
    expect(terms).not.toContain("，");
    expect(terms.some((term) => /^[a-z]$/.test(term))).toBe(false);
  });

  it("changes its id when the dictionary changes, so indexes rebuild", () => {
    expect(new JiebaTokenizer(["甲"]).id).not.toBe(new JiebaTokenizer(["乙"]).id);
  });
});

describe("user dictionary", () => {
  it("holds applicants, their short names and the book's terms", async () => {
    const words = buildUserDictionary(await miniCorpus());
    expect(words).toContain("农信数智科技有限公司");
    expect(words).toContain("农信数智");
    expect(words).toContain("数据资产入表");
    expect(shortName("北京京东乾石科技有限公司")).toBe("京东乾石");
    expect(shortName("中国人民解放军总医院")).toBe("中国人民解放军总医院");
    const applicants = ["爱动超越人工智能科技（北京）有限责任公司"];
    expect(mentionedApplicant("爱动超越做叉车智能化试点，合作的是哪家叉车厂？", applicants)).toEqual({
      name: shortName(applicants[0] as string),
      at: 0,
      length: 4,
    });
    expect(mentionedApplicant("合作的是哪家叉车厂？", applicants)).toBeUndefined();
  });
});

describe("sentenceSpans", () => {
  it("splits at sentence ends and keeps closing quotes with their sentence", () => {
    const text = "第一句。第二句“引文。”第三句";
    expect(sentenceSpans(text).map(({ start, end }) => text.slice(start, end))).toEqual([
      "第一句。",
      "第二句“引文。”",
      "第三句",
    ]);
  });
});

describe("expandQuery", () => {
  it("adds the thesaurus's synonyms of a question's terms, and only those", () => {
    const tokenizer = new JiebaTokenizer();
    const expanded = expandQuery("哪些案例做了上链存证？", tokenizer);
    expect(expanded.added.has("区块链")).toBe(true);
    expect(expanded.text.startsWith("哪些案例做了上链存证？")).toBe(true);
    expect(expandQuery("医院的预约挂号平台", tokenizer).added.has("区块链")).toBe(false);
  });
});
