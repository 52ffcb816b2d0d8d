import { join } from "node:path";
import { DOMAINS } from "../domain/book.js";

/** Where things live under a corpus directory (the repository's `corpus/` by default). */
export function corpusPaths(root: string) {
  return {
    root,
    raw: join(root, "raw", "beijing-data-elements-cases-2024.txt"),
    rawChecksum: join(root, "raw", "beijing-data-elements-cases-2024.txt.sha256"),
    layouts: join(root, "layout"),
    cases: join(root, "cases"),
    domains: join(root, "domains"),
    preface: join(root, "preface.md"),
    lineMap: join(root, "line-map.tsv"),
  };
}
export type CorpusPaths = ReturnType<typeof corpusPaths>;

/** `corpus/cases/05-finance/05-03.md` for case 05-03. */
export function caseFilePath(paths: CorpusPaths, caseId: string): string {
  const domainNo = Number(caseId.slice(0, 2));
  const slug = DOMAINS[domainNo - 1]?.slug ?? "unknown";
  return join(paths.cases, `${caseId.slice(0, 2)}-${slug}`, `${caseId}.md`);
}
