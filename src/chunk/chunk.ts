import type { SectionName } from "../domain/book.js";

/**
 * A retrievable passage: one or more whole paragraphs of one section of one case, or a sentence-aligned piece of
 * a long paragraph. `text` is exactly `section.text.slice(start, end)`, so a citation can always be rebuilt and
 * checked from provenance alone.
 */
export interface Chunk {
  /** `05-03:1:2`: case, section index, chunk number within the section. */
  id: string;
  caseId: string;
  section: SectionName;
  /** Paragraph indexes (0-based, inclusive) within the section. */
  paragraphStart: number;
  paragraphEnd: number;
  /** Character offsets within the section text. */
  start: number;
  end: number;
  text: string;
  previousId: string | undefined;
  nextId: string | undefined;
}
