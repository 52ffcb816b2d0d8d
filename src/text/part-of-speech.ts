import nodejieba from "nodejieba";

/** A word and its part-of-speech tag as jieba gives it ("ns" place name, "nt" organisation, "nz" other name …). */
export interface TaggedWord {
  word: string;
  tag: string;
}

/**
 * jieba's part-of-speech tagging, with the dictionary the process has loaded (a JiebaTokenizer's user dictionary tags
 * the book's organisation and product names "nz").
 * @example tagWords("在萍乡市布设") // [{word:"在",tag:"p"}, {word:"萍乡市",tag:"ns"}, {word:"布设",tag:"v"}]
 */
export function tagWords(text: string): TaggedWord[] {
  return nodejieba.tag(text);
}
