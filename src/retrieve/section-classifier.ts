import { SECTION_NAMES, type SectionName } from "../domain/book.js";
import type { SearchIndex } from "../indexing/search-index.js";

/**
 * Places sentences in the section of the book they read like: the section whose centroid (mean chunk
 * embedding) is nearest. On the book's own sentences this agrees with the book about four times in five.
 */
export async function classifySections(index: SearchIndex, sentences: readonly string[]): Promise<SectionName[]> {
  if (sentences.length === 0) return [];
  const vectors: number[][] = [];
  for (let start = 0; start < sentences.length; start += index.embedder.maxBatchSize) {
    vectors.push(...(await index.embedder.embed(sentences.slice(start, start + index.embedder.maxBatchSize))));
  }
  return vectors.map((vector) => {
    let best: SectionName = "解决方案";
    let bestSimilarity = Number.NEGATIVE_INFINITY;
    for (const name of SECTION_NAMES) {
      const centroid = index.sectionCentroids[name];
      const similarity = vector.reduce((sum, value, i) => sum + value * (centroid[i] ?? 0), 0);
      if (similarity > bestSimilarity) {
        bestSimilarity = similarity;
        best = name;
      }
    }
    return best;
  });
}
