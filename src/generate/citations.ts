import type { Chunk } from "../chunk/chunk.js";
import type { Citation } from "../domain/answer.js";
import type { Case } from "../domain/case.js";

/**
 * Numbers the passages an answer cites, in order of first use. A citation is built only from a retrieved chunk's
 * provenance (case, section, offsets), so it always points at real text.
 */
export class CitationList {
  readonly #citations: Citation[] = [];

  /** The marker number of `chunk`, adding it on first use; `quote` is a span within the chunk text. */
  cite(chunk: Chunk, item: Case, quote?: { start: number; end: number }): number {
    const existing = this.#citations.find(
      (citation) =>
        citation.caseId === chunk.caseId && citation.start === chunk.start && citation.section === chunk.section,
    );
    if (existing) return existing.id;
    const citation: Citation = {
      id: this.#citations.length + 1,
      caseId: chunk.caseId,
      caseTitle: item.title,
      section: chunk.section,
      text: chunk.text,
      start: chunk.start,
      end: chunk.end,
      ...(quote ? { quote } : {}),
    };
    this.#citations.push(citation);
    return citation.id;
  }

  list(): Citation[] {
    return [...this.#citations];
  }
}

const MARKER = /\[(\d{1,3})\]/g;

/** Removes markers that name no citation: `[7]` when there are five. */
export function removeUnknownMarkers(text: string, known: ReadonlySet<number>): string {
  return text.replace(MARKER, (marker, id: string) => (known.has(Number(id)) ? marker : ""));
}

/** The citation numbers a text's markers use. */
export function markersIn(text: string): number[] {
  return [...text.matchAll(MARKER)].map((match) => Number(match[1]));
}

/**
 * The same for a stream of text pieces: a `[` that may open a marker is held back until the marker is complete,
 * so a marker split across two pieces is still checked.
 */
export class MarkerFilter {
  readonly #known: ReadonlySet<number>;
  #pending = "";

  constructor(known: ReadonlySet<number>) {
    this.#known = known;
  }

  push(piece: string): string {
    const text = this.#pending + piece;
    const open = text.lastIndexOf("[");
    const held = open !== -1 && /^\[\d{0,3}$/.test(text.slice(open)) ? text.slice(open) : "";
    this.#pending = held;
    return removeUnknownMarkers(text.slice(0, text.length - held.length), this.#known);
  }

  flush(): string {
    const rest = removeUnknownMarkers(this.#pending, this.#known);
    this.#pending = "";
    return rest;
  }
}
