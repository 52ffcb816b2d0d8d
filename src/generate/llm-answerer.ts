import type { StreamEvent } from "../domain/answer.js";
import type { Grounding } from "./answer-service.js";
import type { Composed } from "./extractive-answerer.js";

/** Placeholder type until the LLM answerer lands; see the next commit. */
export interface LlmAnswerer {
  stream(grounding: Grounding, fallback: () => Composed): AsyncGenerator<StreamEvent>;
}
