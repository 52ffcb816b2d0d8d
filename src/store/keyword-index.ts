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
  readonly #commonTerms: ReadonlySet<string>;

  private constructor(search: MiniSearch<KeywordDocument>, commonTerms: ReadonlySet<string>) {
    this.#search = search;
    this.#commonTerms = commonTerms;
  }

  /**
   * MiniSearch options. Terms in more than half the documents are left out of the index and of queries: their
   * idf is near zero, and every query that has one ("数据", "平台") would otherwise score every document.
   */
  static options(tokenizer: Tokenizer, commonTerms: ReadonlySet<string>) {
    return {
      fields: ["heading", "text"],
      tokenize: (text: string) => tokenizer.tokenize(text),
      processTerm: (term: string) => (commonTerms.has(term) ? null : term),
      searchOptions: { boost: { heading: 1.5 }, combineWith: "OR" as const },
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
    return new KeywordIndex(search, common);
  }

  static load(json: string, tokenizer: Tokenizer): KeywordIndex {
    const { commonTerms, index } = JSON.parse(json) as { commonTerms: string[]; index: unknown };
    const common = new Set(commonTerms);
    const search = MiniSearch.loadJS<KeywordDocument>(index as never, KeywordIndex.options(tokenizer, common));
    return new KeywordIndex(search, common);
  }

  toJSON(): string {
    return JSON.stringify({ commonTerms: [...this.#commonTerms].sort(), index: this.#search });
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
