/**
 * Turns texts into vectors. Implementations: lsa-embedder.ts (offline default, fitted on the corpus) and
 * openai-embedder.ts (any OpenAI-compatible /v1/embeddings server). Vectors are unit length.
 */
export interface Embedder {
  /** Names the model and its parameters; the index manifest records it and rebuilds when it changes. */
  readonly id: string;
  readonly dimensions: number;
  /** The most texts one `embed` call accepts. */
  readonly maxBatchSize: number;
  embed(texts: readonly string[]): Promise<number[][]>;
}

/**
 * Embeds any number of texts in batches of the embedder's `maxBatchSize`: the one place batching lives.
 * `onProgress` is told how many are done after each batch.
 */
export async function embedAll(
  embedder: Embedder,
  texts: readonly string[],
  onProgress: (done: number, total: number) => void = () => {},
): Promise<number[][]> {
  const vectors: number[][] = [];
  for (let start = 0; start < texts.length; start += embedder.maxBatchSize) {
    const batch = texts.slice(start, start + embedder.maxBatchSize);
    vectors.push(...(await embedder.embed(batch)));
    onProgress(vectors.length, texts.length);
  }
  return vectors;
}

/** Scales a vector to unit length (a zero vector stays zero). */
export function unitLength(vector: readonly number[]): number[] {
  const norm = Math.hypot(...vector);
  return norm === 0 ? [...vector] : vector.map((value) => value / norm);
}
