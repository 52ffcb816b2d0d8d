import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corpusPaths } from "../src/corpus/corpus-paths.js";
import { importBook } from "../src/corpus/import-book.js";
import type { DomainLayout } from "../src/corpus/layout.js";
import { DEFAULT_CORPUS_DIR, loadCorpus } from "../src/corpus/load-corpus.js";
import { runImport } from "../src/corpus/write-corpus.js";

const FULL = "这是一行排满整页宽度的正文，用来检验折行后的段落能否被重新接续起来而不丢字"; // 78 wide

/** A two-case spread in miniature: titles, applicants and paragraphs interleaved, labels detached. */
const RAW = [
  "序言", // 1
  "前言正文。", // 2
  "一、数据要素 × 工业制造", // 3
  "（一）甲平台", // 4
  "（二）乙系统", // 5
  "导语说明领域。", // 6
  "甲公司", // 7
  "乙公司", // 8
  FULL, // 9  甲 背景, continues at 13
  "乙的背景。", // 10
  "申报单位", // 11
  "北京“数据要素 ×”典型案例集", // 12
  "甲背景的续行。", // 13
  "甲方案 Inde× 索引。", // 14
  "乙方案。", // 15
  "甲创新。", // 16
  "乙创新。", // 17
  "甲成效。", // 18
  "乙成效。 另一段成效。", // 19
];

const layout = (overrides: Partial<DomainLayout> = {}): DomainLayout => ({
  domainNo: 1,
  domain: "工业制造",
  heading: 3,
  intro: [6],
  cases: [
    {
      caseId: "01-01",
      title: [4],
      applicants: [[7]],
      案例背景: [9, 13],
      解决方案: [14],
      创新点: [16],
      应用成效: [18],
      why: "spread with 01-02",
    },
    {
      caseId: "01-02",
      title: [5],
      applicants: [[8]],
      案例背景: [10],
      解决方案: [15],
      创新点: [17],
      应用成效: ["19[:5]", "break", "19[5:]"],
      why: "spread with 01-01",
    },
  ],
  fixes: [{ line: 14, from: "Inde×", to: "Index", why: "X printed as ×" }],
  ...overrides,
});

describe("importBook", () => {
  it("follows the layout through an interleaved spread, rejoining a paragraph broken across the page", () => {
    const book = importBook(RAW, [layout()]);
    const [first, second] = book.cases;
    expect(first?.title).toBe("甲平台");
    expect(first?.applicants).toEqual(["甲公司"]);
    expect(first?.sections[0]?.text).toBe(`${FULL}甲背景的续行。`);
    expect(first?.sections[1]?.text).toBe("甲方案 Index 索引。");
    expect(second?.sections[3]?.text).toBe("乙成效。\n\n另一段成效。");
    expect(book.domains[0]?.intro).toBe("导语说明领域。");
    expect(book.preface).toBe("序言\n\n前言正文。");
    const kinds = Object.fromEntries(book.lineMap.map((entry) => [entry.line, entry.kind]));
    expect([kinds[11], kinds[12], kinds[13]]).toEqual(["label", "furniture", "section"]);
    expect(book.lineMap.filter((entry) => entry.line === 19).map((entry) => entry.part)).toEqual(["0:5", "5:11"]);
  });

  it("refuses a layout that loses a line or claims one twice, naming the lines", () => {
    const base = layout();
    const [a, b] = base.cases as [DomainLayout["cases"][number], DomainLayout["cases"][number]];
    expect(() => importBook(RAW, [layout({ cases: [{ ...a, 案例背景: [9] }, b] })])).toThrow(
      /line 13 is claimed by no layout/,
    );
    expect(() => importBook(RAW, [layout({ cases: [{ ...a, 创新点: [16, 17] }, b] })])).toThrow(
      /line 17 is claimed by section 01-01 创新点 and by section 01-02 创新点/,
    );
    expect(() => importBook(RAW, [layout({ cases: [a, { ...b, 应用成效: ["19[:5]"] }] })])).toThrow(
      /line 19: characters 5-11 are claimed by no layout/,
    );
  });
});

describe("npm run import", () => {
  let target: string;
  beforeAll(async () => {
    target = await mkdtemp(join(tmpdir(), "corpus-"));
  });
  afterAll(async () => {
    await rm(target, { recursive: true, force: true });
  });

  it("reproduces the committed corpus byte for byte", async () => {
    const source = corpusPaths(DEFAULT_CORPUS_DIR);
    await runImport(source, corpusPaths(target));
    const produced = await listTree(target);
    expect(produced.length).toBe(116);
    for (const file of produced) {
      const expected = await readFile(join(DEFAULT_CORPUS_DIR, file), "utf8");
      expect(await readFile(join(target, file), "utf8"), file).toBe(expected);
    }
  });

  it("refuses a raw text whose sha256 does not match the recorded one", async () => {
    const copy = await mkdtemp(join(tmpdir(), "corpus-raw-"));
    try {
      await cp(DEFAULT_CORPUS_DIR, copy, { recursive: true });
      const paths = corpusPaths(copy);
      await writeFile(paths.raw, `${await readFile(paths.raw, "utf8")}\n多出的一行`);
      await expect(runImport(paths, paths)).rejects.toThrow(/sha256/);
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });
});

describe("loadCorpus", () => {
  it("names the file and the field of a malformed case file", async () => {
    const copy = await mkdtemp(join(tmpdir(), "corpus-bad-"));
    try {
      await cp(DEFAULT_CORPUS_DIR, copy, { recursive: true });
      const file = join(copy, "cases", "05-finance", "05-03.md");
      const original = await readFile(file, "utf8");
      await writeFile(file, original.replace(/applicants:\n( {2}- .*\n)+/, "applicants: []\n"));
      await expect(loadCorpus(copy)).rejects.toThrow(
        /05-03\.md: field applicants: a case needs at least one applicant/,
      );
      await writeFile(file, original.replace("## 创新点", "## 创新"));
      await expect(loadCorpus(copy)).rejects.toThrow(/05-03\.md: field sections\[2\] \(创新点\)\.name/);
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });
});

async function listTree(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(root, join(entry.parentPath, entry.name)));
}
