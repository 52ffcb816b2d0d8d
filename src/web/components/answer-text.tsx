import type { Citation } from "../../domain/stream-events.js";

/**
 * An answer's text with its `[n]` markers as buttons that open citation n. Text is rendered as text, never as
 * HTML.
 */
export function AnswerText(props: { text: string; citations: Citation[]; onCite: (citation: Citation) => void }) {
  const byId = new Map(props.citations.map((citation) => [citation.id, citation]));
  return (
    <div class="answer-text">
      {props.text.split(/\n{2,}/).map((paragraph, p) => (
        <p key={p}>
          {paragraph.split(/(\[\d+\])/).map((part, i) => {
            const citation = /^\[(\d+)\]$/.test(part) ? byId.get(Number(part.slice(1, -1))) : undefined;
            if (!citation)
              return part.split("\n").flatMap((line, l) => (l === 0 ? [line] : [<br key={`${i}-${l}`} />, line]));
            return (
              <button
                type="button"
                key={i}
                class="marker"
                aria-label={`引用 ${citation.id}：${citation.caseTitle}·${citation.section}`}
                onClick={() => props.onCite(citation)}
              >
                {citation.id}
              </button>
            );
          })}
        </p>
      ))}
    </div>
  );
}
