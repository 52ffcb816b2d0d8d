import type { StreamEvent, Turn } from "../domain/answer.js";
import type { Grounding } from "./answer-service.js";
import { type ChatModel, complete } from "./chat-model.js";
import { CitationList, MarkerFilter, markersIn } from "./citations.js";
import type { Composed } from "./extractive-answerer.js";
import type { Prompts } from "./prompts.js";
import { type Missing, refusalAnswer } from "./refusal.js";

/** What stands in when the model fails: the extractive answer, which may be its refusal (a figure or name missing). */
export type Fallback = Composed & { refused: boolean };

/** The model's word for "these passages do not answer the question" (prompts/answer.md, rule 5). */
const CANNOT_ANSWER = "【无法回答】";

/** What the offline checks found missing, as the model is told it (prompts/answer.md, `{checks}`). */
const MISSING_NOTE: Record<Missing, string> = {
  figure: "问题所问的这个数字",
  name: "问题所问的具体名称",
  reason: "问题所问的原因",
  choice: "问题列出的任何一个选项",
  stated: "问题里提到的数字",
  named: "问题里提到的名称",
  place: "问题里提到的地方",
};

/** "哪个案例…最大？": the passages are a few cases, not the book, and the book ranks none of them. */
const COMPARING_NOTE =
  "7. 比较提示：案例集没有对各案例做排名或比较。只列出下面段落中各案例写明的相关数字，并说明这只是这些段落之间的比较；不要断言哪个案例在全书中最大、最多或最高。";

/**
 * A note for the model when the offline checks did not find in the best case what the question asks for: the model
 * reads the passages itself and decides, but is pointed at the gap; or, for a question asking which case is the most
 * of something, that the passages are not the whole book.
 */
function checksNote(grounding: Grounding): string {
  if (grounding.comparing) return COMPARING_NOTE;
  const top = grounding.cases[0]?.case.title;
  if (!grounding.missing || !top) return "";
  const what = grounding.absent ? `（${grounding.absent}）` : "";
  return `7. 核对提示：自动核对没有在最相关的案例《${top}》中找到${MISSING_NOTE[grounding.missing]}${what}。除非下面的段落确实写明了它，否则只输出“${CANNOT_ANSWER}”。`;
}

/**
 * The LLM answerer: the model sees the retrieved passages, numbered, and must cite them by number. Markers that
 * name no passage are removed as they stream. When the model fails, times out or returns something unusable, the
 * extractive answer replaces it (`answer-reset`, then `degraded: true`), checks and all; the user never gets a 500.
 */
export class LlmAnswerer {
  readonly #model: ChatModel;
  readonly #prompts: Prompts;
  readonly #timeoutMs: number;
  readonly #log: (line: string) => void;

  constructor(model: ChatModel, prompts: Prompts, options: { timeoutMs: number; log?: (line: string) => void }) {
    this.#model = model;
    this.#prompts = prompts;
    this.#timeoutMs = options.timeoutMs;
    this.#log = options.log ?? (() => {});
  }

  /** Rewrites a follow-up into a standalone question; undefined when the model fails (rules take over). */
  async condense(question: string, history: readonly Turn[]): Promise<string | undefined> {
    const transcript = history
      .slice(-8)
      .map((turn) => `${turn.role === "user" ? "用户" : "助手"}：${turn.content.slice(0, 600)}`)
      .join("\n");
    try {
      const prompt = await this.#prompts.condense.format({ history: transcript, question });
      const text = await complete(
        this.#model,
        [{ role: "user", content: prompt }],
        AbortSignal.timeout(this.#timeoutMs),
      );
      const standalone = text.trim().split("\n")[0]?.trim() ?? "";
      return standalone.length >= 2 && standalone.length <= 500 ? standalone : undefined;
    } catch (error) {
      this.#log(`condense failed, using the rule-based follow-up: ${(error as Error).message}`);
      return undefined;
    }
  }

  async *stream(grounding: Grounding, fallback: () => Fallback): AsyncGenerator<StreamEvent> {
    const citations = new CitationList();
    const passages = grounding.chunks.map((hit) => {
      const id = citations.cite(hit.chunk, hit.case);
      return `[${id}] 《${hit.case.title}》（申报单位：${hit.case.applicants.join("、")}；${hit.chunk.section}）\n${hit.chunk.text}`;
    });
    const known = new Set(citations.list().map((citation) => citation.id));
    yield { type: "citations", citations: citations.list() };

    const system = await this.#prompts.answer.format({
      passages: passages.join("\n\n"),
      checks: checksNote(grounding),
    });
    const messages = [
      { role: "system" as const, content: system },
      ...grounding.history.slice(-6).map((turn) => ({ role: turn.role, content: turn.content.slice(0, 2000) })),
      { role: "user" as const, content: grounding.question },
    ];
    const filter = new MarkerFilter(known);
    let head = "";
    let emitted = "";
    let started = false;
    try {
      for await (const piece of this.#model.stream(messages, AbortSignal.timeout(this.#timeoutMs))) {
        if (!started) {
          // Hold the first characters back until it is clear the model is not declining to answer.
          head += piece;
          if (head.length < CANNOT_ANSWER.length && CANNOT_ANSWER.startsWith(head.trim())) continue;
          started = true;
          if (head.trim().startsWith(CANNOT_ANSWER)) break;
          const text = filter.push(head);
          emitted += text;
          if (text) yield { type: "answer-delta", text };
          continue;
        }
        const text = filter.push(piece);
        emitted += text;
        if (text) yield { type: "answer-delta", text };
      }
    } catch (error) {
      this.#log(`LLM answer failed, falling back to the extractive answer: ${(error as Error).message}`);
      yield* this.#fallback(fallback);
      return;
    }
    if (head.trim().startsWith(CANNOT_ANSWER)) {
      const { answer, citations: closest } = refusalAnswer(grounding.cases);
      yield { type: "answer-reset", citations: closest.list() };
      yield { type: "answer-delta", text: answer };
      yield { type: "answer-end", refused: true, mode: "llm" };
      return;
    }
    const rest = filter.push(started ? "" : head) + filter.flush();
    emitted += rest;
    if (rest) yield { type: "answer-delta", text: rest };
    if (emitted.trim().length < 2 || markersIn(emitted).length === 0) {
      this.#log("LLM answer cited no passage; falling back to the extractive answer");
      yield* this.#fallback(fallback);
      return;
    }
    yield { type: "answer-end", refused: false, mode: "llm" };
  }

  async *#fallback(fallback: () => Fallback): AsyncGenerator<StreamEvent> {
    const { answer, citations, refused } = fallback();
    yield { type: "answer-reset", citations: citations.list() };
    yield { type: "answer-delta", text: answer };
    yield { type: "answer-end", refused, mode: "llm", degraded: true };
  }
}
