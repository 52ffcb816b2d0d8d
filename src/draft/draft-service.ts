import type { PromptTemplate } from "@langchain/core/prompts";
import { findDomain, SECTION_NAMES, type SectionName } from "../domain/book.js";
import type { Draft, Gap } from "../domain/draft.js";
import { type ChatModel, complete } from "../generate/chat-model.js";
import { CitationList } from "../generate/citations.js";
import type { Retriever } from "../retrieve/retriever.js";
import type { SimilarCase, SimilarService } from "../similar/similar-service.js";
import { findGaps, gapMarker } from "./gaps.js";
import { placeNotes } from "./place-notes.js";
import { markUnsupported } from "./verify-figures.js";

export interface DraftRequest {
  notes: string;
  title?: string | undefined;
  organization?: string | undefined;
  domain?: string | undefined;
}

export interface DraftResult {
  draft: Draft;
  precedents: SimilarCase[];
  gaps: Gap[];
  mode: "llm" | "offline";
  degraded?: boolean;
}

export interface DraftLlm {
  model: ChatModel;
  prompt: PromptTemplate;
  timeoutMs: number;
  log?: (line: string) => void;
}

/**
 * Drafts a case submission in the book's form from a user's notes, grounded on the closest precedents.
 * Offline, every sentence of the notes goes, unchanged, to the section it reads like; what a good submission
 * needs and the notes lack is marked 【待补充：…】 and listed in `gaps`. With an LLM, the notes are rewritten in
 * the book's style and every figure or organisation the notes lack is marked 【待核实】; a failed or malformed
 * reply falls back to the offline draft (`degraded: true`). `examples` show, per section, how the precedents
 * wrote it.
 */
export class DraftService {
  readonly #retriever: Retriever;
  readonly #similar: SimilarService;
  readonly #llm: DraftLlm | undefined;

  constructor(retriever: Retriever, similar: SimilarService, llm?: DraftLlm) {
    this.#retriever = retriever;
    this.#similar = similar;
    this.#llm = llm;
  }

  async draft(request: DraftRequest): Promise<DraftResult> {
    const domainNo = request.domain ? findDomain(request.domain)?.domainNo : undefined;
    const precedents = await this.#similar.findSimilar(request.notes, { k: 3, domainNo });
    const offline = await placeNotes(this.#retriever.index, request.notes);
    let sections = offline;
    let mode: DraftResult["mode"] = "offline";
    let degraded = false;
    if (this.#llm) {
      mode = "llm";
      const written = await this.#write(request.notes, precedents);
      if (written) sections = written;
      else degraded = true;
    }
    const gaps = findGaps(sections);
    if (!request.title?.trim()) gaps.unshift({ section: "标题", message: "缺少案例名称" });
    if (!request.organization?.trim()) gaps.unshift({ section: "申报单位", message: "缺少申报单位" });
    const citations = new CitationList();
    const draft: Draft = {
      title: request.title?.trim() || gapMarker("案例名称"),
      domain: (domainNo ? findDomain(String(domainNo))?.domain : precedents[0]?.domain) ?? "",
      applicants: request.organization?.trim() ? splitOrganizations(request.organization) : [gapMarker("申报单位")],
      sections: await Promise.all(
        SECTION_NAMES.map(async (name) => ({
          name,
          text: withGaps(
            sections[name],
            gaps.filter((gap) => gap.section === name),
          ),
          examples: await this.#examples(request.notes, name, precedents, citations),
        })),
      ),
    };
    return { draft, precedents, gaps, mode, ...(degraded ? { degraded } : {}) };
  }

  async #write(notes: string, precedents: SimilarCase[]): Promise<Record<SectionName, string> | undefined> {
    const llm = this.#llm as DraftLlm;
    const examples = precedents.map((precedent) => {
      const item = this.#retriever.index.cases.get(precedent.caseId);
      const parts = (item?.sections ?? []).map((section) => `### ${section.name}\n${section.text.slice(0, 400)}`);
      return `《${precedent.title}》\n${parts.join("\n")}`;
    });
    try {
      const prompt = await llm.prompt.format({ precedents: examples.join("\n\n"), notes });
      const reply = await complete(llm.model, [{ role: "user", content: prompt }], AbortSignal.timeout(llm.timeoutMs));
      const sections = parseSections(reply);
      if (!sections) {
        llm.log?.("draft: the model's reply lacked the four sections; using the offline draft");
        return undefined;
      }
      return Object.fromEntries(SECTION_NAMES.map((name) => [name, markUnsupported(sections[name], notes)])) as Record<
        SectionName,
        string
      >;
    } catch (error) {
      llm.log?.(`draft: the model failed (${(error as Error).message}); using the offline draft`);
      return undefined;
    }
  }

  /** The passage of each of the two closest precedents that best shows how they wrote this section. */
  async #examples(notes: string, section: SectionName, precedents: SimilarCase[], citations: CitationList) {
    const examples = [];
    for (const precedent of precedents.slice(0, 2)) {
      const [best] = await this.#retriever.search(notes, { k: 1, caseIds: [precedent.caseId], sections: [section] });
      if (!best) continue;
      const id = citations.cite(best.chunk, best.case);
      examples.push(
        citations.list().find((citation) => citation.id === id) as ReturnType<CitationList["list"]>[number],
      );
    }
    return examples;
  }
}

/** The four `## 名称` sections of a model's reply, or undefined when any is missing. */
export function parseSections(reply: string): Record<SectionName, string> | undefined {
  const sections: Partial<Record<SectionName, string>> = {};
  const headings = [...reply.matchAll(/^#{2,3}\s*(案例背景|解决方案|创新点|应用成效)\s*$/gm)];
  headings.forEach((heading, i) => {
    const start = (heading.index ?? 0) + heading[0].length;
    const end = headings[i + 1]?.index ?? reply.length;
    sections[heading[1] as SectionName] = reply.slice(start, end).trim();
  });
  return SECTION_NAMES.every((name) => sections[name]) ? (sections as Record<SectionName, string>) : undefined;
}

function withGaps(text: string, gaps: readonly Gap[]): string {
  return [text, ...gaps.map((gap) => gapMarker(gap.message))].filter(Boolean).join("");
}

function splitOrganizations(organization: string): string[] {
  return organization
    .split(/[、,，;；\n]+/)
    .map((name) => name.trim())
    .filter(Boolean);
}
