import type { SectionName } from "../domain/book.js";
import type { Case } from "../domain/case.js";
import { Evidence, type QueryTerms } from "../generate/evidence.js";
import { caseText } from "../indexing/search-index.js";
import { reciprocalRankFusion } from "../retrieve/fusion.js";
import { queryDomain } from "../retrieve/query-domain.js";
import type { ChunkHit, Retriever } from "../retrieve/retriever.js";
import { classifySections } from "../retrieve/section-classifier.js";
import { sentenceSpans } from "../text/sentences.js";
import { sharedReasons } from "./reasons.js";

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
 * How the three rankings of a precedent search count in the fusion: the description against whole cases through
 * hybrid retrieval; against whole cases through character-bigram BM25, which long descriptions match best; and
 * each part of the description against the same section of the case. Chosen on the 81 `similar` items of eval/.
 */
const WEIGHTS = { hybrid: 1, bigrams: 2, sections: 1 };

/** How many candidates the section-to-section comparison looks at. */
const SECTION_CANDIDATES = 40;

/**
 * Finds the precedents of a project description, case by case: the description as a whole is matched against
 * whole cases, and each part of it against the same section of the cases (its background against 案例背景, its
 * approach against 解决方案, …); the rankings are fused. Reasons list what the two share; highlights are the
 * precedent's best-matching passages, verbatim.
 */
export class SimilarService {
  readonly #retriever: Retriever;
  readonly #evidence: Evidence;
  readonly #sectionVectors = new Map<string, number[]>();

  constructor(retriever: Retriever) {
    this.#retriever = retriever;
    this.#evidence = Evidence.of(retriever.index);
  }

  async findSimilar(text: string, options: SimilarOptions = {}): Promise<SimilarCase[]> {
    const { caseIds, caseBigrams, cases } = this.#retriever.index;
    const allowed = (caseId: string) =>
      caseId !== options.excludeCaseId &&
      (options.domainNo === undefined || cases.get(caseId)?.domainNo === options.domainNo);
    const whole = await this.#retriever.retrieve(text, { domainNo: options.domainNo, k: 50 });
    const hybrid = whole.cases.map((hit) => hit.case.caseId).filter(allowed);
    const bigrams = (await caseBigrams())
      .search(text, 50)
      .map((hit) => caseIds[hit.item] as string)
      .filter(allowed);
    const sections = await this.#sectionRanking(
      text,
      [...new Set([...hybrid, ...bigrams])].slice(0, SECTION_CANDIDATES),
    );

    const ids = [...new Set([...hybrid, ...bigrams, ...sections])];
    const rankings = [hybrid, bigrams, sections].map((ranking) => ranking.map((id) => ids.indexOf(id)));
    const fused = reciprocalRankFusion(rankings, 60, [WEIGHTS.hybrid, WEIGHTS.bigrams, WEIGHTS.sections]);
    const query = this.#evidence.queryTerms(text);
    const mentioned = options.domainNo ?? queryDomain(text);
    const results: SimilarCase[] = [];
    for (const { item, score } of fused.slice(0, options.k ?? 5)) {
      const precedent = cases.get(ids[item] as string) as Case;
      const ranked = whole.chunks.filter((hit) => hit.case.caseId === precedent.caseId).slice(0, 6);
      const chunks =
        ranked.length > 0 ? ranked : await this.#retriever.search(text, { k: 6, caseIds: [precedent.caseId] });
      const { tokenizer, termStats } = this.#retriever.index;
      const reasons = sharedReasons(text, `${precedent.title}\n${caseText(precedent)}`, {
        tokenizer,
        termStats,
        sameDomain: mentioned === precedent.domainNo ? precedent.domain : undefined,
      });
      results.push({
        caseId: precedent.caseId,
        title: precedent.title,
        domain: precedent.domain,
        applicants: precedent.applicants,
        score,
        reasons: reasons.length > 0 ? reasons : [`同属“${precedent.domain}”领域的相近做法`],
        highlights: this.#highlights(query, chunks),
      });
    }
    return results;
  }

  /**
   * Candidates ranked section with section: each sentence of the description is placed in the section it reads
   * like, and each part is compared (cosine of embeddings) with the same section of the case, weighted by length.
   */
  async #sectionRanking(text: string, candidates: readonly string[]): Promise<string[]> {
    const sentences = sentenceSpans(text)
      .map(({ start, end }) => text.slice(start, end))
      .filter((sentence) => sentence.length >= 6);
    const placed = await classifySections(this.#retriever.index, sentences);
    const parts = new Map<SectionName, string>();
    sentences.forEach((sentence, i) => {
      const section = placed[i] as SectionName;
      parts.set(section, (parts.get(section) ?? "") + sentence);
    });
    const scores = new Map<string, number>(candidates.map((id) => [id, 0]));
    for (const [section, part] of parts) {
      const [vector = []] = await this.#retriever.index.embedder.embed([part]);
      for (const id of candidates) {
        const other = await this.#sectionVector(id, section);
        const similarity = vector.reduce((sum, value, i) => sum + value * (other[i] ?? 0), 0);
        scores.set(id, (scores.get(id) ?? 0) + part.length * similarity);
      }
    }
    return [...scores].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  }

  /** The embedding of one section of a case, computed once. */
  async #sectionVector(caseId: string, section: SectionName): Promise<number[]> {
    const key = `${caseId}:${section}`;
    let vector = this.#sectionVectors.get(key);
    if (!vector) {
      const text = this.#retriever.index.cases.get(caseId)?.sections.find((s) => s.name === section)?.text ?? "";
      [vector = []] = await this.#retriever.index.embedder.embed([text]);
      this.#sectionVectors.set(key, vector);
    }
    return vector;
  }

  /** The best sentence of each of the precedent's best-matching sections (at most three), verbatim. */
  #highlights(query: QueryTerms, chunks: readonly ChunkHit[]) {
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
