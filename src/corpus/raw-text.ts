import { DOMAINS, SECTION_NAMES } from "../domain/book.js";

/** What a raw line of the extracted PDF text is, before any assignment to a case. */
export type LineKind = "blank" | "furniture" | "label" | "text";

const RUNNING_HEADER = "北京“数据要素 ×”典型案例集";
const PAGE_FOOTER = /^\d+ \d+数据要素 × \S+$/;
/** A running domain header that lost its page numbers in the extraction. */
const DOMAIN_HEADER = new RegExp(`^数据要素 × (${DOMAINS.map((domain) => domain.domain).join("|")})$`);
const LABELS = new Set<string>(["申报单位", ...SECTION_NAMES]);

/**
 * Classifies one raw line. Furniture is the running header and the page-number footer; labels are the bare
 * section headings (one, or a run of them on one line), which stand detached from their text in the extraction.
 * @example classifyLine("05 06数据要素 × 工业制造") // "furniture"
 */
export function classifyLine(line: string): LineKind {
  const trimmed = line.trim();
  if (trimmed === "") return "blank";
  if (trimmed === RUNNING_HEADER || PAGE_FOOTER.test(trimmed) || DOMAIN_HEADER.test(trimmed)) return "furniture";
  if (trimmed.split(/\s+/).every((word) => LABELS.has(word))) return "label";
  return "text";
}

/** Splits the raw text into lines; line `n` (1-based, as in the layout files) is `lines[n - 1]`. */
export function splitRawLines(raw: string): string[] {
  const lines = raw.split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines;
}
