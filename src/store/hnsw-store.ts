import hnswlib from "hnswlib-node";
import { AppError } from "../errors.js";
import type { VectorHit, VectorStore } from "./vector-store.js";

const { HierarchicalNSW } = hnswlib;

/** HNSW parameters: M 16 and efConstruction 200 are hnswlib's recommended defaults; efSearch is raised for recall. */
const M = 16;
const EF_CONSTRUCTION = 200;
const EF_SEARCH = 128;
const RANDOM_SEED = 100;

/**
 * A VectorStore on hnswlib-node's HierarchicalNSW with the cosine space, persisted with its own
 * `writeIndexSync` / `readIndexSync` format.
 */
export class HnswStore implements VectorStore {
  readonly dimensions: number;
  readonly #index: InstanceType<typeof HierarchicalNSW>;

  private constructor(dimensions: number, index: InstanceType<typeof HierarchicalNSW>) {
    this.dimensions = dimensions;
    this.#index = index;
    this.#index.setEf(EF_SEARCH);
  }

  get size(): number {
    return this.#index.getCurrentCount();
  }

  /** Builds an index over `vectors`; item i is `vectors[i]`. */
  static build(vectors: readonly number[][], dimensions: number): HnswStore {
    const index = new HierarchicalNSW("cosine", dimensions);
    index.initIndex(Math.max(vectors.length, 1), M, EF_CONSTRUCTION, RANDOM_SEED);
    vectors.forEach((vector, item) => {
      if (vector.length !== dimensions) {
        throw new AppError("internal", `vector ${item} has ${vector.length} dimensions, expected ${dimensions}`);
      }
      index.addPoint(vector, item);
    });
    return new HnswStore(dimensions, index);
  }

  static load(path: string, dimensions: number): HnswStore {
    const index = new HierarchicalNSW("cosine", dimensions);
    try {
      index.readIndexSync(path);
    } catch (error) {
      throw new AppError("index_unavailable", `cannot read the vector index ${path}: ${(error as Error).message}`);
    }
    return new HnswStore(dimensions, index);
  }

  save(path: string): void {
    this.#index.writeIndexSync(path);
  }

  search(vector: readonly number[], k: number, accept?: (item: number) => boolean): VectorHit[] {
    const count = Math.min(k, this.size);
    if (count === 0) return [];
    const result = accept
      ? this.#index.searchKnn([...vector], count, accept)
      : this.#index.searchKnn([...vector], count);
    return result.neighbors.map((item, i) => ({ item, similarity: 1 - (result.distances[i] ?? 1) }));
  }
}
