import MiniSearch from "minisearch";
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

/**
 * BM25 over jieba terms, on MiniSearch (BM25+ scoring, field boosts, JSON persistence) with the project's
 * tokenizer plugged in for both indexing and queries.
 */
export class KeywordIndex {
  readonly #search: MiniSearch<KeywordDocument>;

  private constructor(search: MiniSearch<KeywordDocument>) {
    this.#search = search;
  }

  static options(tokenizer: Tokenizer) {
    return {
      fields: ["heading", "text"],
      tokenize: (text: string) => tokenizer.tokenize(text),
      processTerm: (term: string) => term,
      searchOptions: { boost: { heading: 1.5 }, combineWith: "OR" as const },
    };
  }

  static build(documents: readonly KeywordDocument[], tokenizer: Tokenizer): KeywordIndex {
    const search = new MiniSearch<KeywordDocument>(KeywordIndex.options(tokenizer));
    search.addAll([...documents]);
    return new KeywordIndex(search);
  }

  static load(json: string, tokenizer: Tokenizer): KeywordIndex {
    return new KeywordIndex(MiniSearch.loadJSON<KeywordDocument>(json, KeywordIndex.options(tokenizer)));
  }

  toJSON(): string {
    return JSON.stringify(this.#search);
  }

  /** Best first; `accept` filters by item number; `weight` scales a query term's contribution (default 1). */
  search(
    query: string,
    k: number,
    accept?: (item: number) => boolean,
    weight?: (term: string) => number,
  ): KeywordHit[] {
    const filter = accept ? (result: { id: number }) => accept(result.id) : undefined;
    return this.#search
      .search(query, { ...(filter ? { filter } : {}), ...(weight ? { boostTerm: weight } : {}) })
      .slice(0, k)
      .map((result) => ({ item: result.id as number, score: result.score }));
  }
}
