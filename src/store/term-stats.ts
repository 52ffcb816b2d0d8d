import type { Tokenizer } from "../text/tokenizer.js";

/**
 * Case-level document frequencies of the tokenizer's terms: how many of the book's cases use a term. Tells how
 * distinctive a question's words are, and whether the book uses them at all.
 */
export class TermStats {
  readonly documentCount: number;
  readonly #frequencies: Map<string, number>;

  constructor(documentCount: number, frequencies: Map<string, number>) {
    this.documentCount = documentCount;
    this.#frequencies = frequencies;
  }

  static build(documents: readonly string[], tokenizer: Tokenizer): TermStats {
    const frequencies = new Map<string, number>();
    for (const document of documents) {
      for (const term of new Set(tokenizer.tokenize(document))) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
    }
    return new TermStats(documents.length, frequencies);
  }

  static fromJSON(json: string): TermStats {
    const data = JSON.parse(json) as { documentCount: number; frequencies: Record<string, number> };
    return new TermStats(data.documentCount, new Map(Object.entries(data.frequencies)));
  }

  toJSON(): string {
    return JSON.stringify({ documentCount: this.documentCount, frequencies: Object.fromEntries(this.#frequencies) });
  }

  documentFrequency(term: string): number {
    return this.#frequencies.get(term) ?? 0;
  }

  /** Smoothed inverse document frequency: high for rare terms, highest for terms the book never uses. */
  idf(term: string): number {
    return Math.log((this.documentCount + 1) / (this.documentFrequency(term) + 0.5));
  }
}
