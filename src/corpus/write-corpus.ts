import { createHash } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { DOMAINS } from "../domain/book.js";
import { AppError } from "../errors.js";
import { renderCaseFile, renderDomainFile } from "./case-file.js";
import { type CorpusPaths, caseFilePath } from "./corpus-paths.js";
import { type ImportedBook, importBook, type LineMapEntry } from "./import-book.js";
import { readLayouts } from "./layout.js";
import { splitRawLines } from "./raw-text.js";

export interface ImportSummary {
  book: ImportedBook;
  filesWritten: number;
  fixCount: number;
  layoutEntryCount: number;
}

/**
 * Reads the raw text (checking its recorded sha256) and the layouts from `source`, and writes cases, domain
 * intros, the preface and the line map under `target`. Output files are removed first, so a layout change never
 * leaves a stale case behind; running it twice gives the same bytes.
 */
export async function runImport(source: CorpusPaths, target: CorpusPaths): Promise<ImportSummary> {
  const raw = await readFile(source.raw, "utf8");
  await verifyChecksum(raw, source.rawChecksum);
  const layouts = await readLayouts(source.layouts);
  const covered = layouts.map((layout) => layout.domainNo).join(",");
  const expected = DOMAINS.map((domain) => domain.domainNo).join(",");
  if (covered !== expected) {
    throw new AppError("import_failed", `${source.layouts} covers domains ${covered}; the book has ${expected}`);
  }
  const book = importBook(splitRawLines(raw), layouts);

  await rm(target.cases, { recursive: true, force: true });
  await rm(target.domains, { recursive: true, force: true });
  const files: Array<[string, string]> = [
    [target.preface, `# 序言\n\n${book.preface.replace(/^序言\n\n/, "")}\n`],
    [target.lineMap, renderLineMap(book.lineMap)],
  ];
  for (const domain of book.domains) {
    files.push([join(target.domains, `${String(domain.domainNo).padStart(2, "0")}.md`), renderDomainFile(domain)]);
  }
  for (const item of book.cases) files.push([caseFilePath(target, item.caseId), renderCaseFile(item)]);
  for (const [path, content] of files) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  }
  return {
    book,
    filesWritten: files.length,
    fixCount: layouts.reduce((sum, layout) => sum + (layout.fixes?.length ?? 0), 0),
    layoutEntryCount: layouts.reduce((sum, layout) => sum + layout.cases.length, 0),
  };
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

async function verifyChecksum(raw: string, checksumPath: string) {
  const recorded = (await readFile(checksumPath, "utf8")).trim().split(/\s+/)[0];
  const actual = sha256(raw);
  if (recorded !== actual) {
    throw new AppError("import_failed", `raw text sha256 is ${actual}, but ${checksumPath} records ${recorded}`);
  }
}

/** One row per raw line (per part, for a split line): line, kind, target (caseId or domain), section, part. */
export function renderLineMap(entries: readonly LineMapEntry[]): string {
  const rows = entries.map((entry) => [entry.line, entry.kind, entry.target, entry.section, entry.part].join("\t"));
  return `line\tkind\ttarget\tsection\tpart\n${rows.join("\n")}\n`;
}
