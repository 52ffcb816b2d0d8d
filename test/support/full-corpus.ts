import { inject } from "vitest";
import { loadConfig } from "../../src/config.js";
import { loadCorpus } from "../../src/corpus/load-corpus.js";
import { DraftService } from "../../src/draft/draft-service.js";
import { AnswerService } from "../../src/generate/answer-service.js";
import { createApp } from "../../src/http/app.js";
import { createRetriever } from "../../src/retrieve/create-retriever.js";
import { SimilarService } from "../../src/similar/similar-service.js";

/** The real corpus and the index built by global-setup.ts, opened (not rebuilt) for one test file. */
export async function fullCorpus() {
  const corpus = await loadCorpus();
  const config = loadConfig({}, { INDEX_DIR: inject("indexDir") });
  const rebuilt: string[] = [];
  const retriever = await createRetriever(config, corpus, (line) => rebuilt.push(line));
  if (rebuilt.length > 0) throw new Error(`the shared test index was rebuilt: ${rebuilt.join("; ")}`);
  const answers = new AnswerService(retriever);
  const similar = new SimilarService(retriever);
  const drafts = new DraftService(retriever, similar);
  const services = { corpus, retriever, answers, similar, drafts };
  return { ...services, app: createApp(services) };
}
