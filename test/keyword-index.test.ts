import MiniSearch from "minisearch";
import { beforeAll, describe, expect, it } from "vitest";
import { type KeywordDocument, KeywordIndex } from "../src/store/keyword-index.js";
import { BigramTokenizer } from "../src/text/bigram-tokenizer.js";
import { JiebaTokenizer } from "../src/text/jieba-tokenizer.js";
import type { Tokenizer } from "../src/text/tokenizer.js";
import { buildUserDictionary } from "../src/text/user-dictionary.js";
import { miniCorpus } from "./support/mini-corpus.js";

let documents: KeywordDocument[];
let jieba: JiebaTokenizer;

beforeAll(async () => {
  const corpus = await miniCorpus();
  jieba = new JiebaTokenizer(buildUserDictionary(corpus));
  documents = corpus.cases
    .flatMap((item) =>
      item.sections.map((section) => ({ heading: `${item.title} ${item.applicants.join(" ")}`, text: section.text })),
    )
    .map((document, id) => ({ id, ...document }));
});

const queries = [
  "京东物流那个仓单融资是怎么搞的？",
  "数据 数据 数据资产 质押 质押 贷款", // repeated terms count once per occurrence and once for quality
  "叉车 大模型 故障诊断 AI 客服",
  "挂号 黄牛 号源",
  "碳排放 碳排放 监测 电力",
  "完全不相关的量子计算",
];

/** What MiniSearch itself answers on the same serialized index: the reference the compiled scorer must match. */
function reference(index: KeywordIndex, tokenizer: Tokenizer) {
  const { commonTerms, index: data } = JSON.parse(index.toJSON());
  return MiniSearch.loadJS<KeywordDocument>(data, KeywordIndex.options(tokenizer, new Set(commonTerms)));
}

describe("KeywordIndex", () => {
  it.each([
    ["jieba", () => jieba],
    ["bigrams", () => new BigramTokenizer()],
  ])("scores and orders exactly as MiniSearch's BM25+ (%s), with term weights and filters", (_name, tokenizer) => {
    const index = KeywordIndex.build(documents, tokenizer());
    const miniSearch = reference(index, tokenizer());
    const weight = (term: string) => (term.length > 2 ? 0.4 : 1);
    const accept = (item: number) => item % 3 !== 1;
    let compared = 0;
    for (const query of queries) {
      const expected = miniSearch.search(query).map((result) => ({ item: result.id, score: result.score }));
      expect(index.search(query, 100)).toEqual(expected.slice(0, 100));
      const filtered = miniSearch
        .search(query, { filter: (result) => accept(result.id), boostTerm: weight })
        .map((result) => ({ item: result.id, score: result.score }));
      expect(index.search(query, 5, accept, weight)).toEqual(filtered.slice(0, 5));
      compared += expected.length;
    }
    expect(compared).toBeGreaterThan(20);
  });

  it("answers the same after a save and load", () => {
    const built = KeywordIndex.build(documents, jieba);
    const loaded = KeywordIndex.load(built.toJSON(), jieba);
    for (const query of queries) expect(loaded.search(query, 10)).toEqual(built.search(query, 10));
    expect(built.search("京东物流 仓单", 3)[0]?.score).toBeGreaterThan(0);
    expect(built.search("量子", 3)).toEqual([]);
  });
});
