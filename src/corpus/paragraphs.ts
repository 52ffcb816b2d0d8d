/**
 * Rejoins hard-wrapped lines into paragraphs. A line continues the previous one when the previous one is a
 * full line (the page width) that does not end a sentence and the line does not open a list item or a caption.
 * Layouts can force the decision with `break` / `join` (see corpus/layout/README.md).
 */

export type Boundary = "break" | "join" | undefined;
export interface SourceLine {
  text: string;
  /** Forced decision for the boundary between the previous line and this one. */
  boundary?: Boundary;
}

const FULL_LINE_WIDTH = 66;
const SENTENCE_END = /[。！？；：!?;:]$/;
const PARAGRAPH_START = /^(\d+[.、．]\s*\D|（\d+）|\(\d+\)|[①-⑳]|图 )/;
const CJK = /[\u4e00-\u9fff]/;
const LATIN_OR_DIGIT = /[A-Za-z0-9]/;

/** Display width: CJK and full-width characters count 2, others 1. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += isWide(character) ? 2 : 1;
  return width;
}

function isWide(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
  );
}

function continues(previous: string, next: string): boolean {
  if (displayWidth(previous) < FULL_LINE_WIDTH) return false;
  if (SENTENCE_END.test(previous)) return false;
  if (PARAGRAPH_START.test(next) || previous.startsWith("图 ")) return false;
  return true;
}

/** The book sets a space between Chinese and Latin text; a wrap between them lost it. */
function joiner(left: string, right: string): string {
  const a = left.at(-1) ?? "";
  const b = right[0] ?? "";
  const latinA = LATIN_OR_DIGIT.test(a);
  const latinB = LATIN_OR_DIGIT.test(b);
  return (latinA && (latinB || CJK.test(b))) || (CJK.test(a) && latinB) ? " " : "";
}

/**
 * @example joinParagraphs([{ text: "第一行很长……" }, { text: "续行。" }]) // ["第一行很长……续行。"]
 */
export function joinParagraphs(lines: readonly SourceLine[]): string[] {
  const paragraphs: string[] = [];
  let current: string | undefined;
  let previous = "";
  for (const line of lines) {
    // Justified PDF lines come out with runs of spaces ("3D  AI"); the book means one.
    const text = line.text.trim().replace(/[ \t\u3000]{2,}/g, " ");
    if (current === undefined) {
      current = text;
    } else {
      const join = line.boundary === "join" || (line.boundary !== "break" && continues(previous, text));
      if (join) {
        current += joiner(current, text) + text;
      } else {
        paragraphs.push(current);
        current = text;
      }
    }
    previous = line.text.trimEnd();
  }
  if (current !== undefined) paragraphs.push(current);
  return paragraphs;
}
