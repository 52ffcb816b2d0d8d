import type { Case } from "../domain/case.js";
import { applicantTest } from "../retrieve/applicant-kind.js";
import { readDomains } from "../retrieve/query-domain.js";
import type { CaseHit, ChunkHit } from "../retrieve/retriever.js";
import { mentionedApplicant, shortName } from "../text/user-dictionary.js";
import { CitationList } from "./citations.js";
import type { Evidence, QueryTerms, ScoredSentence } from "./evidence.js";
import type { Intent } from "./intent.js";

export interface ExtractiveInput {
  question: string;
  intent: Intent;
  section: string | undefined;
  query: QueryTerms;
  chunks: readonly ChunkHit[];
  cases: readonly CaseHit[];
  /** A list of cases asked for the most of something: each case's figure, side by side, for the reader to compare. */
  comparing?: boolean;
}

export interface Composed {
  answer: string;
  citations: CitationList;
}

const MAX_SENTENCES = 3;
const MAX_LISTED = 8;
/**
 * A listed case covers at least this share of what the best case covers of the question. Lower lists more of the
 * cases a "which cases" question is after (and more that only touch it): measured by `npm run eval` on the list
 * questions (gold cases cited, and cited cases that are gold).
 */
const LISTED_COVERAGE_SHARE = 0.4;

/**
 * The offline answerer: picks the sentences of the retrieved chunks that best answer the question and composes
 * a short Chinese answer from them, each sentence followed by the marker of the passage it came from, grouped by
 * case. A "which cases" question gets a list of cases with a one-line reason each; "who" gets the applicants.
 * Every word of a quoted sentence is the book's.
 */
export class ExtractiveAnswerer {
  readonly #evidence: Evidence;

  constructor(evidence: Evidence) {
    this.#evidence = evidence;
  }

  compose(input: ExtractiveInput): Composed {
    if (input.intent === "list" || input.intent === "similar") return this.#list(input);
    const citations = new CitationList();
    const sentences = this.#evidence.sentences(input.query, input.chunks, {
      numeric: input.intent === "numeric",
      // A question about a figure is usually about a result.
      section: input.section ?? (input.intent === "numeric" ? "应用成效" : undefined),
    });
    const picked = pick(sentences);
    const groups = new Map<string, ScoredSentence[]>();
    for (const sentence of picked)
      groups.set(sentence.case.caseId, [...(groups.get(sentence.case.caseId) ?? []), sentence]);
    const paragraphs = [...groups.values()].map((group) => {
      const item = (group[0] as ScoredSentence).case;
      const ordered = [...group].sort(
        (a, b) => sectionOrder(item, a) - sectionOrder(item, b) || a.chunk.start + a.start - (b.chunk.start + b.start),
      );
      const quoted = ordered
        .map(
          (sentence) =>
            `${quote(sentence)}[${citations.cite(sentence.chunk, item, { start: sentence.start, end: sentence.end })}]`,
        )
        .join("");
      if (input.intent === "applicant") {
        return `该项目是《${item.title}》，申报单位为${item.applicants.join("、")}。${quoted}`;
      }
      return `《${item.title}》（${item.applicants.join("、")}）：${quoted}`;
    });
    return { answer: paragraphs.join("\n\n"), citations };
  }

  #list(input: ExtractiveInput): Composed {
    const citations = new CitationList();
    // A domain named ("科技创新领域里…") or left out ("除了金融服务那一章…") bounds the list, when any case is in bounds.
    const { named: domains, excluded: left } = readDomains(input.question);
    const inBounds = input.cases.filter(
      (hit) => (domains.length === 0 || domains.includes(hit.case.domainNo)) && !left.includes(hit.case.domainNo),
    );
    const pool = inBounds.length > 0 ? inBounds : input.cases;
    // "中科天玑参与申报的案例有哪些？": every case the organisation named applied for, whatever else it covers;
    // "除了京东物流，还有哪些…": the others.
    const applicant = input.intent === "list" ? namedApplicant(input.question, pool) : undefined;
    const organisation = applicant && !applicant.excluded ? applicant.name : undefined;
    // "三家单位联合申报的有哪些？", "政府部门当申报单位的…": every case whose applicants are so, when any is.
    const test = input.intent === "list" && !applicant ? applicantTest(input.question) : undefined;
    const passing = test ? pool.filter((hit) => test(hit.case.applicants)) : [];
    const byApplicants = passing.length > 0;
    const candidates = (byApplicants ? passing : pool)
      .filter((hit) => !applicant || appliedBy(hit.case, applicant.name) !== applicant.excluded)
      .slice(0, MAX_LISTED + 2)
      .map((hit) => ({
        hit,
        coverage: organisation || byApplicants ? 1 : this.#evidence.caseCoverage(input.query, hit.case),
      }));
    const top = Math.max(...candidates.map((candidate) => candidate.coverage), 0);
    // Cases that cover the question nearly as well as the best one, in rank order, each with its best sentence
    // (looked for only until enough are listed: scoring sentences is the costly part).
    const wanted = input.intent === "similar" ? 3 : MAX_LISTED;
    const comparing = input.comparing === true;
    const listed: Array<{ hit: CaseHit; best: ScoredSentence }> = [];
    let more = false;
    for (const { hit, coverage } of candidates) {
      if (coverage < top * LISTED_COVERAGE_SHARE) continue;
      if (listed.length >= wanted) {
        more = true;
        break;
      }
      const chunks =
        hit.chunks.length > 0 ? hit.chunks.slice(0, 3) : input.chunks.filter((c) => c.case.caseId === hit.case.caseId);
      const best = this.#evidence.sentences(input.query, chunks, { numeric: comparing })[0];
      if (best) listed.push({ hit, best });
    }
    const lines = listed.map(({ hit, best: sentence }, i) => {
      const marker = citations.cite(sentence.chunk, hit.case, { start: sentence.start, end: sentence.end });
      return `${i + 1}. 《${hit.case.title}》（${hit.case.applicants.join("、")}）：${quote(sentence)}[${marker}]`;
    });
    // A count is claimed only when the list is not cut short.
    const lead =
      input.intent === "similar"
        ? `案例集中与您描述的项目最接近的 ${lines.length} 个案例：`
        : comparing
          ? `案例集没有对各案例做排名或比较。下面是与此最相关的 ${lines.length} 个案例及其原文，供您自行比较：`
          : more
            ? `案例集中与此最相关的 ${lines.length} 个案例如下（按相关程度排列，可能还有其他相关案例）：`
            : `案例集中与此相关的案例有 ${lines.length} 个：`;
    return { answer: `${lead}\n\n${lines.join("\n")}`, citations };
  }
}

/**
 * An applicant of one of the cases that the question names ("中科天玑"), if any, and whether the question leaves it
 * out ("除了京东物流，…").
 */
function namedApplicant(question: string, hits: readonly CaseHit[]): { name: string; excluded: boolean } | undefined {
  for (const hit of hits) {
    const mention = mentionedApplicant(question, hit.case.applicants);
    // Only a whole short name: its first characters ("中小企业…") are too often ordinary words.
    if (!mention || mention.length < mention.name.length) continue;
    const excluded =
      /除了$/.test(question.slice(Math.max(0, mention.at - 4), mention.at)) ||
      /^.{0,4}(以外|之外)/.test(question.slice(mention.at + mention.length));
    return { name: mention.name, excluded };
  }
  return undefined;
}

function appliedBy(item: Case, organisation: string): boolean {
  return item.applicants.some((applicant) => shortName(applicant) === organisation);
}

/** The best sentence, then up to two more that score nearly as well, from at most two cases. */
function pick(sentences: readonly ScoredSentence[]): ScoredSentence[] {
  const best = sentences[0];
  if (!best) return [];
  const picked = [best];
  const cases = new Set([best.case.caseId]);
  for (const sentence of sentences.slice(1)) {
    if (picked.length >= MAX_SENTENCES) break;
    if (sentence.score < best.score * 0.6 || picked.some((other) => other.text === sentence.text)) continue;
    if (!cases.has(sentence.case.caseId) && (cases.size >= 2 || sentence.score < best.score * 0.85)) continue;
    cases.add(sentence.case.caseId);
    picked.push(sentence);
  }
  return picked;
}

/** A quoted piece, with an ellipsis where it starts or ends inside a sentence. */
function quote(sentence: ScoredSentence): string {
  const before = sentence.chunk.text.slice(0, sentence.start).trimEnd();
  const opensSentence = before === "" || /[。！？；!?;”）)]$/.test(before) || before.endsWith("\n");
  const closesSentence = /[。！？；!?;”）)]$/.test(sentence.text);
  return `${opensSentence ? "" : "…"}${sentence.text}${closesSentence ? "" : "…"}`;
}

function sectionOrder(item: Case, sentence: ScoredSentence): number {
  return item.sections.findIndex((section) => section.name === sentence.chunk.section);
}
