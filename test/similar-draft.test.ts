import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import type { Corpus } from "../src/domain/case.js";
import { findGaps } from "../src/draft/gaps.js";
import { placeSentences } from "../src/draft/place-notes.js";
import { markUnsupported } from "../src/draft/verify-figures.js";
import type { createApp } from "../src/http/app.js";
import type { Retriever } from "../src/retrieve/retriever.js";
import { fullCorpus } from "./support/full-corpus.js";

let app: ReturnType<typeof createApp>;
let corpus: Corpus;
let retriever: Retriever;

beforeAll(async () => {
  ({ app, corpus, retriever } = await fullCorpus());
});

const post = (path: string, body: unknown) =>
  app.request(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

interface SimilarCase {
  caseId: string;
  reasons: string[];
  highlights: Array<{ section: string; text: string }>;
}

const compact = (text: string) => text.replace(/\s+/g, "");

describe("similar precedents", () => {
  it("finds the case a description was written from first, with checkable reasons and verbatim highlights", async () => {
    const description =
      "我们是华南一家做冷链仓配的物流企业，积累了大量仓库出入库和在途运输数据，想和银行合作，用这些物流数据给上下游的中小经销商做供应链融资和风险监控。";
    const response = await post("/api/similar", { text: description, k: 3 });
    const { cases } = (await response.json()) as { cases: SimilarCase[] };
    expect(response.status).toBe(200);
    expect(cases).toHaveLength(3);
    expect(cases[0]?.caseId).toBe("05-01");
    for (const hit of cases) {
      expect(hit.reasons.length).toBeGreaterThan(0);
      expect(hit.highlights.length).toBeGreaterThan(0);
      const item = corpus.cases.find((c) => c.caseId === hit.caseId);
      for (const highlight of hit.highlights) {
        const section = item?.sections.find((s) => s.name === highlight.section);
        expect(section?.text).toContain(highlight.text);
      }
    }
    // A reason names terms both texts use, so a person can check it.
    const listed = (cases[0]?.reasons ?? []).flatMap((reason) => reason.split("：")[1]?.split("、") ?? []);
    const precedent = corpus.cases.find((c) => c.caseId === "05-01");
    for (const term of listed) {
      expect(compact(description)).toContain(term);
      expect(compact(precedent?.sections.map((s) => s.text).join("") ?? "")).toContain(term);
    }
  });

  it("gives a case's nearest neighbours without the case itself, and 404 for an unknown case", async () => {
    const response = await app.request("/api/cases/11-05/similar?k=4");
    const { cases } = (await response.json()) as { cases: SimilarCase[] };
    expect(cases).toHaveLength(4);
    expect(cases.map((c) => c.caseId)).not.toContain("11-05");
    expect(cases.filter((c) => c.caseId.startsWith("11-") || c.caseId.startsWith("12-")).length).toBeGreaterThan(1);
    expect((await app.request("/api/cases/99-99/similar")).status).toBe(404);
    expect((await app.request("/api/cases/11-05/similar?k=0")).status).toBe(400);
  });

  it("rejects a description that is too short or too long", async () => {
    expect((await post("/api/similar", { text: "太短" })).status).toBe(400);
    expect((await post("/api/similar", { text: "长".repeat(5001) })).status).toBe(400);
  });
});

const NOTES = [
  "我们是一家区域性冷链物流公司，在华东有12个冷库。",
  "中小食品经销商普遍融资难，银行缺少可信的货物数据。",
  "我们打算把冷库的出入库数据、温湿度传感器数据和运输轨迹数据接入一个平台，和两家银行共享，做存货质押融资的风控。",
  "上线后希望帮经销商更快拿到贷款。",
];

interface DraftResponse {
  draft: {
    title: string;
    domain: string;
    applicants: string[];
    sections: Array<{
      name: string;
      text: string;
      examples: Array<{ caseId: string; text: string; section: string; start: number; end: number }>;
    }>;
  };
  precedents: SimilarCase[];
  gaps: Array<{ section: string; message: string }>;
  mode: string;
}

describe("drafting a submission (offline)", () => {
  let result: DraftResponse;
  beforeAll(async () => {
    const response = await post("/api/draft", { notes: NOTES.join("\n"), organization: "某冷链物流有限公司" });
    expect(response.status).toBe(200);
    result = (await response.json()) as DraftResponse;
  });

  it("puts every sentence of the notes, unchanged, into one of the book's four sections", () => {
    const { sections } = result.draft;
    expect(sections.map((s) => s.name)).toEqual(["案例背景", "解决方案", "创新点", "应用成效"]);
    const all = sections.map((s) => s.text).join("");
    for (const sentence of NOTES) expect(all).toContain(sentence);
    expect(result.draft.applicants).toEqual(["某冷链物流有限公司"]);
    expect(result.mode).toBe("offline");
  });

  it("adds no number the notes lack, outside the 【】 markers", () => {
    const outside = result.draft.sections.map((s) => s.text.replace(/【[^】]*】/g, "")).join("");
    const numbers = outside.match(/\d+/g) ?? [];
    for (const number of numbers) expect(NOTES.join("")).toContain(number);
  });

  it("marks and lists what a submission needs and the notes lack", () => {
    const sections = new Map(result.gaps.map((gap) => [gap.section, gap.message]));
    expect(sections.get("应用成效")).toMatch(/量化/);
    expect(sections.get("创新点")).toBeDefined();
    expect(sections.get("标题")).toBeDefined();
    const results = result.draft.sections.find((s) => s.name === "应用成效");
    expect(results?.text).toContain("【待补充：");
    expect(result.draft.title).toContain("【待补充");
  });

  it("grounds each section on precedents, with examples that are verbatim passages of the same section", () => {
    expect(result.precedents[0]?.caseId).toBe("05-01");
    for (const section of result.draft.sections) {
      expect(section.examples.length).toBeGreaterThan(0);
      for (const example of section.examples) {
        expect(example.section).toBe(section.name);
        const text = corpus.cases
          .find((c) => c.caseId === example.caseId)
          ?.sections.find((s) => s.name === section.name)?.text;
        expect(text?.slice(example.start, example.end)).toBe(example.text);
      }
    }
  });

  it("exports a docx that opens and holds the sections, and a Markdown file", async () => {
    const docx = await post("/api/draft/export", { draft: result.draft, format: "docx" });
    expect(docx.headers.get("content-disposition")).toMatch(/attachment/);
    const zip = await JSZip.loadAsync(await docx.arrayBuffer());
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    for (const name of ["申报单位", "案例背景", "解决方案", "创新点", "应用成效", "某冷链物流有限公司"])
      expect(xml).toContain(name);
    expect(xml).toContain(NOTES[2]?.slice(0, 20));
    const markdown = await post("/api/draft/export", { draft: result.draft, format: "md" });
    expect(markdown.headers.get("content-type")).toContain("text/markdown");
    expect(await markdown.text()).toContain("## 应用成效");
    expect((await post("/api/draft/export", { draft: result.draft, format: "pdf" })).status).toBe(400);
  });
});

describe("placing notes in sections", () => {
  it("puts who the writer is and what goes wrong in 案例背景, the plan in 解决方案, a first in 创新点, results in 应用成效", async () => {
    const notes = [
      ["我们是一家城商行的普惠金融部。", "案例背景"],
      ["种粮大户贷款难，银行看不清地块的收成。", "案例背景"],
      ["我们打算接入卫星遥感和农机作业数据，给每块地做产量评估，和两家农商行一起放贷。", "解决方案"],
      ["用遥感估产给种粮大户授信，在北京还是第一次。", "创新点"],
      ["去年推出以后，已经放款2.7亿元，覆盖1600多户。", "应用成效"],
    ] as const;
    const placed = await placeSentences(retriever.index, notes.map(([text]) => text).join(""));
    expect(placed.map(({ text, section }) => [text, section])).toEqual(notes.map((pair) => [...pair]));
  });

  it("lets a label decide its sentence and the ones after it", async () => {
    const placed = await placeSentences(retriever.index, "成效：我们是一家城商行。已经放款2.7亿元。");
    expect(placed.map(({ section }) => section)).toEqual(["应用成效", "应用成效"]);
  });
});

describe("findGaps", () => {
  const sections = (results: string) => ({
    案例背景: "我们是一家物业公司。",
    解决方案: "接入楼宇用电数据，做能耗分析。",
    创新点: "",
    应用成效: results,
  });
  const unquantified = (results: string) =>
    findGaps(sections(results)).some((gap) => gap.section === "应用成效" && gap.message.includes("量化"));

  it("takes results in Chinese numerals as quantified, and results without any figure as not", () => {
    expect(unquantified("平台运行一年，托管楼宇平均节电百分之十八。")).toBe(false);
    expect(unquantified("已经服务两家银行，电动车进楼次数降了九成。")).toBe(false);
    expect(unquantified("节电 18%。")).toBe(false);
    expect(unquantified("效率明显提升，用户反响很好。")).toBe(true);
  });
});

describe("markUnsupported", () => {
  it("marks figures and organisations the notes do not contain, and nothing else", () => {
    const notes = "平台服务 3 家银行，效率提升 30%。";
    expect(markUnsupported("效率提升 30%，成本降低 12%，服务 3 家银行。", notes)).toBe(
      "效率提升 30%，成本降低 12%【待核实】，服务 3 家银行。",
    );
    expect(markUnsupported("与中国建设银行合作。", notes)).toBe("与中国建设银行【待核实】合作。");
    expect(markUnsupported("【待补充：2 项数据】", notes)).toBe("【待补充：2 项数据】");
  });
});
