import { caseIdOf, chineseNumeral, DOMAINS } from "../domain/book.js";
import type { Case, Domain } from "../domain/case.js";
import { AppError } from "../errors.js";
import { type DomainLayout, type ExpandedItem, expandLines, sectionLines } from "./layout.js";
import { joinParagraphs, type SourceLine } from "./paragraphs.js";
import { classifyLine, type LineKind } from "./raw-text.js";

/** Where one raw line went: the audit trail written to corpus/line-map.tsv. */
export interface LineMapEntry {
  line: number;
  kind: LineKind | "preface" | "heading" | "intro" | "title" | "applicant" | "section" | "duplicate";
  /** caseId for case parts, the two-digit domain number for headings and intros, the repeated line for duplicates. */
  target: string;
  section: string;
  /** `from:to` character offsets when a line was split between targets, else empty. */
  part: string;
}

export interface ImportedBook {
  preface: string;
  domains: Domain[];
  cases: Case[];
  lineMap: LineMapEntry[];
}

const TITLE_PATTERN = /^（([一二三四五六七八九十]+)）\s*(.+)$/;
const HEADING_PATTERN = /^[一二三四五六七八九十]+、数据要素 × (.+)$/;

/**
 * Turns the raw lines of the book into structured cases, following the layouts for what goes where and the
 * rules in raw-text.ts and paragraphs.ts for everything else. Pure: the same input gives the same output.
 * Fails with `import_failed` naming the lines when a content line is unclaimed or claimed twice.
 */
export function importBook(rawLines: readonly string[], layouts: readonly DomainLayout[]): ImportedBook {
  const kinds = rawLines.map(classifyLine);
  const fixes = collectFixes(rawLines, layouts);
  const claims = new Map<number, LineMapEntry[]>();
  const problems: string[] = [];

  const fixed = (line: number, text: string) => {
    for (const fix of fixes.get(line) ?? []) text = text.replace(fix.from, fix.to);
    return text;
  };
  const claim = (items: readonly ExpandedItem[], entry: Omit<LineMapEntry, "line" | "part">): SourceLine[] => {
    const out: SourceLine[] = [];
    let boundary: SourceLine["boundary"];
    for (const item of items) {
      if (item === "break" || item === "join") {
        boundary = item;
        continue;
      }
      const line = typeof item === "number" ? item : item.line;
      if (line < 1 || line > rawLines.length) {
        problems.push(`line ${line} (${entry.target}) is outside the raw text`);
        continue;
      }
      if (kinds[line - 1] !== "text") continue;
      const characters = [...(rawLines[line - 1] ?? "")];
      const part = typeof item === "number" ? undefined : { from: item.from, to: item.to ?? characters.length };
      const claimed = { line, ...entry, part: part ? `${part.from}:${part.to}` : "" };
      const previous = claims.get(line) ?? [];
      if (previous.some((other) => other.part === "" || claimed.part === "" || overlaps(other.part, claimed.part))) {
        problems.push(`line ${line} is claimed by ${describe(previous[0] ?? claimed)} and by ${describe(claimed)}`);
        continue;
      }
      claims.set(line, [...previous, claimed]);
      const text = part ? characters.slice(part.from, part.to).join("") : characters.join("");
      out.push({ text: fixed(line, text), boundary });
      boundary = undefined;
    }
    return out;
  };

  const sortedLayouts = [...layouts].sort((a, b) => a.domainNo - b.domainNo);
  for (const duplicate of sortedLayouts.flatMap((layout) => layout.duplicates ?? [])) {
    if ((rawLines[duplicate.line - 1] ?? "").trim() !== (rawLines[duplicate.of - 1] ?? "").trim()) {
      problems.push(`line ${duplicate.line} is listed as a duplicate of line ${duplicate.of}, but the two differ`);
    }
    claim([duplicate.line], { kind: "duplicate", target: String(duplicate.of), section: "" });
  }
  checkDomains(sortedLayouts, rawLines);
  const firstHeading = sortedLayouts[0]?.heading ?? rawLines.length + 1;

  const prefaceLines: number[] = [];
  for (let line = 1; line < firstHeading; line++) prefaceLines.push(line);
  const preface = joinParagraphs(claim(prefaceLines, { kind: "preface", target: "", section: "" }));

  const domains: Domain[] = [];
  const cases: Case[] = [];
  for (const layout of sortedLayouts) {
    const domainKey = String(layout.domainNo).padStart(2, "0");
    claim([layout.heading], { kind: "heading", target: domainKey, section: "" });
    // An introduction is one paragraph set narrower than the page, so width says nothing about its wraps.
    const intro = joinWrapped(claim(expandLines(layout.intro), { kind: "intro", target: domainKey, section: "" }));
    domains.push({ domainNo: layout.domainNo, domain: layout.domain, intro });

    for (const layoutCase of layout.cases) {
      const { caseId } = layoutCase;
      const titleText = joinWrapped(
        claim(expandLines(layoutCase.title), { kind: "title", target: caseId, section: "" }),
      );
      const titleMatch = TITLE_PATTERN.exec(titleText);
      if (!titleMatch) {
        problems.push(`${caseId}: title "${titleText}" does not start with （N）`);
        continue;
      }
      const caseNo = chineseNumeral(titleMatch[1] ?? "");
      if (caseIdOf(layout.domainNo, caseNo) !== caseId) {
        problems.push(`${caseId}: title number （${titleMatch[1]}） gives ${caseIdOf(layout.domainNo, caseNo)}`);
      }
      const applicants = layoutCase.applicants.map((item) =>
        joinWrapped(
          claim(expandLines(Array.isArray(item) ? item : [item]), { kind: "applicant", target: caseId, section: "" }),
        ),
      );
      const sections = sectionLines(layoutCase).map(([name, items]) => ({
        name,
        text: joinParagraphs(claim(expandLines(items), { kind: "section", target: caseId, section: name })).join(
          "\n\n",
        ),
      }));
      cases.push({
        caseId,
        domainNo: layout.domainNo,
        domain: layout.domain,
        caseNo,
        title: (titleMatch[2] ?? "").trim(),
        applicants,
        sections,
      });
    }
  }

  const lineMap: LineMapEntry[] = [];
  for (let line = 1; line <= rawLines.length; line++) {
    const kind = kinds[line - 1] ?? "blank";
    const entries = claims.get(line);
    if (entries) {
      lineMap.push(...entries.sort((a, b) => a.part.localeCompare(b.part, "en", { numeric: true })));
      const gap = partsGap(entries, [...(rawLines[line - 1] ?? "")].length);
      if (gap) problems.push(`line ${line}: ${gap}`);
    } else if (kind !== "text") {
      const section = kind === "label" ? (rawLines[line - 1] ?? "").trim() : "";
      lineMap.push({ line, kind, target: "", section, part: "" });
    } else problems.push(`line ${line} is claimed by no layout: "${(rawLines[line - 1] ?? "").trim().slice(0, 30)}"`);
  }

  if (problems.length > 0) {
    const shown = problems.slice(0, 30).join("\n  ");
    const more = problems.length > 30 ? `\n  … and ${problems.length - 30} more` : "";
    throw new AppError("import_failed", `the layouts do not account for the raw text:\n  ${shown}${more}`);
  }
  cases.sort((a, b) => a.caseId.localeCompare(b.caseId));
  return { preface: preface.join("\n\n"), domains, cases, lineMap };
}

/** Joins the wrapped lines of a title or an organisation name. */
function joinWrapped(lines: readonly SourceLine[]): string {
  return joinParagraphs(lines.map((line) => ({ text: line.text, boundary: "join" }))).join("");
}

function overlaps(a: string, b: string): boolean {
  const [aFrom, aTo] = a.split(":").map(Number) as [number, number];
  const [bFrom, bTo] = b.split(":").map(Number) as [number, number];
  return aFrom < bTo && bFrom < aTo;
}

/** A split line's parts must cover it whole; says what is missing, or undefined. */
function partsGap(entries: readonly LineMapEntry[], length: number): string | undefined {
  if (entries.length === 1 && entries[0]?.part === "") return undefined;
  let covered = 0;
  for (const entry of entries) {
    const [from, to] = entry.part.split(":").map(Number) as [number, number];
    if (from !== covered) return `characters ${covered}-${from} are claimed by no layout`;
    covered = to;
  }
  return covered === length ? undefined : `characters ${covered}-${length} are claimed by no layout`;
}

function describe(entry: LineMapEntry): string {
  return [entry.kind, entry.target, entry.section].filter(Boolean).join(" ");
}

function collectFixes(rawLines: readonly string[], layouts: readonly DomainLayout[]) {
  const fixes = new Map<number, Array<{ from: string; to: string }>>();
  for (const layout of layouts) {
    for (const fix of layout.fixes ?? []) {
      if (!(rawLines[fix.line - 1] ?? "").includes(fix.from)) {
        throw new AppError("import_failed", `fix for line ${fix.line}: "${fix.from}" is not on that line`);
      }
      fixes.set(fix.line, [...(fixes.get(fix.line) ?? []), { from: fix.from, to: fix.to }]);
    }
  }
  return fixes;
}

function checkDomains(layouts: readonly DomainLayout[], rawLines: readonly string[]) {
  for (const layout of layouts) {
    const heading = HEADING_PATTERN.exec((rawLines[layout.heading - 1] ?? "").trim());
    const known = DOMAINS[layout.domainNo - 1];
    if (heading?.[1] !== layout.domain || known?.domain !== layout.domain) {
      throw new AppError(
        "import_failed",
        `layout ${layout.domainNo}: line ${layout.heading} is not the heading of ${layout.domain}`,
      );
    }
  }
}
