import { readFile } from "node:fs/promises";
import MiniSearch from "minisearch";
import { corpusPaths } from "../src/corpus/corpus-paths.js";
import { DEFAULT_CORPUS_DIR } from "../src/corpus/load-corpus.js";
import { splitRawLines } from "../src/corpus/raw-text.js";
import { normalize } from "../src/text/tokenizer.js";

const WINDOW = 500;

/** Character unigrams and bigrams of the letters and digits: no segmenter, no dictionary. */
function characterGrams(text: string): string[] {
  const characters = [...normalize(text)].filter((character) => /[\p{L}\p{N}]/u.test(character));
  const grams = [...characters];
  for (let i = 0; i + 1 < characters.length; i++) grams.push(characters[i] + (characters[i + 1] ?? ""));
  return grams;
}

/**
 * The naive baseline of the evaluation: the raw book as one text cut into fixed 500-character windows, BM25 over
 * character n-grams, each window credited to the case that owns most of its lines in corpus/line-map.tsv. It
 * shows what the importer, the tokenizer and the fusion add.
 */
export async function naiveBaseline(): Promise<(query: string) => string[]> {
  const paths = corpusPaths(DEFAULT_CORPUS_DIR);
  const lines = splitRawLines(await readFile(paths.raw, "utf8"));
  const owner = new Map<number, string>();
  for (const row of (await readFile(paths.lineMap, "utf8")).trim().split("\n").slice(1)) {
    const [line, kind, target] = row.split("\t");
    if (kind === "section" || kind === "title" || kind === "applicant") owner.set(Number(line), target ?? "");
  }
  const windows: Array<{ id: number; text: string; caseId: string | undefined }> = [];
  let text = "";
  let votes = new Map<string, number>();
  const flush = () => {
    const best = [...votes].sort((a, b) => b[1] - a[1])[0];
    windows.push({ id: windows.length, text, caseId: best?.[0] });
    text = "";
    votes = new Map();
  };
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    text += line.trim();
    const caseId = owner.get(i + 1);
    if (caseId) votes.set(caseId, (votes.get(caseId) ?? 0) + 1);
    if (text.length >= WINDOW) flush();
  });
  if (text) flush();
  const search = new MiniSearch<{ id: number; text: string }>({
    fields: ["text"],
    tokenize: characterGrams,
    processTerm: (term) => term,
  });
  search.addAll(windows.map(({ id, text: windowText }) => ({ id, text: windowText })));
  return (query) => {
    const ranked: string[] = [];
    for (const result of search.search(query)) {
      const caseId = windows[result.id as number]?.caseId;
      if (caseId && !ranked.includes(caseId)) ranked.push(caseId);
      if (ranked.length >= 50) break;
    }
    return ranked;
  };
}
