import type { Chunk } from "../chunk/chunk.js";
import type { Case } from "../domain/case.js";
import type { SearchIndex } from "../indexing/search-index.js";
import { caseText, headingText } from "../indexing/search-index.js";
import { isRegion, loadPlaces, namedProvinces } from "../retrieve/places.js";
import { withoutNegated } from "../text/negated.js";
import { clauseSpans } from "../text/sentences.js";
import { isFrameWord } from "../text/stop-words.js";
import { normalize } from "../text/tokenizer.js";

/** A question's terms with their weights: rare terms count more, terms most cases use count little. */
export interface QueryTerms {
  terms: Map<string, number>;
  /**
   * Terms the question enumerates as alternatives ("平谷、密云、怀柔这些区", "CNN、RNN/LSTM", "故障率或者不良率"), and
   * a province it names with its places ("山东", "威海", …): a text that has one of them has what the group asks for.
   * A group weighs as its heaviest term, and a text is credited with the heaviest of the group's terms it has.
   */
  groups: ReadonlyArray<{ members: readonly string[]; weight: number }>;
  /** The terms in no group, with their weights. */
  alone: ReadonlyMap<string, number>;
  total: number;
}

/** What separates the members of an enumeration within a clause. */
const ALTERNATIVE = /[、/／]|或者|或是|还是/;
/** Words that give what they enumerate as examples. */
const EXAMPLES = /比如|例如|譬如|像是?|诸如|这些|这类|这几|那些|那几|之类|等等?/;
/** What ends a clause: an enumeration does not run across it. */
const CLAUSE = /[，,。？?！!；;：:（）()“”《》\s]+/;

/** A question's whole term weight: each term alone, and each group once, as its heaviest member. */
function totalWeight(alone: ReadonlyMap<string, number>, groups: QueryTerms["groups"]): number {
  return (
    [...alone.values()].reduce((sum, weight) => sum + weight, 0) + groups.reduce((sum, group) => sum + group.weight, 0)
  );
}

/** The share of a question's term weight that `has` finds: each group credited once, with its best term found. */
export function foundShare(query: QueryTerms, has: (term: string) => boolean): number {
  if (query.total === 0) return 0;
  let found = 0;
  for (const [term, weight] of query.alone) if (has(term)) found += weight;
  for (const { members, weight } of query.groups) {
    let best = 0;
    for (const member of members) {
      const memberWeight = query.terms.get(member) ?? 0;
      if (memberWeight > best && has(member)) best = memberWeight;
    }
    found += Math.min(weight, best);
  }
  return found / query.total;
}

export interface ScoredSentence {
  chunk: Chunk;
  case: Case;
  /** Offsets within the chunk text. */
  start: number;
  end: number;
  text: string;
  /** Share of the question's term weight the sentence contains (0–1). */
  coverage: number;
  score: number;
}

/**
 * Words for a kind of figure ("给出了具体金额", "提升了百分之多少") that cases report as figures, not by the word: a case
 * writing "收入 3000 万元" has the 金额 asked about, one writing "效率提升 20%" the 百分比. (Case text here is
 * normalised and has no spaces.)
 */
const FIGURE_KINDS: ReadonlyMap<string, RegExp> = new Map([
  ["金额", /\d[\d.]*[万亿]?元/],
  ["百分", /\d%|百分之/],
  ["百分比", /\d%|百分之/],
]);

/** How many questions' terms are kept before the cache starts over. */
const QUERY_CACHE = 256;

/** How many terms' use in the book is kept before that cache starts over. */
const TERM_CACHE = 4096;

/** Longer sentences are quoted by their best run of clauses up to this many characters. */
const MAX_QUOTE = 140;

const shared = new WeakMap<SearchIndex, Evidence>();

/** Term weighting and sentence scoring over one index, shared by the extractive answerer and the refusal check. */
export class Evidence {
  readonly #index: SearchIndex;
  readonly #caseTexts = new Map<string, string>();
  readonly #sentencesOf = new Map<string, string[]>();
  /** How many cases use a term, for recent questions' terms. */
  readonly #used = new Map<string, number>();
  /** Recent questions' terms (QueryTerms are not changed by their users). */
  readonly #queries = new Map<string, QueryTerms>();
  /** Each chunk's quotable pieces with their terms, computed once per chunk (the hot path of every answer). */
  readonly #pieces = new Map<string, Array<{ start: number; end: number; text: string; terms: Set<string> }>>();

  private constructor(index: SearchIndex) {
    this.#index = index;
  }

  /** The one Evidence of an index, so its caches (sentence terms, case texts) are filled once for all services. */
  static of(index: SearchIndex): Evidence {
    let evidence = shared.get(index);
    if (!evidence) {
      evidence = new Evidence(index);
      shared.set(index, evidence);
    }
    return evidence;
  }

  /** The weighed terms of a question; an answer asks for them several times (retrieval, checks, composing). */
  queryTerms(question: string): QueryTerms {
    let query = this.#queries.get(question);
    if (!query) {
      if (this.#queries.size >= QUERY_CACHE) this.#queries.clear();
      query = this.#weigh(question);
      this.#queries.set(question, query);
    }
    return query;
  }

  #weigh(question: string): QueryTerms {
    const { termStats, tokenizer } = this.#index;
    // Terms in more than half the cases ("数据", "平台") say nothing about which case is meant, nor do the words
    // that frame a question ("那章", "都算") or those of what it leaves out ("知识图谱不算").
    const kept = withoutNegated(question);
    const candidates = [...new Set(tokenizer.tokenize(kept))].filter(
      (term) => termStats.documentFrequency(term) <= termStats.documentCount / 2 && !isFrameWord(term),
    );
    const terms = new Map<string, number>();
    for (const term of candidates) {
      // Search mode emits a compound and its parts ("仓单融资", "仓单", "融资"): weigh the parts only.
      if (candidates.some((other) => other.length < term.length && term.includes(other))) continue;
      terms.set(term, termStats.idf(term));
    }
    // A group weighs as its heaviest member.
    const groups = this.#withPlaces(kept, this.#alternatives(kept, terms), terms).map((members) => ({
      members,
      weight: Math.max(...members.map((member) => terms.get(member) ?? 0)),
    }));
    const grouped = new Set(groups.flatMap((group) => group.members));
    const alone = new Map([...terms].filter(([term]) => !grouped.has(term)));
    return { terms, groups, alone, total: totalWeight(alone, groups) };
  }

  /**
   * A province or region the question names is found in a case by any of its places ("山东" in "威海"): the
   * question's words for it ("山东"; "内蒙", "蒙古" of 内蒙古; "川渝") join the places the book uses in a group (or
   * their enumeration's group, "新疆、西藏、云南"), each place weighing as the heaviest of those words. Adds the places
   * to `terms`.
   */
  #withPlaces(question: string, enumerations: string[][], terms: Map<string, number>): string[][] {
    const groups = enumerations.map((group) => [...group]);
    for (const province of namedProvinces(question)) {
      const named = province.places.filter((place) => question.includes(place));
      // A piece the book never uses ("渝" of a mis-cut "过川|渝") names nothing a case could have.
      const words = [...terms.keys()].filter(
        (term) => named.some((place) => place.includes(term)) && this.#index.termStats.documentFrequency(term) > 0,
      );
      if (words.length === 0) continue;
      const weight = Math.max(...words.map((word) => terms.get(word) ?? 0));
      // A region is looked for as written, even where jieba cuts it apart ("京津冀晋").
      const places = province.places.filter(
        (place) => !terms.has(place) && (isRegion(place) || this.#index.termStats.documentFrequency(place) > 0),
      );
      for (const place of places) terms.set(place, weight);
      const group = groups.find((members) => members.some((member) => words.includes(member)));
      if (group) group.push(...words.filter((word) => !group.includes(word)), ...places);
      else groups.push([...words, ...places]);
    }
    return groups;
  }

  /**
   * The enumerations of a question, as groups of its weighed terms: of each clause cut at 、, / and 或者, the last
   * term before the first cut, every term between cuts, and the first term after the last.
   */
  #alternatives(question: string, terms: ReadonlyMap<string, number>): string[][] {
    const groups: string[][] = [];
    for (const clause of question.split(CLAUSE)) {
      const pieces = clause.split(ALTERNATIVE);
      // Two things joined by 或者 or 、 may be both asked for ("识别每头牛、监测它们行为"); three or more, or things
      // given as examples ("比如…", "…这类"), are alternatives.
      if (pieces.length < 2 || (pieces.length < 3 && !EXAMPLES.test(clause))) continue;
      const parts = pieces.map((part) => this.#index.tokenizer.tokenize(part).filter((t) => terms.has(t)));
      const members = parts.flatMap((part, i) =>
        i === 0 ? part.slice(-1) : i === parts.length - 1 ? part.slice(0, 1) : part,
      );
      const group = [...new Set(members)];
      if (group.length >= 2) groups.push(group);
    }
    return groups;
  }

  /**
   * The terms of `query` that pass `keep`, weighed as before: groups keep the members that pass, and a group with none
   * left goes.
   */
  static restrict(query: QueryTerms, keep: (term: string) => boolean): QueryTerms {
    const terms = new Map([...query.terms].filter(([term]) => keep(term)));
    const groups = query.groups
      .map(({ members }) => members.filter((member) => terms.has(member)))
      .filter((members) => members.length > 0)
      .map((members) => ({ members, weight: Math.max(...members.map((member) => terms.get(member) ?? 0)) }));
    const alone = new Map([...query.alone].filter(([term]) => terms.has(term)));
    return { terms, groups, alone, total: totalWeight(alone, groups) };
  }

  /** Whether any case (title and applicants included) contains `term`. */
  bookUses(term: string): boolean {
    return this.casesUsing(term) > 0;
  }

  /** How many cases (title and applicants included) contain `term`. */
  casesUsing(term: string): number {
    let count = this.#used.get(term);
    if (count === undefined) {
      if (this.#used.size >= TERM_CACHE) this.#used.clear();
      count = 0;
      for (const item of this.#index.cases.values()) if (this.#caseText(item).includes(term)) count++;
      this.#used.set(term, count);
    }
    return count;
  }

  /** Whether a case (title and applicants included) contains `term`, however jieba cut the text around it. */
  caseHas(item: Case, term: string): boolean {
    return this.#caseText(item).includes(term);
  }

  /**
   * Share of the question's term weight found anywhere in a case (title and applicants included). A term counts
   * when it occurs in the text, however jieba cut the text around it.
   */
  caseCoverage(query: QueryTerms, item: Case): number {
    const text = this.#caseText(item);
    return foundShare(query, (term) => text.includes(term) || this.#reportsKind(term, query, item));
  }

  /**
   * Whether `term` names a kind of figure ("金额", "百分比") that the case reports about something else the question
   * asks: a sentence with such a figure and another of the question's terms ("…收入 3000 万元"), or any such figure when
   * the question asks nothing else the book could have.
   */
  #reportsKind(term: string, query: QueryTerms, item: Case): boolean {
    const kind = FIGURE_KINDS.get(term);
    if (!kind) return false;
    const others = [...query.terms.keys()].filter((other) => !FIGURE_KINDS.has(other));
    if (others.length === 0) return kind.test(this.#caseText(item));
    return this.#caseSentences(item).some(
      (sentence) => kind.test(sentence) && others.some((other) => sentence.includes(other)),
    );
  }

  /** The case's normalised text cut into sentences. */
  #caseSentences(item: Case): string[] {
    let sentences = this.#sentencesOf.get(item.caseId);
    if (!sentences) {
      sentences = this.#caseText(item).split(/[。！？；]/);
      this.#sentencesOf.set(item.caseId, sentences);
    }
    return sentences;
  }

  #caseText(item: Case): string {
    let text = this.#caseTexts.get(item.caseId);
    if (!text) {
      text = normalize(`${headingText(item)}\n${caseText(item)}`).replace(/\s+/g, "");
      this.#caseTexts.set(item.caseId, text);
    }
    return text;
  }

  /** The sentences of the given chunks, each scored for the question. */
  sentences(
    query: QueryTerms,
    hits: ReadonlyArray<{ chunk: Chunk; case: Case }>,
    prefer: { numeric?: boolean; section?: string | undefined } = {},
  ): ScoredSentence[] {
    const scored: ScoredSentence[] = [];
    hits.forEach(({ chunk, case: item }, rank) => {
      for (const { start, end, text, terms } of this.#piecesOf(chunk)) {
        const span = { start, end };
        const coverage = foundShare(query, (term) => terms.has(term));
        const score =
          coverage +
          0.3 / (1 + rank) +
          (prefer.numeric && /\d/.test(text) ? 0.25 : 0) +
          (prefer.section && prefer.section === chunk.section ? 0.3 : 0) -
          (text.length < 14 ? 0.5 : 0);
        scored.push({ chunk, case: item, start: span.start, end: span.end, text, coverage, score });
      }
    });
    return scored.sort((a, b) => b.score - a.score);
  }

  /**
   * Fills the caches every answer reads (each chunk's quotable pieces and their terms, each case's text, the
   * provinces' places), which otherwise fill as questions come: a few hundred milliseconds of jieba, better spent
   * before the first users. It yields to the event loop every few dozen chunks, so requests that come meanwhile are
   * not held up.
   */
  async warm(): Promise<void> {
    const { chunks } = this.#index;
    for (let i = 0; i < chunks.length; i++) {
      this.#piecesOf(chunks[i] as Chunk);
      if (i % 32 === 31) await new Promise((resolve) => setImmediate(resolve));
    }
    for (const item of this.#index.cases.values()) this.#caseText(item);
    loadPlaces();
  }

  #piecesOf(chunk: Chunk) {
    let pieces = this.#pieces.get(chunk.id);
    if (!pieces) {
      pieces = clauseSpans(chunk.text, MAX_QUOTE).map(({ start, end }) => {
        const text = chunk.text.slice(start, end);
        return { start, end, text, terms: new Set(this.#index.tokenizer.tokenize(text)) };
      });
      this.#pieces.set(chunk.id, pieces);
    }
    return pieces;
  }
}
