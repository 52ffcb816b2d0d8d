import type { SectionName } from "../domain/book.js";
import type { Case } from "../domain/case.js";
import { Evidence } from "../generate/evidence.js";
import { caseText } from "../indexing/search-index.js";
import { reciprocalRankFusion } from "../retrieve/fusion.js";
import { queryDomain } from "../retrieve/query-domain.js";
import type { Retriever } from "../retrieve/retriever.js";
import { classifySections } from "../retrieve/section-classifier.js";
import { sentenceSpans } from "../text/sentences.js";
import { sharedReasons } from "./reasons.js";

let caseBigrams: KeywordIndex | undefined;
let sentencesOff = false;

import { KeywordIndex } from "../store/keyword-index.js";
import { BigramTokenizer } from "../text/bigram-tokenizer.js";
export interface SimilarCase {
  caseId: string;
  title: string;
  domain: string;
  applicants: string[];
  score: number;
  reasons: string[];
  highlights: Array<{ section: SectionName; text: string }>;
}

export interface SimilarOptions {
  k?: number;
  domainNo?: number;
  /** Leave this case out (the case whose neighbours are asked for). */
  excludeCaseId?: string;
}

/**
 * Finds the precedents of a project description, case by case: the description as a whole is matched against
 * whole cases, and each part of it against the same section of the cases (its background against 案例背景, its
 * approach against 解决方案, …); the rankings are fused. Reasons list what the two share; highlights are the
 * precedent's best-matching passages, verbatim.
 */
export class SimilarService {
  readonly #retriever: Retriever;
  readonly #evidence: Evidence;

  constructor(retriever: Retriever) {
    this.#retriever = retriever;
    this.#evidence = new Evidence(retriever.index);
  }

  readonly #sectionVectors = new Map<string, number[]>();
  async #sectionVector(caseId: string, section: SectionName): Promise<number[]> {
    const key = `${caseId}:${section}`;
    let vector = this.#sectionVectors.get(key);
    if (!vector) {
      const item = this.#retriever.index.cases.get(caseId) as Case;
      [vector] = (await this.#retriever.index.embedder.embed([
        item.sections.find((x) => x.name === section)?.text ?? "",
      ])) as [number[]];
      this.#sectionVectors.set(key, vector);
    }
    return vector;
  }

  async findSimilar(text: string, options: SimilarOptions = {}): Promise<SimilarCase[]> {
    const k = options.k ?? 5;
    const base = { domainNo: options.domainNo, k: 50 };
    const whole = await this.#retriever.retrieve(text, base);
    const rankings: string[][] = [whole.cases.map((hit) => hit.case.caseId)];
    if (process.env.CB === "1") {
      if (!caseBigrams)
        caseBigrams = KeywordIndex.build(
          [...this.#retriever.index.cases.values()].map((c, id) => ({ id, heading: c.title, text: caseText(c) })),
          new BigramTokenizer(),
        );
      const ids0 = [...this.#retriever.index.cases.keys()];
      rankings.push(caseBigrams.search(text, 50).map((h) => ids0[h.item] as string));
    }
    if (process.env.NOPARTS === "1") {
      sentencesOff = true;
    } else sentencesOff = false;

    const sentences = sentenceSpans(text)
      .map(({ start, end }) => text.slice(start, end))
      .filter((s) => s.length >= 6);
    const sections = await classifySections(this.#retriever.index, sentences);
    const parts = new Map<SectionName, string[]>();
    sentences.forEach((sentence, i) => {
      const section = sections[i] as SectionName;
      parts.set(section, [...(parts.get(section) ?? []), sentence]);
    });
    for (const [section, partSentences] of sentencesOff ? [] : parts) {
      const part = await this.#retriever.retrieve(partSentences.join(""), { ...base, sections: [section] });
      rankings.push(part.cases.map((hit) => hit.case.caseId));
    }
    if (process.env.SM === "1") {
      const candidates = [...new Set(rankings.flat())].slice(0, 40);
      const scores = new Map<string, number>();
      for (const [section, partSentences] of parts) {
        const [vector] = await this.#retriever.index.embedder.embed([partSentences.join("")]);
        const weight = partSentences.join("").length;
        for (const id of candidates) {
          const sv = await this.#sectionVector(id, section);
          scores.set(id, (scores.get(id) ?? 0) + weight * sv.reduce((a, x, j) => a + x * (vector?.[j] ?? 0), 0));
        }
      }
      rankings.push([...scores].sort((a, b) => b[1] - a[1]).map(([id]) => id));
    }

    const ids = [...new Set(rankings.flat())].filter((id) => id !== options.excludeCaseId);
    const weights = rankings.map((_, i) => (i === 0 ? Number(process.env.WW ?? 1) : Number(process.env.PW ?? 1)));
    const fused = reciprocalRankFusion(
      rankings.map((ranking) => ranking.filter((id) => ids.includes(id)).map((id) => ids.indexOf(id))),
      60,
      weights,
    );
    const query = this.#evidence.queryTerms(text);
    const mentioned = options.domainNo === undefined ? queryDomain(text) : options.domainNo;
    const { tokenizer, termStats, cases } = this.#retriever.index;
    const results: SimilarCase[] = [];
    for (const { item, score } of fused.slice(0, k)) {
      const precedent = cases.get(ids[item] as string) as Case;
      const ranked = whole.chunks.filter((hit) => hit.case.caseId === precedent.caseId).slice(0, 6);
      const chunks =
        ranked.length > 0 ? ranked : await this.#retriever.search(text, { k: 6, caseIds: [precedent.caseId] });
      const highlights = this.#highlights(query, chunks);
      const domainName = mentioned !== undefined && mentioned === precedent.domainNo ? precedent.domain : undefined;
      results.push({
        caseId: precedent.caseId,
        title: precedent.title,
        domain: precedent.domain,
        applicants: precedent.applicants,
        score,
        reasons: withFallback(
          sharedReasons(text, `${precedent.title}\n${caseText(precedent)}`, {
            tokenizer,
            termStats,
            sameDomain: domainName,
          }),
          precedent,
        ),
        highlights,
      });
    }
    return results;
  }

  /** The best sentence of each of the precedent's best-matching sections (at most three), verbatim. */
  #highlights(query: ReturnType<Evidence["queryTerms"]>, chunks: Parameters<Evidence["sentences"]>[1]) {
    const seen = new Set<string>();
    const highlights: Array<{ section: SectionName; text: string }> = [];
    for (const sentence of this.#evidence.sentences(query, chunks)) {
      if (seen.has(sentence.chunk.section) || highlights.length >= 3) continue;
      seen.add(sentence.chunk.section);
      highlights.push({ section: sentence.chunk.section, text: sentence.text });
    }
    return highlights;
  }
}

/** A precedent always gets at least one checkable reason: its domain, when nothing more specific is shared. */
function withFallback(reasons: string[], precedent: Case): string[] {
  return reasons.length > 0 ? reasons : [`同属“${precedent.domain}”领域的相近做法`];
}
