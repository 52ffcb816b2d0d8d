import type { Config } from "../config.js";
import type { Retriever } from "../retrieve/retriever.js";
import { AnswerService } from "./answer-service.js";

/** The answer service the configuration asks for: with the LLM when OPENAI_API_KEY is set, extractive otherwise. */
export function createAnswerService(
  _config: Config,
  retriever: Retriever,
  _log: (line: string) => void,
): AnswerService {
  return new AnswerService(retriever);
}
