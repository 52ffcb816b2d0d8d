import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nodejieba from "nodejieba";
import { afterAll, describe, expect, it } from "vitest";
import { caseText } from "../src/indexing/search-index.js";
import { corpusDictionary, trimDictionary } from "../src/text/jieba-dictionary.js";
import { JiebaTokenizer } from "../src/text/jieba-tokenizer.js";
import { buildUserDictionary } from "../src/text/user-dictionary.js";
import { miniCorpus } from "./support/mini-corpus.js";

const directories: string[] = [];
afterAll(async () => {
  await Promise.all(directories.map((directory) => rm(directory, { recursive: true, force: true })));
});

/** The trimmed dictionary's lines as word → [count, tag]. */
function entries(text: string): Map<string, [number, string]> {
  return new Map(
    text
      .trim()
      .split("\n")
      .map((line) => line.split(" "))
      .map(([word, count, tag]) => [word as string, [Number(count), tag as string]]),
  );
}

describe("trimDictionary", () => {
  const dictionary = [
    "数据 100 n",
    "数据资产 3 n",
    "资产入表 3 n",
    "常用词语 10 n",
    "安 2 x",
    ...["甲乙丙", "丁戊己", "庚辛壬", "癸子丑", "寅卯辰", "巳午未"].map((word) => `${word} 5 n`),
  ].join("\n");
  const userDictionary = "云计算\n蓝翔 nz\n区块链 10 nz\n";
  const trimmed = entries(trimDictionary(dictionary, userDictionary, "企业推进数据资产入表"));

  it("keeps the corpus's words, short words and frequent words, and leaves out rare long words the corpus lacks", () => {
    for (const word of ["数据资产", "资产入表", "数据", "常用词语", "安"]) expect(trimmed.has(word)).toBe(true);
    expect(trimmed.has("甲乙丙")).toBe(false);
  });

  it("keeps the total and the smallest count, so every kept word weighs what it did", () => {
    const counts = [...trimmed.values()].map(([count]) => count);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(100 + 3 + 3 + 10 + 2 + 6 * 5);
    expect(Math.min(...counts)).toBe(2);
    expect(trimmed.get("数据资产")).toEqual([3, "n"]);
  });

  it("folds in the user dictionary, giving a word without a count the full dictionary's median", () => {
    expect(trimmed.get("云计算")).toEqual([5, "x"]);
    expect(trimmed.get("蓝翔")).toEqual([5, "nz"]);
    expect(trimmed.get("区块链")).toEqual([10, "nz"]);
  });
});

describe("corpusDictionary", () => {
  it("cuts the corpus exactly as jieba's full dictionary does, with far fewer words", async () => {
    const corpus = await miniCorpus();
    const words = buildUserDictionary(corpus);
    const texts = corpus.cases.map((item) => caseText(item));
    const full = new JiebaTokenizer(words);
    const expected = texts.map((text) => full.tokenize(text));
    const directory = await mkdtemp(join(tmpdir(), "jieba-dictionary-"));
    directories.push(directory);
    const path = (await corpusDictionary(directory, JSON.stringify(corpus))) as string;
    expect(path).toBeDefined();
    const trimmed = new JiebaTokenizer(words, { dictionary: path });
    expect(texts.map((text) => trimmed.tokenize(text))).toEqual(expected);
    expect(trimmed.id).toBe(full.id);
    const lineCount = async (file: string) => (await readFile(file, "utf8")).trim().split("\n").length;
    const fullDictionary = (nodejieba as unknown as { DEFAULT_DICT: string }).DEFAULT_DICT;
    expect(await lineCount(path)).toBeLessThan((await lineCount(fullDictionary)) * 0.6);
  });

  it("is made once per corpus and replaced when the corpus changes", async () => {
    const directory = await mkdtemp(join(tmpdir(), "jieba-dictionary-"));
    directories.push(directory);
    const logged: string[] = [];
    const first = await corpusDictionary(directory, "数据资产入表", (line) => logged.push(line));
    expect(await corpusDictionary(directory, "数据资产入表", (line) => logged.push(line))).toBe(first);
    expect(logged).toHaveLength(1);
    const second = await corpusDictionary(directory, "可信数据空间", (line) => logged.push(line));
    expect(second).not.toBe(first);
    expect(await readdir(directory)).toEqual([second?.split("/").pop()]);
  });

  it("falls back to the full dictionary, saying why, where it cannot write", async () => {
    const directory = await mkdtemp(join(tmpdir(), "jieba-dictionary-"));
    directories.push(directory);
    await writeFile(join(directory, "a-file"), "");
    const logged: string[] = [];
    expect(await corpusDictionary(join(directory, "a-file", "index"), "数据", (line) => logged.push(line))).toBe(
      undefined,
    );
    expect(logged.at(-1)).toMatch(/could not write the trimmed dictionary .*full dictionary/);
  });
});
