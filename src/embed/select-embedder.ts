import type { Config } from "../config.js";
import type { EmbedderSource } from "../indexing/build-index.js";
import { DEFAULT_LSA_OPTIONS, LsaEmbedder, lsaEmbedderId } from "./lsa-embedder.js";

/** The embedder the configuration asks for: the local LSA model (default) or an OpenAI-compatible server. */
export async function selectEmbedder(config: Config): Promise<EmbedderSource> {
  if (config.EMBEDDINGS_PROVIDER === "openai") {
    // LangChain is loaded only when configured: it costs about half a second of start-up.
    const { OpenAIEmbedder } = await import("./openai-embedder.js");
    const embedder = await OpenAIEmbedder.create({
      apiKey: config.OPENAI_API_KEY ?? "",
      model: config.EMBEDDINGS_MODEL,
      baseURL: config.OPENAI_BASE_URL,
    });
    return { kind: "remote", embedder };
  }
  return {
    kind: "local",
    id: lsaEmbedderId(DEFAULT_LSA_OPTIONS),
    fit: (texts, tokenizer) => LsaEmbedder.fit(texts, tokenizer, DEFAULT_LSA_OPTIONS),
  };
}
