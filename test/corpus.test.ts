import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { corpusPaths } from "../src/corpus/corpus-paths.js";
import { readLayouts } from "../src/corpus/layout.js";
import { DEFAULT_CORPUS_DIR, loadCorpus } from "../src/corpus/load-corpus.js";
import { classifyLine, splitRawLines } from "../src/corpus/raw-text.js";
import { DOMAINS } from "../src/domain/book.js";
import type { Corpus } from "../src/domain/case.js";

/** End-to-end checks of the imported book (the committed corpus/ directory). */

const compact = (text: string) => text.replace(/\s+/g, "");
let corpus: Corpus;
let rawLines: string[];
let lineMap: Array<{ line: number; kind: string; target: string; section: string; part: string }>;

beforeAll(async () => {
  corpus = await loadCorpus();
  const paths = corpusPaths(DEFAULT_CORPUS_DIR);
  rawLines = splitRawLines(await readFile(paths.raw, "utf8"));
  const rows = (await readFile(paths.lineMap, "utf8")).trimEnd().split("\n").slice(1);
  lineMap = rows.map((row) => {
    const [line, kind, target, section, part] = row.split("\t");
    return { line: Number(line), kind: kind ?? "", target: target ?? "", section: section ?? "", part: part ?? "" };
  });
});

describe("the imported case book", () => {
  it("has exactly 100 cases with the book's count per domain", () => {
    expect(corpus.cases).toHaveLength(100);
    const perDomain = Object.fromEntries(
      DOMAINS.map((d) => [d.domain, corpus.cases.filter((c) => c.domain === d.domain).length]),
    );
    expect(perDomain).toEqual({
      工业制造: 4,
      现代农业: 5,
      商贸流通: 9,
      交通运输: 10,
      金融服务: 16,
      科技创新: 10,
      文化旅游: 8,
      医疗健康: 11,
      应急管理: 2,
      气象服务: 3,
      城市治理: 6,
      绿色低碳: 8,
      政务服务: 6,
      区域协同: 2,
    });
    expect(corpus.domains.map((d) => d.domain)).toEqual(DOMAINS.map((d) => d.domain));
  });

  it("gives every case a unique title, an applicant and four non-empty sections in book order", () => {
    expect(new Set(corpus.cases.map((c) => c.title)).size).toBe(100);
    for (const item of corpus.cases) {
      expect(item.applicants.length, item.caseId).toBeGreaterThan(0);
      expect(item.sections.map((s) => s.name)).toEqual(["案例背景", "解决方案", "创新点", "应用成效"]);
      for (const section of item.sections)
        expect(section.text.length, `${item.caseId} ${section.name}`).toBeGreaterThan(20);
    }
    expect(corpus.domains.every((d) => d.intro.length > 30)).toBe(true);
    expect(corpus.preface).toContain("100 个");
  });

  it("maps every raw line exactly once, and every content line lands in the file it is mapped to", async () => {
    const rows = new Map<number, typeof lineMap>();
    for (const row of lineMap) rows.set(row.line, [...(rows.get(row.line) ?? []), row]);
    const unmapped = rawLines.map((_, i) => i + 1).filter((line) => !rows.has(line));
    const duplicated = [...rows].filter(([, list]) => list.length > 1 && list.some((row) => row.part === ""));
    expect(unmapped).toEqual([]);
    expect(duplicated).toEqual([]);

    const fixes = (await readLayouts(corpusPaths(DEFAULT_CORPUS_DIR).layouts)).flatMap((layout) => layout.fixes ?? []);
    const caseText = new Map(corpus.cases.map((c) => [c.caseId, compact(c.sections.map((s) => s.text).join(""))]));
    const caseMeta = new Map(corpus.cases.map((c) => [c.caseId, compact(c.title + c.applicants.join(""))]));
    const lost: string[] = [];
    for (const row of lineMap) {
      let raw = rawLines[row.line - 1] ?? "";
      for (const fix of fixes.filter((f) => f.line === row.line)) raw = raw.replace(fix.from, fix.to);
      const [from, to] = row.part ? row.part.split(":").map(Number) : [0, undefined];
      const text = compact([...raw].slice(from, to).join(""));
      const where =
        row.kind === "section"
          ? caseText.get(row.target)
          : row.kind === "title" || row.kind === "applicant"
            ? caseMeta.get(row.target)
            : row.kind === "intro"
              ? compact(corpus.domains.find((d) => d.domainNo === Number(row.target))?.intro ?? "")
              : row.kind === "preface"
                ? compact(`序言${corpus.preface}`)
                : undefined;
      if (where === undefined) continue;
      const probe = (row.kind === "title" ? text.replace(/^（[一二三四五六七八九十]+）/, "") : text).slice(0, 24);
      if (!where.includes(probe)) lost.push(`${row.line} → ${row.kind} ${row.target}: ${text.slice(0, 20)}`);
    }
    expect(lost).toEqual([]);
    const counts = new Map<string, number>();
    for (const row of lineMap) counts.set(row.kind, (counts.get(row.kind) ?? 0) + 1);
    expect(counts.get("section")).toBeGreaterThan(4500);
  });

  it("drops page furniture and labels: no section contains them", () => {
    for (const item of corpus.cases) {
      for (const section of item.sections) {
        for (const paragraph of section.text.split("\n\n")) {
          const kind = classifyLine(paragraph);
          expect(kind === "text", `${item.caseId} ${section.name}: stray ${kind} "${paragraph}"`).toBe(true);
        }
        expect(section.text).not.toContain("典型案例集");
      }
    }
    const furniture = lineMap.filter((row) => row.kind === "furniture").map((row) => rawLines[row.line - 1]?.trim());
    expect(furniture.length).toBeGreaterThan(10);
    for (const line of furniture) {
      for (const item of corpus.cases) expect(item.sections.some((s) => s.text.includes(line ?? "∅"))).toBe(false);
    }
  });

  it("attributes the checked distinctive sentences to their own case and section, and to no other case", async () => {
    const fixtures = (await readFile(new URL("./fixtures/attribution.jsonl", import.meta.url), "utf8"))
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { caseId: string; section: string; text: string });
    const sectionsPerCase = new Map<string, Set<string>>();
    for (const fixture of fixtures) {
      sectionsPerCase.set(fixture.caseId, (sectionsPerCase.get(fixture.caseId) ?? new Set()).add(fixture.section));
    }
    expect(sectionsPerCase.size).toBe(100);
    expect([...sectionsPerCase.values()].every((sections) => sections.size >= 2)).toBe(true);

    const misattributed: string[] = [];
    for (const fixture of fixtures) {
      const needle = compact(fixture.text);
      const holders = corpus.cases.filter((c) => c.sections.some((s) => compact(s.text).includes(needle)));
      const own = corpus.cases
        .find((c) => c.caseId === fixture.caseId)
        ?.sections.find((s) => s.name === fixture.section);
      const ok =
        holders.length === 1 && holders[0]?.caseId === fixture.caseId && compact(own?.text ?? "").includes(needle);
      if (!ok)
        misattributed.push(
          `${fixture.caseId} ${fixture.section} "${fixture.text}" found in [${holders.map((h) => h.caseId)}]`,
        );
    }
    expect(misattributed).toEqual([]);
  });
});
