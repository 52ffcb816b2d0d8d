import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Corpus } from "../domain/case.js";
import { AppError } from "../errors.js";
import { parseCaseFile, parseDomainFile } from "./case-file.js";
import { corpusPaths } from "./corpus-paths.js";

/** The repository's own `corpus/` directory. */
export const DEFAULT_CORPUS_DIR = fileURLToPath(new URL("../../corpus", import.meta.url));

/**
 * Loads and validates the imported corpus: preface, domain intros and every case file. Everything else in the
 * product reads the book through this.
 * @throws AppError corpus_invalid naming the file and the field when a file is malformed
 * @example const { cases } = await loadCorpus(); cases.length // 100
 */
export async function loadCorpus(root: string = DEFAULT_CORPUS_DIR): Promise<Corpus> {
  const paths = corpusPaths(root);
  const preface = (await readText(paths.preface)).replace(/^# 序言\n\n/, "").trim();
  const domainFiles = (await listFiles(paths.domains)).filter((file) => file.endsWith(".md"));
  const domains = await Promise.all(domainFiles.map(async (file) => parseDomainFile(file, await readText(file))));
  const caseFiles: string[] = [];
  for (const folder of await listFiles(paths.cases)) {
    caseFiles.push(...(await listFiles(folder)).filter((file) => file.endsWith(".md")));
  }
  const cases = await Promise.all(caseFiles.map(async (file) => parseCaseFile(file, await readText(file))));
  const seen = new Set<string>();
  for (const [i, item] of cases.entries()) {
    if (seen.has(item.caseId))
      throw new AppError("corpus_invalid", `${caseFiles[i]}: field caseId: ${item.caseId} appears twice`);
    seen.add(item.caseId);
  }
  domains.sort((a, b) => a.domainNo - b.domainNo);
  cases.sort((a, b) => a.caseId.localeCompare(b.caseId));
  return { preface, domains, cases };
}

async function listFiles(directory: string): Promise<string[]> {
  try {
    return (await readdir(directory)).sort().map((name) => join(directory, name));
  } catch (error) {
    throw new AppError("corpus_invalid", `${directory}: cannot read the corpus (run npm run import)`, { cause: error });
  }
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw new AppError("corpus_invalid", `${path}: cannot read the file (run npm run import)`, { cause: error });
  }
}
