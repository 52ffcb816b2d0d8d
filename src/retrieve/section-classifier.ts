import { SECTION_NAMES, type SectionName } from "../domain/book.js";
import type { SearchIndex } from "../indexing/search-index.js";

/**
 * How much each sentence reads like each section of the book: its embedding's similarity to the section's centroid
 * (the mean embedding of the section's chunks).
 */
export async function sectionSimilarities(
  index: SearchIndex,
  sentences: readonly string[],
): Promise<Array<Record<SectionName, number>>> {
  const vectors: number[][] = [];
  for (let start = 0; start < sentences.length; start += index.embedder.maxBatchSize) {
    vectors.push(...(await index.embedder.embed(sentences.slice(start, start + index.embedder.maxBatchSize))));
  }
  return vectors.map(
    (vector) =>
      Object.fromEntries(
        SECTION_NAMES.map((name) => {
          const centroid = index.sectionCentroids[name];
          return [name, vector.reduce((sum, value, i) => sum + value * (centroid[i] ?? 0), 0)];
        }),
      ) as Record<SectionName, number>,
  );
}

/**
 * Places sentences in the section of the book they read like: the section whose centroid is nearest. On the book's
 * own sentences this agrees with the book about four times in five.
 */
export async function classifySections(index: SearchIndex, sentences: readonly string[]): Promise<SectionName[]> {
  return (await sectionSimilarities(index, sentences)).map((similarity) => nearest(similarity));
}

/** The section a sentence is most similar to (解决方案 when it is similar to none). */
export function nearest(similarity: Record<SectionName, number>): SectionName {
  let best: SectionName = "解决方案";
  let bestSimilarity = Number.NEGATIVE_INFINITY;
  for (const name of SECTION_NAMES) {
    if ((similarity[name] as number) > bestSimilarity) {
      bestSimilarity = similarity[name] as number;
      best = name;
    }
  }
  return best;
}
