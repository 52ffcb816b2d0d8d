/**
 * A Tokenizer turns text into index terms. Implementations: jieba-tokenizer.ts (the default) and, for the naive
 * baseline of the evaluation, character n-grams.
 */
export interface Tokenizer {
  /** Changes when the terms it produces would change (dictionary, rules), so indexes know to rebuild. */
  readonly id: string;
  /** Search-mode terms for indexing and querying: normalised, stop words and punctuation removed. */
  tokenize(text: string): string[];
}

/** Full-width to half-width, Latin lower-cased: `ＡＩ` and `AI` are the same term. */
export function normalize(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

/**
 * Latin words and numbers are kept whole (`xgboost`, `5g`, `110kv`, `3000万`, `20%`); the Chinese runs between
 * them are what a segmenter cuts. Returns the runs in order, each marked.
 * @example splitScripts("基于 XGBoost 的 5G") // [{cjk:"基于 "}, {latin:"xgboost"}, {cjk:" 的 "}, {latin:"5g"}]
 */
export function splitScripts(text: string): Array<{ kind: "latin" | "cjk"; text: string }> {
  const runs: Array<{ kind: "latin" | "cjk"; text: string }> = [];
  const pattern = /[a-z0-9](?:[a-z0-9.+\-_]*[a-z0-9+])?%?(?:万亿|万|亿)?/g;
  let last = 0;
  for (const match of normalize(text).matchAll(pattern)) {
    const at = match.index ?? 0;
    if (at > last) runs.push({ kind: "cjk", text: normalize(text).slice(last, at) });
    runs.push({ kind: "latin", text: match[0] });
    last = at + match[0].length;
  }
  const normalized = normalize(text);
  if (last < normalized.length) runs.push({ kind: "cjk", text: normalized.slice(last) });
  return runs;
}

const WORD = /[\p{L}\p{N}]/u;

/** True for a term worth indexing: it has a letter or a digit (punctuation and spaces are not terms). */
export function isWordLike(term: string): boolean {
  return WORD.test(term);
}

/**
 * Terms of a text: its Latin words and numbers whole, its Chinese runs cut by `cut`. The shared frame of the
 * tokenizers, which differ only in how they cut Chinese.
 */
export function tokenizeRuns(text: string, cut: (run: string) => Iterable<string>): string[] {
  const terms: string[] = [];
  for (const run of splitScripts(text)) {
    if (run.kind === "latin") terms.push(run.text);
    else for (const term of cut(run.text)) terms.push(term);
  }
  return terms;
}
