import { inject } from "vitest";
import { loadConfig } from "../../src/config.js";
import { loadCorpus } from "../../src/corpus/load-corpus.js";
import { createApp } from "../../src/http/app.js";
import { createRetriever } from "../../src/retrieve/create-retriever.js";

/** The real corpus and the index built by global-setup.ts, opened (not rebuilt) for one test file. */
export async function fullCorpus() {
  const corpus = await loadCorpus();
  const config = loadConfig({}, { INDEX_DIR: inject("indexDir") });
  const rebuilt: string[] = [];
  const retriever = await createRetriever(config, corpus, (line) => rebuilt.push(line));
  if (rebuilt.length > 0) throw new Error(`the shared test index was rebuilt: ${rebuilt.join("; ")}`);
  return { corpus, retriever, app: createApp({ corpus, retriever }) };
}
