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

/** Tags of single words looked up, kept: a question's terms are tagged again and again. */
const wordTags = new Map<string, TaggedWord[]>();
const WORD_CACHE = 4096;

/** jieba's tags of one word (a question's term), kept for the next time it is asked. */
export function tagsOf(word: string): readonly TaggedWord[] {
  let tags = wordTags.get(word);
  if (!tags) {
    if (wordTags.size >= WORD_CACHE) wordTags.clear();
    tags = tagWords(word);
    wordTags.set(word, tags);
  }
  return tags;
}

/** jieba's tags of words that name a thing: nouns, names, verbal nouns ("监测"), Latin words. */
const THING_TAGS = new Set(["n", "nr", "ns", "nt", "nz", "nw", "vn", "an", "eng"]);

/**
 * Whether jieba reads `word` as naming a thing ("消防", "公积金", "电梯") rather than as a verb, a measure, an adverb or
 * a piece cut out of a longer phrase ("压到", "好几", "场用").
 */
export function namesThing(word: string): boolean {
  const words = tagsOf(word);
  return words.length > 0 && words.every(({ tag }) => THING_TAGS.has(tag));
}
