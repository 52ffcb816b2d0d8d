import { isWordLike, type Tokenizer, tokenizeRuns } from "./tokenizer.js";

/**
 * Character bigrams of Chinese runs, Latin words and numbers whole. No dictionary, so it matches where a
 * segmenter cut a question and the book differently ("养牛场" and "养牛" share 养牛); a second keyword index
 * uses it beside the jieba one.
 * @example new BigramTokenizer().tokenize("养牛场 5G") // ["养牛", "牛场", "5g"]
 */
export class BigramTokenizer implements Tokenizer {
  readonly id = "bigram-v1";

  tokenize(text: string): string[] {
    return tokenizeRuns(text, (run) => {
      const characters = [...run].filter(isWordLike);
      if (characters.length === 1) return characters;
      return characters.slice(1).map((character, i) => `${characters[i]}${character}`);
    });
  }
}
