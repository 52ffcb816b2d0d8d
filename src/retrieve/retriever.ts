import type { Chunk } from "../chunk/chunk.js";
import type { SectionName } from "../domain/book.js";
import type { Case } from "../domain/case.js";
import type { SearchIndex } from "../indexing/search-index.js";
import { withoutNegated } from "../text/negated.js";
import { expandQuery, SYNONYM_WEIGHT } from "../text/synonyms.js";
import { applicantTest } from "./applicant-kind.js";
import { moveFirst, reciprocalRankFusion } from "./fusion.js";
import { NamedOrganisations } from "./named-organisations.js";
import { namedProvinces, placeRanking } from "./places.js";
import { avoidDomains, preferDomains, readDomains } from "./query-domain.js";

export type SearchMode = "hybrid" | "bm25" | "vector";

export interface SearchOptions {
  k?: number;
  /** Only chunks of this domain. */
  domainNo?: number;
  /** Only chunks of these cases. */
  caseIds?: readonly string[];
  /** Only chunks of these sections. */
  sections?: readonly SectionName[];
  mode?: SearchMode;
  /**
   * The question asks which cases: the cases in a province it names ("在山东落地过的案例有哪些？", found by the
   * province's cities too) and the cases whose applicants are as it says ("三家单位联合申报的") rank as one more list
   * each. Off by default: most other questions that name a province ask about a case that happens to work there.
   */
  listing?: boolean;
}

export interface ChunkHit {
  chunk: Chunk;
  case: Case;
  score: number;
}

export interface CaseHit {
  case: Case;
  score: number;
  /** The case's matching chunks, best first. */
  chunks: ChunkHit[];
}

/**
 * The weight of the place and applicant lists in a question that asks which cases: as much as the three lists of
 * what the cases are about together, since where a case is or who applied makes half of such a question (`npm run
 * eval`: list questions with all gold in the top 10 were 0.720 at weights 1 and 2, 0.724 at 3, when the place list
 * was first measured).
 */
const FACET_WEIGHT = 3;

/** How deep each list is read before fusion. */
const CANDIDATES = 120;

/**
 * Hybrid retrieval over a SearchIndex: BM25 over jieba terms (with the thesaurus's synonyms), BM25 over character
 * bigrams and vector search each rank chunks; reciprocal-rank fusion merges them; domain and case filters apply to
 * all. Cases are ranked by fusing the chunks' aggregate with BM25 over whole cases, by jieba terms and by
 * character bigrams; a question asking which cases (`listing`) adds the cases in a province it names and the cases
 * whose applicants are as it describes.
 */
export class Retriever {
  readonly #index: SearchIndex;
  /** Each case's first chunk, by case id (filled when first needed). */
  #openings: Map<string, number> | undefined;
  readonly #organisations: NamedOrganisations;

  constructor(index: SearchIndex) {
    this.#index = index;
    this.#organisations = new NamedOrganisations(index.cases.values());
  }

  get index(): SearchIndex {
    return this.#index;
  }

  /** The best chunks for a query, best first. */
  async search(query: string, options: SearchOptions = {}): Promise<ChunkHit[]> {
    return (await this.retrieve(query, options)).chunks.slice(0, options.k ?? 10);
  }

  /** The best cases for a query: each case scored by its best chunk plus a share of its next ones. */
  async searchCases(query: string, options: SearchOptions = {}): Promise<CaseHit[]> {
    return (await this.retrieve(query, options)).cases.slice(0, options.k ?? 10);
  }

  /** All chunks of one section of a case, in text order (score 0): for reading a section rather than searching. */
  sectionChunks(caseId: string, section: string): ChunkHit[] {
    return this.#index.chunks
      .map((chunk, item) => ({ chunk, item }))
      .filter(({ chunk }) => chunk.caseId === caseId && chunk.section === section)
      .map(({ item }) => this.#hit(item, 0));
  }

  /**
   * One retrieval, both views: every ranked chunk (best first) and the cases they add up to (best first, fused
   * with BM25 over whole cases). Callers that need both pay for one search.
   */
  async retrieve(query: string, options: SearchOptions = {}): Promise<{ chunks: ChunkHit[]; cases: CaseHit[] }> {
    const depth = Math.max(options.k ?? 10, CANDIDATES);
    const mode = options.mode ?? "hybrid";
    // The domains a question names are preferred below and those it leaves out avoided; their names are not searched
    // for. A domain given as an option is a filter instead.
    const domains = options.domainNo === undefined ? readDomains(query) : { named: [], excluded: [], searched: query };
    const { named: mentioned, excluded } = domains;
    // What the question leaves out ("知识图谱不算") is not searched for either.
    const searched = withoutNegated(domains.searched);
    const expanded = this.#expand(searched);
    const allowed = caseFilter(options);
    const ranked = await this.#rank(searched, expanded, mode, depth, allowed, options.sections);
    const chunks = ranked.map(({ item, score }) => this.#hit(item, score));
    const byCase = new Map<string, ChunkHit[]>();
    for (const hit of chunks) {
      const list = byCase.get(hit.case.caseId);
      if (list) list.push(hit);
      else byCase.set(hit.case.caseId, [hit]);
    }
    const fromChunks = [...byCase.values()]
      .map((chunks) => ({
        caseId: (chunks[0] as ChunkHit).case.caseId,
        score: chunks.slice(0, 3).reduce((sum, hit, i) => sum + hit.score / (i + 1) ** 2, 0),
      }))
      .sort((a, b) => b.score - a.score || a.caseId.localeCompare(b.caseId))
      .map((entry) => entry.caseId);
    const rankings = [fromChunks];
    const weights = [1];
    if (mode === "hybrid") {
      const { caseIds, caseKeywords } = this.#index;
      const accept = allowed && ((item: number) => allowed(caseIds[item] ?? ""));
      rankings.push(
        caseKeywords.search(expanded.text, 50, accept, expanded.weight).map((hit) => caseIds[hit.item] as string),
      );
      const bigrams = await this.#index.caseBigrams();
      rankings.push(bigrams.search(searched, 50, accept).map((hit) => caseIds[hit.item] as string));
      weights.push(1, 1);
      // A province asked about ("在山东落地的案例") ranks the cases that name it or its cities ("威海") as a fourth list.
      const provinces = options.listing ? namedProvinces(searched) : [];
      if (provinces.length > 0) {
        const places = placeRanking(provinces, caseKeywords, this.#index.tokenizer, accept);
        rankings.push(places.map((item) => caseIds[item] as string));
        weights.push(FACET_WEIGHT);
      }
      // "三家单位联合申报的案例": the cases whose applicants pass, in the order their text matched.
      const test = options.listing ? applicantTest(query) : undefined;
      if (test) {
        const passing = (caseId: string) =>
          (!allowed || allowed(caseId)) && test(this.#index.cases.get(caseId)?.applicants ?? []);
        rankings.push([...new Set([...fromChunks, ...this.#index.cases.keys()])].filter(passing));
        weights.push(FACET_WEIGHT);
      }
    }
    const allCases = [...new Set(rankings.flat())];
    const position = new Map(allCases.map((caseId, i) => [caseId, i]));
    const fused = reciprocalRankFusion(
      rankings.map((ranking) => ranking.map((caseId) => position.get(caseId) as number)),
      60,
      weights,
    );
    const hits = fused.map(({ item, score }) => {
      const caseId = allCases[item] as string;
      // A case ranked only for where it is or who applied has no matching chunk: its opening one stands in.
      const chunks = byCase.get(caseId) ?? this.#opening(caseId);
      return { case: this.#index.cases.get(caseId) as Case, score, chunks };
    });
    // The cases that mention an organisation the question names by an applicant's name come first.
    const naming = this.#organisations.casesNaming(searched);
    const named = naming ? moveFirst(hits, (hit) => naming.has(hit.case.caseId)) : hits;
    const preferred = preferDomains(named, (hit) => hit.case.domainNo, mentioned);
    // A domain the question leaves out ("除了金融服务那一章") goes last.
    return { chunks, cases: avoidDomains(preferred, (hit) => hit.case.domainNo, excluded) };
  }

  async #rank(
    query: string,
    expanded: WeightedQuery,
    mode: SearchMode,
    depth: number,
    allowed: ((caseId: string) => boolean) | undefined,
    sectionNames: readonly SectionName[] | undefined,
  ) {
    const { chunks, keywords, vectors, embedder } = this.#index;
    const sections = sectionNames ? new Set<string>(sectionNames) : undefined;
    const accept =
      allowed || sections
        ? (item: number) => {
            const chunk = chunks[item];
            return !!chunk && (!allowed || allowed(chunk.caseId)) && (!sections || sections.has(chunk.section));
          }
        : undefined;
    const keywordRanking = () => keywords.search(expanded.text, depth, accept, expanded.weight);
    const vectorRanking = async () => {
      const [vector] = await embedder.embed([query]);
      return vectors.search(vector ?? [], depth, accept);
    };
    if (mode === "bm25") return keywordRanking().map((hit) => ({ item: hit.item, score: hit.score }));
    if (mode === "vector") return (await vectorRanking()).map((hit) => ({ item: hit.item, score: hit.similarity }));
    const [bm25, dense] = [keywordRanking(), await vectorRanking()];
    const bigram = this.#index.bigrams.search(query, depth, accept);
    return reciprocalRankFusion([bm25, dense, bigram].map((list) => list.map((hit) => hit.item)));
  }

  /** The query with the thesaurus's synonyms of its terms, which count for less than the terms typed. */
  #expand(query: string): WeightedQuery {
    const expanded = expandQuery(query, this.#index.tokenizer);
    return { text: expanded.text, weight: (term: string) => (expanded.added.has(term) ? SYNONYM_WEIGHT : 1) };
  }

  /** The first chunk of a case: where it opens, to cite a case as a whole. */
  openingChunk(caseId: string): Chunk | undefined {
    const item = this.#openingItem(caseId);
    return item === undefined ? undefined : this.#index.chunks[item];
  }

  /** The first chunk of a case (score 0), as a list with one hit. */
  #opening(caseId: string): ChunkHit[] {
    const item = this.#openingItem(caseId);
    return item === undefined ? [] : [this.#hit(item, 0)];
  }

  /** The item number of a case's first chunk (the map filled when first needed). */
  #openingItem(caseId: string): number | undefined {
    if (!this.#openings) {
      this.#openings = new Map();
      this.#index.chunks.forEach((chunk, item) => {
        if (!this.#openings?.has(chunk.caseId)) this.#openings?.set(chunk.caseId, item);
      });
    }
    return this.#openings.get(caseId);
  }

  #hit(item: number, score: number): ChunkHit {
    const chunk = this.#index.chunks[item] as Chunk;
    return { chunk, case: this.#index.cases.get(chunk.caseId) as Case, score };
  }
}

/** A query's text for BM25 and the weight of each of its terms. */
interface WeightedQuery {
  text: string;
  weight: (term: string) => number;
}

/** The options' domain and case restrictions as one predicate on case ids; undefined when there are none. */
function caseFilter(options: SearchOptions): ((caseId: string) => boolean) | undefined {
  const { domainNo, caseIds } = options;
  if (domainNo === undefined && caseIds === undefined) return undefined;
  const allowed = caseIds ? new Set(caseIds) : undefined;
  return (caseId) => (domainNo === undefined || caseId.startsWith(pad(domainNo))) && (!allowed || allowed.has(caseId));
}

function pad(domainNo: number): string {
  return `${String(domainNo).padStart(2, "0")}-`;
}
