/** Nearest-neighbour search over unit vectors. Implementation: hnsw-store.ts (hnswlib-node). */
export interface VectorStore {
  readonly dimensions: number;
  readonly size: number;
  /** The `k` nearest items (by cosine similarity, best first); `accept` filters by item number. */
  search(vector: readonly number[], k: number, accept?: (item: number) => boolean): VectorHit[];
}

export interface VectorHit {
  /** The item's number: its position in the list the store was built from. */
  item: number;
  /** Cosine similarity, 1 for the same direction. */
  similarity: number;
}
