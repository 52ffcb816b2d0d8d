import MiniSearch, { type AsPlainObject } from "minisearch";
import type { Tokenizer } from "../text/tokenizer.js";

/** One document of the keyword index: a chunk's searchable fields. */
export interface KeywordDocument {
  id: number;
  /** Case title and applicants: matched with a boost, since users name projects and organisations. */
  heading: string;
  text: string;
}

export interface KeywordHit {
  item: number;
  score: number;
}

const FIELDS = ["heading", "text"] as const;
const FIELD_BOOST: Record<(typeof FIELDS)[number], number> = { heading: 1.5, text: 1 };
/** MiniSearch's BM25+ defaults, which the index was built and is scored with. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** One term's postings in one field: the documents (as item numbers) and each one's BM25+ score for the term. */
interface Postings {
  items: Int32Array;
  scores: Float64Array;
}

/**
 * BM25 over jieba terms. MiniSearch builds and persists the index (tokenizing through the project's tokenizer,
 * counting terms and field lengths, BM25+ as its scoring); queries run on postings compiled from it at load, with
 * each posting's BM25+ score computed once. MiniSearch's own query path builds maps and match objects per term and
 * per document, which made keyword search three quarters of an answer's CPU time; the compiled one scores the
 * same (tested against MiniSearch), in the same order, several times faster.
 */
export class KeywordIndex {
  readonly #data: AsPlainObject;
  readonly #tokenizer: Tokenizer;
  readonly #commonTerms: ReadonlySet<string>;
  readonly #postings = new Map<string, Array<Postings | undefined>>();
  readonly #documentCount: number;
  /**
   * Scratch space for one query, reused: each document's score, its score for the current term, and stamps from a
   * running clock saying which query, term occurrence or distinct term last touched it.
   */
  readonly #score: Float64Array;
  readonly #termScore: Float64Array;
  readonly #quality: Int32Array;
  readonly #queryStamp: Float64Array;
  readonly #termStamp: Float64Array;
  #clock = 0;

  private constructor(data: AsPlainObject, tokenizer: Tokenizer, commonTerms: ReadonlySet<string>) {
    this.#data = data;
    this.#tokenizer = tokenizer;
    this.#commonTerms = commonTerms;
    const items = new Map(Object.entries(data.documentIds).map(([short, id]) => [Number(short), id as number]));
    const size = Math.max(0, ...items.values()) + 1;
    this.#documentCount = data.documentCount;
    this.#score = new Float64Array(size);
    this.#termScore = new Float64Array(size);
    this.#quality = new Int32Array(size);
    this.#queryStamp = new Float64Array(size);
    this.#termStamp = new Float64Array(size);
    const fieldLength = new Map(Object.entries(data.fieldLength).map(([short, lengths]) => [Number(short), lengths]));
    for (const [term, byField] of data.index) {
      const compiled = FIELDS.map((field) => {
        const fieldId = data.fieldIds[field] as number;
        const frequencies = byField[fieldId];
        if (!frequencies) return undefined;
        const entries = Object.entries(frequencies);
        const postings: Postings = { items: new Int32Array(entries.length), scores: new Float64Array(entries.length) };
        const averageLength = data.averageFieldLength[fieldId] as number;
        entries.forEach(([short, frequency], i) => {
          const length = fieldLength.get(Number(short))?.[fieldId] ?? 0;
          postings.items[i] = items.get(Number(short)) as number;
          postings.scores[i] = bm25Plus(frequency, entries.length, data.documentCount, length, averageLength);
        });
        return postings;
      });
      this.#postings.set(term, compiled);
    }
  }

  /**
   * MiniSearch options. Terms in more than half the documents are left out of the index and of queries: their
   * idf is near zero, and every query that has one ("数据", "平台") would otherwise score every document.
   */
  static options(tokenizer: Tokenizer, commonTerms: ReadonlySet<string>) {
    return {
      fields: [...FIELDS],
      tokenize: (text: string) => tokenizer.tokenize(text),
      processTerm: (term: string) => (commonTerms.has(term) ? null : term),
      searchOptions: { boost: FIELD_BOOST, combineWith: "OR" as const },
    };
  }

  static build(documents: readonly KeywordDocument[], tokenizer: Tokenizer): KeywordIndex {
    const frequencies = new Map<string, number>();
    for (const document of documents) {
      for (const term of new Set(tokenizer.tokenize(`${document.heading}\n${document.text}`))) {
        frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
      }
    }
    const common = new Set([...frequencies].filter(([, df]) => df > documents.length / 2).map(([term]) => term));
    const search = new MiniSearch<KeywordDocument>(KeywordIndex.options(tokenizer, common));
    search.addAll([...documents]);
    return new KeywordIndex(search.toJSON(), tokenizer, common);
  }

  static load(json: string, tokenizer: Tokenizer): KeywordIndex {
    const { commonTerms, index } = JSON.parse(json) as { commonTerms: string[]; index: AsPlainObject };
    return new KeywordIndex(index, tokenizer, new Set(commonTerms));
  }

  /** The MiniSearch serialization (`MiniSearch.loadJS` with `KeywordIndex.options` reads it) and the common terms. */
  toJSON(): string {
    return JSON.stringify({ commonTerms: [...this.#commonTerms].sort(), index: this.#data });
  }

  /**
   * Best first; `accept` filters by item number; `weight` scales a query term's contribution (default 1). Scored
   * as MiniSearch scores an OR query: each occurrence of a query term adds its BM25+ score in each field times the
   * field's boost, and a document's sum is multiplied by the number of distinct query terms it has.
   */
  search(
    query: string,
    k: number,
    accept?: (item: number) => boolean,
    weight?: (term: string) => number,
  ): KeywordHit[] {
    const terms = this.#tokenizer.tokenize(query).filter((term) => term && !this.#commonTerms.has(term));
    const score = this.#score;
    const termScore = this.#termScore;
    const quality = this.#quality;
    const queryStamp = this.#queryStamp;
    const termStamp = this.#termStamp;
    const queryId = ++this.#clock;
    /** Documents in the order they were first matched: MiniSearch's order, which breaks ties of score. */
    const matched: number[] = [];
    const touched: number[] = [];
    // Scores: each occurrence's per-document sum over fields is added to the document's total, in MiniSearch's
    // order of additions, so that the floating-point sums are the same.
    for (const term of terms) {
      const postings = this.#postings.get(term);
      if (!postings) continue;
      const boost = weight ? weight(term) : 1;
      const occurrence = ++this.#clock;
      touched.length = 0;
      FIELDS.forEach((field, f) => {
        const list = postings[f];
        if (!list) return;
        const factor = boost * FIELD_BOOST[field];
        for (let i = 0; i < list.items.length; i++) {
          const item = list.items[i] as number;
          const value = factor * (list.scores[i] as number);
          if (termStamp[item] === occurrence) {
            termScore[item] = (termScore[item] as number) + value;
            continue;
          }
          termStamp[item] = occurrence;
          termScore[item] = value;
          touched.push(item);
          if (queryStamp[item] !== queryId) {
            queryStamp[item] = queryId;
            score[item] = 0;
            quality[item] = 0;
            matched.push(item);
          }
        }
      });
      for (const item of touched) score[item] = (score[item] as number) + (termScore[item] as number);
    }
    // Quality: the number of distinct query terms a document has, in either field.
    for (const term of new Set(terms)) {
      const postings = this.#postings.get(term);
      if (!postings) continue;
      const distinct = ++this.#clock;
      for (const list of postings) {
        if (!list) continue;
        for (const item of list.items) {
          if (termStamp[item] === distinct) continue;
          termStamp[item] = distinct;
          quality[item] = (quality[item] as number) + 1;
        }
      }
    }
    const ranked = accept ? matched.filter(accept) : matched;
    for (const item of ranked) score[item] = (score[item] as number) * ((quality[item] as number) || 1);
    // A stable sort of item numbers by score: ties stay in the order first matched.
    ranked.sort((a, b) => (score[b] as number) - (score[a] as number));
    return ranked.slice(0, k).map((item) => ({ item, score: score[item] as number }));
  }
}

/** MiniSearch's BM25+ for one term in one field of one document. */
function bm25Plus(frequency: number, matching: number, total: number, length: number, averageLength: number): number {
  const { k, b, d } = BM25;
  const idf = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
  return idf * (d + (frequency * (k + 1)) / (frequency + k * (1 - b + (b * length) / averageLength)));
}
