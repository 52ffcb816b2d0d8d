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

/**
 * One term's postings: the documents that have it (as item numbers), in MiniSearch's order (those with it in the
 * heading first, then those with it in the text only), and the term's BM25+ score in each field (NaN where absent).
 */
interface Postings {
  items: Int32Array;
  heading: Float64Array;
  text: Float64Array;
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
  readonly #postings: ReadonlyMap<string, Postings>;
  /**
   * Scratch space for one query, reused: each document's score and distinct-term count, and a stamp from a running
   * clock saying which query last touched it.
   */
  readonly #score: Float64Array;
  readonly #quality: Int32Array;
  readonly #queryStamp: Float64Array;
  #clock = 0;

  private constructor(data: AsPlainObject, tokenizer: Tokenizer, commonTerms: ReadonlySet<string>) {
    this.#data = data;
    this.#tokenizer = tokenizer;
    this.#commonTerms = commonTerms;
    const items = Object.values(data.documentIds) as number[];
    const size = Math.max(0, ...items) + 1;
    this.#score = new Float64Array(size);
    this.#quality = new Int32Array(size);
    this.#queryStamp = new Float64Array(size);
    this.#postings = compilePostings(data);
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

  /** The items that contain `term` (a term as the tokenizer emits it), in item order; none when no item does. */
  itemsWith(term: string): ArrayLike<number> {
    return this.#postings.get(term)?.items ?? [];
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
    const quality = this.#quality;
    const queryStamp = this.#queryStamp;
    const queryId = ++this.#clock;
    /** Documents in the order they were first matched: MiniSearch's order, which breaks ties of score. */
    const matched: number[] = [];
    const seen = new Set<string>();
    // Each occurrence adds, per document, its heading and text scores times the fields' boosts, in MiniSearch's
    // order of additions, so that the floating-point sums are the same; a term's first occurrence also counts
    // towards the documents' number of distinct terms.
    for (const term of terms) {
      const postings = this.#postings.get(term);
      if (!postings) continue;
      const boost = weight ? weight(term) : 1;
      const headingFactor = boost * FIELD_BOOST.heading;
      const textFactor = boost * FIELD_BOOST.text;
      const first = !seen.has(term);
      seen.add(term);
      const { items, heading, text } = postings;
      for (let i = 0; i < items.length; i++) {
        const item = items[i] as number;
        const inHeading = heading[i] as number;
        const inText = text[i] as number;
        const value = Number.isNaN(inHeading)
          ? textFactor * inText
          : Number.isNaN(inText)
            ? headingFactor * inHeading
            : headingFactor * inHeading + textFactor * inText;
        if (queryStamp[item] !== queryId) {
          queryStamp[item] = queryId;
          score[item] = value;
          quality[item] = 1;
          matched.push(item);
        } else {
          score[item] = (score[item] as number) + value;
          if (first) quality[item] = (quality[item] as number) + 1;
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

/** Each term's postings, from MiniSearch's serialization: item numbers and BM25+ scores, computed once. */
function compilePostings(data: AsPlainObject): Map<string, Postings> {
  // Per MiniSearch short id: the item number and the field lengths.
  const [headingId, textId] = [data.fieldIds.heading as number, data.fieldIds.text as number];
  const shortIds = Object.keys(data.documentIds).map(Number);
  const count = Math.max(0, ...shortIds) + 1;
  const itemOf = new Int32Array(count);
  const headingLength = new Float64Array(count);
  const textLength = new Float64Array(count);
  for (const short of shortIds) itemOf[short] = data.documentIds[short] as number;
  for (const [short, lengths] of Object.entries(data.fieldLength)) {
    headingLength[Number(short)] = lengths[headingId] ?? 0;
    textLength[Number(short)] = lengths[textId] ?? 0;
  }
  const headingAverage = data.averageFieldLength[headingId] as number;
  const textAverage = data.averageFieldLength[textId] as number;
  const postings = new Map<string, Postings>();
  for (const [term, byField] of data.index) {
    const heading: Record<string, number> = byField[headingId] ?? {};
    const text: Record<string, number> = byField[textId] ?? {};
    const inHeading = Object.keys(heading);
    const inText = Object.keys(text);
    const shorts = inHeading.concat(inText.filter((short) => heading[short] === undefined));
    const compiled: Postings = {
      items: new Int32Array(shorts.length),
      heading: new Float64Array(shorts.length).fill(Number.NaN),
      text: new Float64Array(shorts.length).fill(Number.NaN),
    };
    for (let i = 0; i < shorts.length; i++) {
      const short = Number(shorts[i]);
      const key = shorts[i] as string;
      compiled.items[i] = itemOf[short] as number;
      const h = heading[key];
      const t = text[key];
      if (h !== undefined) {
        compiled.heading[i] = bm25Plus(
          h,
          inHeading.length,
          data.documentCount,
          headingLength[short] as number,
          headingAverage,
        );
      }
      if (t !== undefined) {
        compiled.text[i] = bm25Plus(t, inText.length, data.documentCount, textLength[short] as number, textAverage);
      }
    }
    postings.set(term, compiled);
  }
  return postings;
}

/** MiniSearch's BM25+ for one term in one field of one document. */
function bm25Plus(frequency: number, matching: number, total: number, length: number, averageLength: number): number {
  const { k, b, d } = BM25;
  const idf = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
  return idf * (d + (frequency * (k + 1)) / (frequency + k * (1 - b + (b * length) / averageLength)));
}
