import type { Chunk } from "../chunk/chunk.js";
import type { SectionName } from "../domain/book.js";
import type { Case } from "../domain/case.js";
import type { Embedder } from "../embed/embedder.js";
import type { KeywordIndex } from "../store/keyword-index.js";
import type { TermStats } from "../store/term-stats.js";
import type { VectorStore } from "../store/vector-store.js";
import type { Tokenizer } from "../text/tokenizer.js";
import type { Manifest } from "./manifest.js";

/** Everything retrieval needs, loaded once: chunks (item i is chunks[i] in both indexes) and the parts that search them. */
export interface SearchIndex {
  manifest: Manifest;
  chunks: Chunk[];
  cases: Map<string, Case>;
  tokenizer: Tokenizer;
  embedder: Embedder;
  keywords: KeywordIndex;
  /** BM25 over character bigrams of the same chunks (BigramTokenizer). */
  bigrams: KeywordIndex;
  /** BM25 over whole cases (item i is caseIds[i]): ranks cases that are about a theme throughout. */
  caseKeywords: KeywordIndex;
  /**
   * BM25 over character bigrams of whole cases (item i is caseIds[i]): it ranks cases robustly whatever the wording.
   * Loaded on first use (the server warms it right after it starts listening), keeping it out of the cold start.
   */
  caseBigrams: () => Promise<KeywordIndex>;
  caseIds: string[];
  /** The book's preface, as the corpus has it (not indexed): what questions about the book itself are answered from. */
  preface: string;
  termStats: TermStats;
  /** The mean embedding of each section's chunks: what a 案例背景 or a 应用成效 passage looks like. */
  sectionCentroids: Record<SectionName, number[]>;
  vectors: VectorStore;
}

/** The text that is indexed and embedded for a chunk: title, applicants and section name, then the cited text. */
export function indexedText(chunk: Chunk, item: Case): string {
  return `${item.title}｜${item.applicants.join("、")}｜${chunk.section}\n${chunk.text}`;
}

/** The text of a whole case in the case-level keyword index. */
export function caseText(item: Case): string {
  return item.sections.map((section) => section.text).join("\n\n");
}

/** The heading field of a chunk or a case in the keyword indexes. */
export function headingText(item: Case): string {
  return `${item.title} ${item.applicants.join(" ")}`;
}
