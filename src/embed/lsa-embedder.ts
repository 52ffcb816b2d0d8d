import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { EigenvalueDecomposition, Matrix, QrDecomposition } from "ml-matrix";
import { AppError } from "../errors.js";
import type { Tokenizer } from "../text/tokenizer.js";
import { type Embedder, unitLength } from "./embedder.js";
import { features, type SparseVector, tfidfVector } from "./tfidf.js";

export interface LsaOptions {
  /** Target dimensions (fewer when the corpus is too small to support them). */
  dimensions: number;
  /** A term must occur in this many texts to enter the vocabulary. */
  minDocumentFrequency: number;
  seed: number;
}

export const DEFAULT_LSA_OPTIONS: LsaOptions = { dimensions: 256, minDocumentFrequency: 2, seed: 20240101 };

/** The id an LSA embedder with these options has: the index manifest compares it before any fitting. */
export function lsaEmbedderId(options: LsaOptions = DEFAULT_LSA_OPTIONS): string {
  return `lsa-v1-k${options.dimensions}-df${options.minDocumentFrequency}`;
}

/**
 * The offline default embedder: latent semantic analysis fitted on the corpus at index time. Texts become TF-IDF
 * vectors over jieba terms and character bigrams, projected onto the top singular vectors of the corpus's
 * term-document matrix (a randomized SVD computed with ml-matrix's QR and symmetric eigendecomposition).
 * Deterministic: the same corpus and options give the same model. Needs no download.
 */
export class LsaEmbedder implements Embedder {
  readonly id: string;
  readonly dimensions: number;
  readonly maxBatchSize = 256;
  readonly #tokenizer: Tokenizer;
  readonly #vocabulary: Map<string, number>;
  readonly #idf: Float64Array;
  /** Term-major projection matrix: row t (dimensions values) is term t's coordinates. */
  readonly #components: Float32Array;

  private constructor(
    id: string,
    tokenizer: Tokenizer,
    vocabulary: string[],
    idf: Float64Array,
    components: Float32Array,
  ) {
    this.id = id;
    this.#tokenizer = tokenizer;
    this.#vocabulary = new Map(vocabulary.map((term, index) => [term, index]));
    this.#idf = idf;
    this.#components = components;
    this.dimensions = vocabulary.length === 0 ? 0 : components.length / vocabulary.length;
  }

  /** Fits the model on `texts` (the indexed chunk texts). */
  static fit(texts: readonly string[], tokenizer: Tokenizer, options: LsaOptions = DEFAULT_LSA_OPTIONS): LsaEmbedder {
    const documents = texts.map((text) => features(text, tokenizer));
    const documentFrequency = new Map<string, number>();
    for (const terms of documents)
      for (const term of new Set(terms)) {
        documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
      }
    const minimum = texts.length < 50 ? 1 : options.minDocumentFrequency;
    const vocabulary = [...documentFrequency]
      .filter(([, df]) => df >= minimum)
      .map(([term]) => term)
      .sort();
    const index = new Map(vocabulary.map((term, i) => [term, i]));
    const n = texts.length;
    const idf = Float64Array.from(
      vocabulary,
      (term) => Math.log((n + 1) / ((documentFrequency.get(term) ?? 0) + 1)) + 1,
    );
    const rows = documents.map((terms) => tfidfVector(terms, index, idf));
    const components = projection(rows, vocabulary.length, options);
    return new LsaEmbedder(lsaEmbedderId(options), tokenizer, vocabulary, idf, components);
  }

  /** Saves the model as `lsa.json` (vocabulary, idf) and `lsa-components.f32` in `directory`. */
  async save(directory: string): Promise<void> {
    const vocabulary = [...this.#vocabulary.keys()];
    const model = { id: this.id, dimensions: this.dimensions, vocabulary, idf: [...this.#idf] };
    await writeFile(join(directory, "lsa.json"), JSON.stringify(model));
    await writeFile(join(directory, "lsa-components.f32"), Buffer.from(this.#components.buffer));
  }

  static async load(directory: string, tokenizer: Tokenizer): Promise<LsaEmbedder> {
    try {
      const model = JSON.parse(await readFile(join(directory, "lsa.json"), "utf8")) as {
        id: string;
        vocabulary: string[];
        idf: number[];
      };
      const bytes = await readFile(join(directory, "lsa-components.f32"));
      const components = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4).slice();
      return new LsaEmbedder(model.id, tokenizer, model.vocabulary, Float64Array.from(model.idf), components);
    } catch (error) {
      throw new AppError("index_unavailable", `cannot read the LSA model in ${directory}: ${(error as Error).message}`);
    }
  }

  async embed(texts: readonly string[]): Promise<number[][]> {
    return texts.map((text) =>
      this.#project(tfidfVector(features(text, this.#tokenizer), this.#vocabulary, this.#idf)),
    );
  }

  #project(vector: SparseVector): number[] {
    const dimensions = this.dimensions;
    const components = this.#components;
    const out = new Float64Array(dimensions);
    vector.indexes.forEach((term, i) => {
      const weight = vector.values[i] ?? 0;
      const offset = term * dimensions;
      for (let d = 0; d < dimensions; d++) out[d] = (out[d] as number) + weight * (components[offset + d] as number);
    });
    return unitLength(Array.from(out));
  }
}

/**
 * Randomized SVD through the document Gram matrix G = A·Aᵀ (documents are far fewer than terms): a seeded Gaussian
 * range finder with two power iterations, then an exact eigendecomposition of the small projected matrix.
 * Returns V·Σ⁻¹ scaled so that projecting a training document gives its row of U·Σ.
 */
function projection(rows: readonly SparseVector[], termCount: number, options: LsaOptions): Float32Array {
  const n = rows.length;
  const gram = gramMatrix(rows, termCount);
  const oversampled = Math.min(options.dimensions + 10, n);
  const random = gaussian(options.seed);
  let basis = new QrDecomposition(
    gram.mmul(Matrix.from1DArray(n, oversampled, Array.from({ length: n * oversampled }, random))),
  ).orthogonalMatrix;
  for (let i = 0; i < 2; i++) basis = new QrDecomposition(gram.mmul(basis)).orthogonalMatrix;
  const small = basis.transpose().mmul(gram).mmul(basis);
  const eigen = new EigenvalueDecomposition(small, { assumeSymmetric: true });
  const order = eigen.realEigenvalues
    .map((value, i) => ({ value, i }))
    .filter((entry) => entry.value > 1e-9)
    .sort((a, b) => b.value - a.value)
    .slice(0, options.dimensions);
  const k = order.length;
  const u = basis.mmul(eigen.eigenvectorMatrix.subMatrixColumn(order.map((entry) => entry.i)));
  const sigma = order.map((entry) => Math.sqrt(entry.value));
  const components = new Float32Array(termCount * k);
  rows.forEach((row, doc) => {
    row.indexes.forEach((term, i) => {
      const value = row.values[i] ?? 0;
      for (let d = 0; d < k; d++)
        components[term * k + d] = (components[term * k + d] ?? 0) + (value * u.get(doc, d)) / (sigma[d] ?? 1);
    });
  });
  return components;
}

function gramMatrix(rows: readonly SparseVector[], termCount: number): Matrix {
  const postings: Array<Array<[number, number]>> = Array.from({ length: termCount }, () => []);
  rows.forEach((row, doc) => {
    row.indexes.forEach((term, i) => {
      postings[term]?.push([doc, row.values[i] ?? 0]);
    });
  });
  const n = rows.length;
  const gram = new Float64Array(n * n);
  for (const list of postings) {
    for (let a = 0; a < list.length; a++) {
      const [i, vi] = list[a] as [number, number];
      for (let b = a; b < list.length; b++) {
        const [j, vj] = list[b] as [number, number];
        gram[i * n + j] = (gram[i * n + j] ?? 0) + vi * vj;
      }
    }
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) gram[i * n + j] = gram[j * n + i] ?? 0;
  return Matrix.from1DArray(n, n, gram);
}

/** Seeded standard normal numbers (mulberry32 + Box–Muller), so the fit is reproducible. */
function gaussian(seed: number): () => number {
  let state = seed >>> 0;
  const uniform = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(uniform() || 1e-12)) * Math.cos(2 * Math.PI * uniform());
}
