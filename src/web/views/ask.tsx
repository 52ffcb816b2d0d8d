import { useRef, useState } from "preact/hooks";
import type { Citation } from "../../domain/stream-events.js";
import { AnswerText } from "../components/answer-text.js";
import { CitationCard } from "../components/citation-card.js";
import { DomainPicker } from "../components/domain-picker.js";
import { askStream } from "../sse-client.js";

interface Turn {
  question: string;
  answer: string;
  citations: Citation[];
  refused: boolean;
  done: boolean;
  degraded: boolean;
  error?: string;
}

const EXAMPLES = [
  "京东物流的供应链金融是怎么做的？",
  "有哪些案例用了隐私计算？",
  "那个 iMOM 平台上了以后生产效率提高了多少？",
];

/** 问答: the answer streams in; markers open citation cards; follow-ups carry the conversation. */
export function AskView() {
  const [turns, setTurns] = useState<Turn[]>([]);
  const [question, setQuestion] = useState("");
  const [busy, setBusy] = useState(false);
  /** The domain the answers are limited to; "" for the whole book. */
  const [domain, setDomain] = useState("");
  const [active, setActive] = useState<{ turn: number; id: number } | undefined>();
  const input = useRef<HTMLTextAreaElement>(null);

  const update = (index: number, change: Partial<Turn>) =>
    setTurns((all) => all.map((turn, i) => (i === index ? { ...turn, ...change } : turn)));

  async function ask(text: string) {
    const asked = text.trim();
    if (!asked || busy) return;
    const history = turns
      .filter((turn) => turn.done && !turn.error)
      .flatMap((turn) => [
        { role: "user" as const, content: turn.question },
        { role: "assistant" as const, content: turn.answer },
      ]);
    const index = turns.length;
    setTurns((all) => [
      ...all,
      { question: asked, answer: "", citations: [], refused: false, done: false, degraded: false },
    ]);
    setQuestion("");
    setBusy(true);
    let answer = "";
    try {
      for await (const event of askStream("", {
        question: asked,
        history: history.slice(-20),
        ...(domain ? { domain } : {}),
      })) {
        if (event.type === "citations") update(index, { citations: event.citations });
        else if (event.type === "answer-reset") {
          answer = "";
          update(index, { answer, citations: event.citations });
        } else if (event.type === "answer-delta") {
          answer += event.text;
          update(index, { answer });
        } else if (event.type === "answer-end")
          update(index, { refused: event.refused, degraded: !!event.degraded, done: true });
        else if (event.type === "error") update(index, { error: event.message, done: true });
      }
    } catch (error) {
      update(index, { error: (error as Error).message, done: true });
    } finally {
      setBusy(false);
      input.current?.focus();
    }
  }

  function cite(turn: number, citation: Citation) {
    setActive({ turn, id: citation.id });
    requestAnimationFrame(() =>
      document.getElementById(`turn-${turn}-citation-${citation.id}`)?.scrollIntoView({ block: "nearest" }),
    );
  }

  return (
    <section class="view ask" aria-labelledby="ask-title">
      <h2 id="ask-title">问答</h2>
      {turns.length === 0 && (
        <div class="examples">
          <p>用自然语言提问，回答中的每一句都标有出处，点击编号查看原文。</p>
          {EXAMPLES.map((example) => (
            <button type="button" class="chip" key={example} onClick={() => ask(example)}>
              {example}
            </button>
          ))}
        </div>
      )}
      <ol class="turns" aria-live="polite">
        {turns.map((turn, i) => (
          <li key={i} class="turn">
            <p class="question">{turn.question}</p>
            <div class={`answer${turn.refused ? " refused" : ""}`} aria-busy={!turn.done}>
              {/* No closest cases to show for a greeting, or for a follow-up asked with no conversation before it. */}
              {turn.refused && turn.citations.length > 0 && (
                <p class="notice">案例集中没有直接回答这个问题的内容，下面是最接近的案例。</p>
              )}
              {turn.degraded && <p class="notice">大模型暂时不可用，以下为摘录式回答。</p>}
              {turn.error ? (
                <p class="error" role="alert">
                  {turn.error}
                </p>
              ) : (
                <AnswerText
                  text={turn.answer || (turn.done ? "" : "…")}
                  citations={turn.citations}
                  onCite={(citation) => cite(i, citation)}
                />
              )}
              {turn.done && turn.citations.length > 0 && (
                <details open={active?.turn === i}>
                  <summary>引用（{turn.citations.length}）</summary>
                  {turn.citations.map((citation) => (
                    <div id={`turn-${i}-citation-${citation.id}`} key={citation.id}>
                      <CitationCard citation={citation} active={active?.turn === i && active.id === citation.id} />
                    </div>
                  ))}
                </details>
              )}
            </div>
          </li>
        ))}
      </ol>
      <form
        class="ask-form"
        onSubmit={(event) => {
          event.preventDefault();
          ask(question);
        }}
      >
        <label for="question" class="visually-hidden">
          问题
        </label>
        <textarea
          id="question"
          ref={input}
          value={question}
          maxLength={2000}
          rows={2}
          placeholder={
            turns.length ? "继续追问，例如：那它的应用成效呢？" : "例如：有没有用电力数据做碳排放监测的案例？"
          }
          onInput={(event) => setQuestion((event.target as HTMLTextAreaElement).value)}
          onKeyDown={(event) => {
            if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
              event.preventDefault();
              ask(question);
            }
          }}
        />
        <DomainPicker value={domain} onChange={setDomain} label="只在这个领域里找" disabled={busy} />
        <button type="submit" disabled={busy || !question.trim()}>
          {busy ? "回答中…" : "提问"}
        </button>
        {turns.length > 0 && (
          <button type="button" class="secondary" disabled={busy} onClick={() => setTurns([])}>
            新对话
          </button>
        )}
      </form>
    </section>
  );
}
