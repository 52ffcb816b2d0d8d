import { createHash } from "node:crypto";
import nodejieba from "nodejieba";
import { stopWords } from "./stop-words.js";
import { isWordLike, splitScripts, type Tokenizer } from "./tokenizer.js";

/**
 * The default tokenizer: jieba in search mode (`cutForSearch`, which emits a long word and its parts), with a
 * user dictionary so organisation and product names and the book's terms stay whole, Latin words and numbers
 * kept whole, and jieba's stop words removed.
 *
 * jieba's dictionary is process-wide: words added here stay added for every JiebaTokenizer in the process.
 * @example new JiebaTokenizer(["数据资产入表"]).tokenize("怎么做数据资产入表") // ["数据", "资产", "数据资产入表"]
 */
export class JiebaTokenizer implements Tokenizer {
  readonly id: string;
  readonly #stopWords = stopWords();

  constructor(userWords: readonly string[] = []) {
    for (const word of userWords) nodejieba.insertWord(word);
    const digest = createHash("sha256").update(userWords.join("\n")).digest("hex").slice(0, 12);
    this.id = `jieba-search-v1-${digest}`;
  }

  tokenize(text: string): string[] {
    const terms: string[] = [];
    for (const run of splitScripts(text)) {
      if (run.kind === "latin") {
        terms.push(run.text);
        continue;
      }
      for (const word of nodejieba.cutForSearch(run.text, true)) {
        const term = word.trim();
        if (term && isWordLike(term) && !this.#stopWords.has(term)) terms.push(term);
      }
    }
    return terms;
  }
}
