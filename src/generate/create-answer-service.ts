import type { Config } from "../config.js";
import type { Retriever } from "../retrieve/retriever.js";
import { AnswerService } from "./answer-service.js";
import { LlmAnswerer } from "./llm-answerer.js";

/** The answer service the configuration asks for: with the LLM when OPENAI_API_KEY is set, extractive otherwise. */
export async function createAnswerService(
  config: Config,
  retriever: Retriever,
  log: (line: string) => void,
): Promise<AnswerService> {
  if (!config.OPENAI_API_KEY) return new AnswerService(retriever);
  // LangChain is loaded only when configured: it costs about half a second of start-up.
  const [{ OpenAIChatModel }, { loadPrompts }] = await Promise.all([
    import("./openai-chat-model.js"),
    import("./prompts.js"),
  ]);
  const model = new OpenAIChatModel({
    apiKey: config.OPENAI_API_KEY,
    model: config.OPENAI_MODEL,
    baseURL: config.OPENAI_BASE_URL,
  });
  const llm = new LlmAnswerer(model, await loadPrompts(), { timeoutMs: config.LLM_TIMEOUT_MS, log });
  log(`answers: LLM ${model.id}, extractive fallback after ${config.LLM_TIMEOUT_MS} ms`);
  return new AnswerService(retriever, llm);
}
