import { isWordLike, splitScripts, type Tokenizer } from "./tokenizer.js";

/**
 * Character bigrams of Chinese runs, Latin words and numbers whole. No dictionary, so it matches where a
 * segmenter cut a question and the book differently ("养牛场" and "养牛" share 养牛); a second keyword index
 * uses it beside the jieba one.
 * @example new BigramTokenizer().tokenize("养牛场 5G") // ["养牛", "牛场", "5g"]
 */
export class BigramTokenizer implements Tokenizer {
  readonly id = "bigram-v1";

  tokenize(text: string): string[] {
    const terms: string[] = [];
    for (const run of splitScripts(text)) {
      if (run.kind === "latin") {
        terms.push(run.text);
        continue;
      }
      const characters = [...run.text].filter(isWordLike);
      for (let i = 0; i + 1 < characters.length; i++) terms.push(`${characters[i]}${characters[i + 1]}`);
      if (characters.length === 1) terms.push(characters[0] as string);
    }
    return terms;
  }
}
