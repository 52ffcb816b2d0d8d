import type { Citation } from "../../domain/stream-events.js";
import { caseHref } from "../links.js";

/** A cited passage: case title, section and the quoted text (the sentence used, highlighted), linking to the case. */
export function CitationCard(props: { citation: Citation; active?: boolean }) {
  const { citation } = props;
  const quote = citation.quote;
  const text = citation.text;
  return (
    <article
      class={`citation${props.active ? " active" : ""}`}
      id={`citation-${citation.id}`}
      aria-label={`引用 ${citation.id}`}
    >
      <header>
        <span class="badge">{citation.id}</span>
        <a
          href={caseHref(citation.caseId, {
            section: citation.section,
            start: citation.start + (quote?.start ?? 0),
            end: citation.start + (quote?.end ?? text.length),
          })}
        >
          《{citation.caseTitle}》
        </a>
        <span class="section-name">{citation.section}</span>
      </header>
      <blockquote>
        {quote ? (
          <>
            {text.slice(0, quote.start)}
            <mark>{text.slice(quote.start, quote.end)}</mark>
            {text.slice(quote.end)}
          </>
        ) : (
          text
        )}
      </blockquote>
    </article>
  );
}
