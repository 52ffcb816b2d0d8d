import type { Tokenizer } from "../text/tokenizer.js";
import { normalize } from "../text/tokenizer.js";

/** A sparse vector: parallel arrays of term indexes (ascending) and weights. */
export interface SparseVector {
  indexes: number[];
  values: number[];
}

const CJK_RUN = /[\u4e00-\u9fff]+/g;

/**
 * The features of a text: the tokenizer's terms plus the character bigrams of its Chinese runs, which catch the
 * words a segmenter cut differently in a question and in the book.
 */
export function features(text: string, tokenizer: Tokenizer): string[] {
  const terms = tokenizer.tokenize(text);
  for (const run of normalize(text).match(CJK_RUN) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) terms.push(`²${run.slice(i, i + 2)}`);
  }
  return terms;
}

/** Sub-linear term frequency times idf, scaled to unit length; terms outside the vocabulary are dropped. */
export function tfidfVector(
  terms: readonly string[],
  vocabulary: ReadonlyMap<string, number>,
  idf: ArrayLike<number>,
): SparseVector {
  const counts = new Map<number, number>();
  for (const term of terms) {
    const index = vocabulary.get(term);
    if (index !== undefined) counts.set(index, (counts.get(index) ?? 0) + 1);
  }
  const indexes = [...counts.keys()].sort((a, b) => a - b);
  const values = indexes.map((index) => (1 + Math.log(counts.get(index) ?? 1)) * (idf[index] ?? 0));
  const norm = Math.hypot(...values) || 1;
  return { indexes, values: values.map((value) => value / norm) };
}
