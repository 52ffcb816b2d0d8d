import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nodejieba from "nodejieba";
import { stopWords } from "./stop-words.js";
import { isWordLike, type Tokenizer, tokenizeRuns } from "./tokenizer.js";

/**
 * Frequency given to user words. jieba's `insertWord` gives a new word a median weight, too weak to keep
 * "数字人" from being cut into 数字/人; a loaded user dictionary with a high frequency keeps it whole.
 */
const USER_WORD_FREQUENCY = 50_000;

/**
 * The terms of the last few texts are kept: one question is tokenized by each part it passes through (thesaurus,
 * keyword indexes, embedder, evidence), so its later tokenizations are free. Indexing's many long texts are not kept.
 */
const RECENT_SIZE = 8;
const RECENT_MAX_LENGTH = 4000;

/** The user words' digest and the dictionary the process has loaded. */
let loadedDictionaries: string | undefined;

/**
 * The default tokenizer: jieba in search mode (`cutForSearch`, which emits a long word and its parts), with a
 * user dictionary so organisation and product names and the book's terms stay whole, Latin words and numbers
 * kept whole, and jieba's stop words removed.
 *
 * jieba's dictionary is process-wide: constructing a tokenizer with another word list or dictionary reloads it (about
 * a second with the full dictionary).
 * @example new JiebaTokenizer(["数据资产入表"]).tokenize("怎么做数据资产入表") // ["数据", "资产", "数据资产入表"]
 */
export class JiebaTokenizer implements Tokenizer {
  readonly id: string;
  readonly #stopWords = stopWords();
  readonly #recent = new Map<string, readonly string[]>();

  /**
   * `options.dictionary`: a dictionary trimmed to the corpus (jieba-dictionary.ts), which loads in a third of the
   * time and cuts the corpus the same; jieba's full dictionary otherwise.
   */
  constructor(userWords: readonly string[] = [], options: { dictionary?: string | undefined } = {}) {
    const digest = createHash("sha256").update(userWords.join("\n")).digest("hex").slice(0, 12);
    // The stop words are rules too: indexes rebuild when they change.
    const rules = createHash("sha256")
      .update([...this.#stopWords].join("\n"))
      .digest("hex")
      .slice(0, 8);
    this.id = `jieba-search-v2-${digest}-${rules}`;
    const loading = `${digest} ${options.dictionary ?? ""}`;
    if (loadedDictionaries !== loading) {
      loadDictionaries(userWords, digest, options.dictionary);
      loadedDictionaries = loading;
    }
  }

  tokenize(text: string): string[] {
    const recent = this.#recent.get(text);
    if (recent) return [...recent];
    const terms = this.#cut(text);
    if (text.length <= RECENT_MAX_LENGTH) {
      if (this.#recent.size >= RECENT_SIZE) this.#recent.delete(this.#recent.keys().next().value as string);
      this.#recent.set(text, terms);
    }
    return [...terms];
  }

  #cut(text: string): string[] {
    return tokenizeRuns(text, (run) =>
      nodejieba
        .cutForSearch(run, true)
        .map((word) => word.trim())
        .filter((term) => term && isWordLike(term) && !this.#stopWords.has(term)),
    );
  }
}

/** A trimmed dictionary has nodejieba's user dictionary folded in already; the full one is loaded with it. */
function loadDictionaries(userWords: readonly string[], digest: string, dictionary: string | undefined) {
  const defaults = (nodejieba as unknown as { DEFAULT_USER_DICT: string }).DEFAULT_USER_DICT;
  const path = join(tmpdir(), `jieba-user-dictionary-${digest}${dictionary ? "-own" : ""}.utf8`);
  const lines = userWords.map((word) => `${word.toLowerCase()} ${USER_WORD_FREQUENCY} nz`);
  const folded = dictionary ? "" : `${readFileSync(defaults, "utf8").trimEnd()}\n`;
  writeFileSync(path, `${folded}${lines.join("\n")}\n`);
  // Keyword extraction is not used, so its 6 MB idf table is replaced by a one-line one (jieba needs a
  // non-empty file): a quarter of a second less at start-up.
  const idf = join(tmpdir(), "jieba-idf-unused.utf8");
  writeFileSync(idf, "数据 1.0\n");
  nodejieba.load({ ...(dictionary ? { dict: dictionary } : {}), userDict: path, idfDict: idf });
}
