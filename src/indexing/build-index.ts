import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Chunk } from "../chunk/chunk.js";
import { chunkCase } from "../chunk/chunk-case.js";
import { SECTION_NAMES, type SectionName } from "../domain/book.js";
import type { Corpus } from "../domain/case.js";
import { type Embedder, embedAll, unitLength } from "../embed/embedder.js";
import { LsaEmbedder } from "../embed/lsa-embedder.js";
import { AppError } from "../errors.js";
import { HnswStore } from "../store/hnsw-store.js";
import { KeywordIndex } from "../store/keyword-index.js";
import { TermStats } from "../store/term-stats.js";
import { BigramTokenizer } from "../text/bigram-tokenizer.js";
import type { Tokenizer } from "../text/tokenizer.js";
import { INDEX_FORMAT_VERSION, type Manifest, writeManifest } from "./manifest.js";
import { caseText, headingText, indexedText, type SearchIndex } from "./search-index.js";

/** How the embedder of a build is obtained: fitted on the chunks (LSA) or a ready remote one. */
export type EmbedderSource =
  | { kind: "local"; id: string; fit: (texts: readonly string[], tokenizer: Tokenizer) => LsaEmbedder }
  | { kind: "remote"; embedder: Embedder };

export interface BuildOptions {
  corpus: Corpus;
  tokenizer: Tokenizer;
  embedder: EmbedderSource;
  directory: string;
  /** Told what stage the build is at, and how far. */
  onProgress?: (stage: string, done: number, total: number) => void;
  now?: () => Date;
}

/** The files of an index directory besides manifest.json and the LSA model: written by buildIndex, read by loadIndex. */
const INDEX_FILES = {
  chunks: "chunks.json",
  keywords: "keywords.json",
  bigrams: "bigrams.json",
  caseKeywords: "case-keywords.json",
  caseBigrams: "case-bigrams.json",
  termStats: "term-stats.json",
  sectionCentroids: "section-centroids.json",
  vectors: "vectors.hnsw",
} as const;

/** A stable digest of the corpus content: the manifest compares it to know whether the index is current. */
export function corpusDigest(corpus: Corpus): string {
  return createHash("sha256").update(JSON.stringify(corpus.cases)).digest("hex");
}

/** Chunks the corpus, fits or calls the embedder, builds BM25 and HNSW, and writes everything to `directory`. */
export async function buildIndex(options: BuildOptions): Promise<SearchIndex> {
  const started = performance.now();
  const progress = options.onProgress ?? (() => {});
  const { corpus, tokenizer, directory } = options;
  const cases = new Map(corpus.cases.map((item) => [item.caseId, item]));
  const chunks: Chunk[] = corpus.cases.flatMap((item) => chunkCase(item));
  const texts = chunks.map((chunk) =>
    indexedText(chunk, cases.get(chunk.caseId) as NonNullable<ReturnType<typeof cases.get>>),
  );
  progress("chunk", chunks.length, chunks.length);

  const keywords = KeywordIndex.build(
    chunks.map((chunk, id) => ({ id, heading: headingText(cases.get(chunk.caseId) as never), text: chunk.text })),
    tokenizer,
  );
  const bigrams = KeywordIndex.build(
    chunks.map((chunk, id) => ({ id, heading: headingText(cases.get(chunk.caseId) as never), text: chunk.text })),
    new BigramTokenizer(),
  );
  const caseIds = corpus.cases.map((item) => item.caseId);
  const caseKeywords = KeywordIndex.build(
    corpus.cases.map((item, id) => ({ id, heading: headingText(item), text: caseText(item) })),
    tokenizer,
  );
  const caseBigrams = KeywordIndex.build(
    corpus.cases.map((item, id) => ({ id, heading: headingText(item), text: caseText(item) })),
    new BigramTokenizer(),
  );
  const termStats = TermStats.build(
    corpus.cases.map((item) => `${headingText(item)}\n${caseText(item)}`),
    tokenizer,
  );
  progress("bm25", chunks.length, chunks.length);

  let embedder: Embedder;
  if (options.embedder.kind === "local") {
    progress("fit", 0, 1);
    embedder = options.embedder.fit(texts, tokenizer);
    if (embedder.id !== options.embedder.id) {
      throw new AppError("internal", `fitted embedder ${embedder.id} does not match its source ${options.embedder.id}`);
    }
    progress("fit", 1, 1);
  } else {
    embedder = options.embedder.embedder;
  }
  const vectors = await embedAll(embedder, texts, (done, total) => progress("embed", done, total));
  const store = HnswStore.build(vectors, embedder.dimensions);
  const sectionCentroids = centroids(chunks, vectors, embedder.dimensions);
  progress("hnsw", chunks.length, chunks.length);

  await mkdir(directory, { recursive: true });
  if (embedder instanceof LsaEmbedder) await embedder.save(directory);
  store.save(join(directory, INDEX_FILES.vectors));
  await writeFile(join(directory, INDEX_FILES.chunks), JSON.stringify(chunks));
  await writeFile(join(directory, INDEX_FILES.keywords), keywords.toJSON());
  await writeFile(join(directory, INDEX_FILES.bigrams), bigrams.toJSON());
  await writeFile(join(directory, INDEX_FILES.caseKeywords), caseKeywords.toJSON());
  await writeFile(join(directory, INDEX_FILES.caseBigrams), caseBigrams.toJSON());
  await writeFile(join(directory, INDEX_FILES.termStats), termStats.toJSON());
  await writeFile(join(directory, INDEX_FILES.sectionCentroids), JSON.stringify(sectionCentroids));
  const manifest: Manifest = {
    formatVersion: INDEX_FORMAT_VERSION,
    corpusSha256: corpusDigest(corpus),
    embedderId: embedder.id,
    tokenizerId: tokenizer.id,
    dimensions: embedder.dimensions,
    chunkCount: chunks.length,
    builtAt: (options.now ?? (() => new Date()))().toISOString(),
    buildMs: Math.round(performance.now() - started),
  };
  await writeManifest(directory, manifest);
  return {
    manifest,
    chunks,
    cases,
    caseIds,
    preface: corpus.preface,
    termStats,
    sectionCentroids,
    tokenizer,
    embedder,
    keywords,
    bigrams,
    caseKeywords,
    caseBigrams: async () => caseBigrams,
    vectors: store,
  };
}

/** Loads an index written by buildIndex; the caller has checked the manifest. */
export async function loadIndex(
  directory: string,
  manifest: Manifest,
  corpus: Corpus,
  tokenizer: Tokenizer,
  embedder: EmbedderSource,
): Promise<SearchIndex> {
  const chunks = JSON.parse(await readFile(join(directory, INDEX_FILES.chunks), "utf8")) as Chunk[];
  const keywords = KeywordIndex.load(await readFile(join(directory, INDEX_FILES.keywords), "utf8"), tokenizer);
  const caseKeywords = KeywordIndex.load(await readFile(join(directory, INDEX_FILES.caseKeywords), "utf8"), tokenizer);
  const bigramTokenizer = new BigramTokenizer();
  const bigrams = KeywordIndex.load(await readFile(join(directory, INDEX_FILES.bigrams), "utf8"), bigramTokenizer);
  let caseBigrams: Promise<KeywordIndex> | undefined;
  const loadCaseBigrams = () => {
    caseBigrams ??= readFile(join(directory, INDEX_FILES.caseBigrams), "utf8").then((json) =>
      KeywordIndex.load(json, bigramTokenizer),
    );
    return caseBigrams;
  };
  const loaded = embedder.kind === "local" ? await LsaEmbedder.load(directory, tokenizer) : embedder.embedder;
  const vectors = HnswStore.load(join(directory, INDEX_FILES.vectors), manifest.dimensions);
  const cases = new Map(corpus.cases.map((item) => [item.caseId, item]));
  const caseIds = corpus.cases.map((item) => item.caseId);
  const termStats = TermStats.fromJSON(await readFile(join(directory, INDEX_FILES.termStats), "utf8"));
  const sectionCentroids = JSON.parse(await readFile(join(directory, INDEX_FILES.sectionCentroids), "utf8")) as Record<
    SectionName,
    number[]
  >;
  return {
    manifest,
    chunks,
    cases,
    caseIds,
    preface: corpus.preface,
    termStats,
    sectionCentroids,
    tokenizer,
    embedder: loaded,
    keywords,
    bigrams,
    caseKeywords,
    caseBigrams: loadCaseBigrams,
    vectors,
  };
}

/** The unit-length mean vector of each section's chunks. */
function centroids(chunks: readonly Chunk[], vectors: readonly number[][], dimensions: number) {
  const sums = Object.fromEntries(SECTION_NAMES.map((name) => [name, new Array<number>(dimensions).fill(0)])) as Record<
    SectionName,
    number[]
  >;
  chunks.forEach((chunk, i) => {
    const sum = sums[chunk.section];
    (vectors[i] ?? []).forEach((value, d) => {
      sum[d] = (sum[d] ?? 0) + value;
    });
  });
  return Object.fromEntries(SECTION_NAMES.map((name) => [name, unitLength(sums[name])])) as Record<
    SectionName,
    number[]
  >;
}
