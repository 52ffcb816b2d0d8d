import { OpenAIEmbeddings } from "@langchain/openai";
import { AppError } from "../errors.js";
import { type Embedder, unitLength } from "./embedder.js";

export interface OpenAIEmbedderOptions {
  apiKey: string;
  model: string;
  /** An OpenAI-compatible server's base URL (…/v1); the OpenAI API when omitted. */
  baseURL?: string | undefined;
  /** The model's output size; read from the server with one probe call when omitted. */
  dimensions?: number;
  maxBatchSize?: number;
  timeoutMs?: number;
}

/**
 * Remote embeddings through LangChain's OpenAIEmbeddings, for any server that speaks POST /v1/embeddings.
 * `create` probes the server once to learn the dimensions, so a misconfigured server fails at start-up.
 */
export class OpenAIEmbedder implements Embedder {
  readonly id: string;
  readonly dimensions: number;
  readonly maxBatchSize: number;
  readonly #client: OpenAIEmbeddings;

  private constructor(client: OpenAIEmbeddings, id: string, dimensions: number, maxBatchSize: number) {
    this.#client = client;
    this.id = id;
    this.dimensions = dimensions;
    this.maxBatchSize = maxBatchSize;
  }

  static async create(options: OpenAIEmbedderOptions): Promise<OpenAIEmbedder> {
    const maxBatchSize = options.maxBatchSize ?? 64;
    const client = new OpenAIEmbeddings({
      apiKey: options.apiKey,
      model: options.model,
      batchSize: maxBatchSize,
      stripNewLines: false,
      maxRetries: 1,
      timeout: options.timeoutMs ?? 30_000,
      configuration: options.baseURL ? { baseURL: options.baseURL } : {},
    });
    const host = options.baseURL ? new URL(options.baseURL).host : "api.openai.com";
    let dimensions = options.dimensions;
    if (dimensions === undefined) {
      const probe = await call(() => client.embedQuery("数据要素"), host);
      dimensions = probe.length;
    }
    return new OpenAIEmbedder(client, `openai:${host}:${options.model}`, dimensions, maxBatchSize);
  }

  async embed(texts: readonly string[]): Promise<number[][]> {
    if (texts.length === 0) return [];
    if (texts.length > this.maxBatchSize) {
      throw new AppError("internal", `embed() takes at most ${this.maxBatchSize} texts; use embedAll()`);
    }
    const vectors = await call(() => this.#client.embedDocuments([...texts]), this.id);
    for (const vector of vectors) {
      if (vector.length !== this.dimensions) {
        throw new AppError(
          "upstream_failed",
          `${this.id} returned ${vector.length} dimensions, expected ${this.dimensions}`,
        );
      }
    }
    return vectors.map(unitLength);
  }
}

async function call<T>(request: () => Promise<T>, where: string): Promise<T> {
  try {
    return await request();
  } catch (error) {
    throw new AppError("upstream_failed", `embeddings request to ${where} failed: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
