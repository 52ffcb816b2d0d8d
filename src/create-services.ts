import type { Config } from "./config.js";
import type { Corpus } from "./domain/case.js";
import { DraftService } from "./draft/draft-service.js";
import type { AnswerService } from "./generate/answer-service.js";
import { createAnswerService } from "./generate/create-answer-service.js";
import { Evidence } from "./generate/evidence.js";
import { createRetriever } from "./retrieve/create-retriever.js";
import type { Retriever } from "./retrieve/retriever.js";
import { SimilarService } from "./similar/similar-service.js";

/**
 * Everything the product runs on, built once from configuration: retrieval over the index (built first when
 * missing or stale), answers, precedents and drafts, with the LLM wherever OPENAI_API_KEY configures one.
 */
export interface Services {
  corpus: Corpus;
  retriever: Retriever;
  answers: AnswerService;
  similar: SimilarService;
  drafts: DraftService;
}

export async function createServices(config: Config, corpus: Corpus, log: (line: string) => void): Promise<Services> {
  const retriever = await createRetriever(config, corpus, log);
  const answers = await createAnswerService(config, retriever, log);
  const similar = new SimilarService(retriever);
  const drafts = await createDraftService(config, retriever, similar, log);
  return { corpus, retriever, answers, similar, drafts };
}

/**
 * The work kept out of the cold start, done soon after it, before most first questions need it: the lazily loaded
 * case-bigram index and the answer caches. A question that comes sooner fills what it needs itself.
 */
export async function warmUp(services: Services): Promise<void> {
  await services.retriever.index.caseBigrams();
  await Evidence.of(services.retriever.index).warm();
}

async function createDraftService(
  config: Config,
  retriever: Services["retriever"],
  similar: SimilarService,
  log: (line: string) => void,
) {
  if (!config.OPENAI_API_KEY) return new DraftService(retriever, similar);
  const [{ OpenAIChatModel }, { loadPrompts }] = await Promise.all([
    import("./generate/openai-chat-model.js"),
    import("./generate/prompts.js"),
  ]);
  const model = new OpenAIChatModel({
    apiKey: config.OPENAI_API_KEY,
    model: config.OPENAI_MODEL,
    baseURL: config.OPENAI_BASE_URL,
  });
  const { draft } = await loadPrompts();
  return new DraftService(retriever, similar, { model, prompt: draft, timeoutMs: config.LLM_TIMEOUT_MS, log });
}
