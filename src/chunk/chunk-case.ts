import type { Case } from "../domain/case.js";
import { sentenceSpans } from "../text/sentences.js";
import type { Chunk } from "./chunk.js";

export interface ChunkOptions {
  /** A chunk grows by whole paragraphs until it reaches this many characters. */
  minChars: number;
  /** A paragraph longer than this is split at sentence ends. */
  maxChars: number;
  /** Characters of trailing sentences repeated at the start of the next piece of a split paragraph. */
  overlapChars: number;
}

export const DEFAULT_CHUNK_OPTIONS: ChunkOptions = { minChars: 200, maxChars: 600, overlapChars: 80 };

interface Span {
  start: number;
  end: number;
  paragraph: number;
}

/**
 * Cuts a case into chunks, section by section: never across a section, always at paragraph or sentence
 * boundaries. Short paragraphs (headings such as `1. 行业应用`) travel with the text that follows them.
 */
export function chunkCase(item: Case, options: ChunkOptions = DEFAULT_CHUNK_OPTIONS): Chunk[] {
  const chunks: Chunk[] = [];
  item.sections.forEach((section, sectionIndex) => {
    const pieces = groupSpans(paragraphSpans(section.text), section.text, options);
    pieces.forEach((piece, n) => {
      chunks.push({
        id: `${item.caseId}:${sectionIndex}:${n}`,
        caseId: item.caseId,
        section: section.name,
        paragraphStart: piece.paragraphStart,
        paragraphEnd: piece.paragraphEnd,
        start: piece.start,
        end: piece.end,
        text: section.text.slice(piece.start, piece.end),
        previousId: n > 0 ? `${item.caseId}:${sectionIndex}:${n - 1}` : undefined,
        nextId: n < pieces.length - 1 ? `${item.caseId}:${sectionIndex}:${n + 1}` : undefined,
      });
    });
  });
  return chunks;
}

function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  let paragraph = 0;
  for (const match of text.matchAll(/[^\n]+(?:\n(?!\n)[^\n]+)*/g)) {
    const start = match.index ?? 0;
    spans.push({ start, end: start + match[0].length, paragraph });
    paragraph++;
  }
  return spans;
}

/** Long paragraphs become sentence-aligned pieces with a small overlap; the rest are grouped up to minChars. */
function groupSpans(paragraphs: Span[], text: string, options: ChunkOptions) {
  const units: Span[] = [];
  for (const span of paragraphs) {
    if (span.end - span.start <= options.maxChars) units.push(span);
    else units.push(...splitParagraph(span, text, options));
  }
  const pieces: Array<{ start: number; end: number; paragraphStart: number; paragraphEnd: number }> = [];
  let current: (typeof pieces)[number] | undefined;
  for (const unit of units) {
    const fits = current && unit.end - current.start <= options.maxChars && unit.start >= current.end;
    if (current && current.end - current.start < options.minChars && fits) {
      current.end = unit.end;
      current.paragraphEnd = unit.paragraph;
      continue;
    }
    if (current) pieces.push(current);
    current = { start: unit.start, end: unit.end, paragraphStart: unit.paragraph, paragraphEnd: unit.paragraph };
  }
  if (current) pieces.push(current);
  // A short tail (usually a figure caption) joins the piece before it rather than standing alone.
  const tail = pieces.at(-1);
  const before = pieces.at(-2);
  if (tail && before && tail.end - tail.start < options.minChars / 2 && tail.end - before.start <= options.maxChars) {
    before.end = tail.end;
    before.paragraphEnd = tail.paragraphEnd;
    pieces.pop();
  }
  return pieces;
}

function splitParagraph(span: Span, text: string, options: ChunkOptions): Span[] {
  const sentences = sentenceSpans(text.slice(span.start, span.end)).map((s) => ({
    start: span.start + s.start,
    end: span.start + s.end,
  }));
  const pieces: Span[] = [];
  let first = 0;
  while (first < sentences.length) {
    let last = first;
    const start = sentences[first]?.start ?? span.start;
    while (last + 1 < sentences.length && (sentences[last + 1]?.end ?? 0) - start <= options.maxChars) last++;
    pieces.push({ start, end: sentences[last]?.end ?? span.end, paragraph: span.paragraph });
    if (last + 1 >= sentences.length) break;
    // Step back over trailing sentences that fit in the overlap, but always move forward.
    let next = last + 1;
    while (
      next - 1 > first &&
      (sentences[last]?.end ?? 0) - (sentences[next - 1]?.start ?? 0) <= options.overlapChars
    ) {
      next--;
    }
    first = next;
  }
  return pieces;
}
