import { tagsOf } from "../text/part-of-speech.js";

/** A name written in Latin letters, as a question's terms have it (lower-case): "ip-llm", "dmall", "chatglm", "lstm". */
const LATIN_NAME = /^(?=.*[a-z])[a-z0-9][a-z0-9.+-]*$/;

/** Names used by more cases than this are words of the field ("ai", "api", "3d"), not names of a case's things. */
export const RARE_NAME_CASES = 2;

/**
 * The names a question uses: written in Latin letters ("八月瓜那个 IP-LLM 是用什么数据训练的？"), or words jieba tags
 * as other proper names, which the user dictionary gives the book's products, platforms and organisations ("抖音",
 * "物美", "中轴"). A question takes the thing as part of the case it asks about, as it does a figure it states: a case
 * that never mentions it is not the case meant, or the premise is wrong (IP-LLM is another company's model).
 */
export function statedNames(terms: Iterable<string>): string[] {
  return [...terms].filter((term) => term.length >= 2 && (LATIN_NAME.test(term) || isOtherName(term)));
}

function isOtherName(term: string): boolean {
  const words = tagsOf(term);
  return words.length === 1 && words[0]?.tag === "nz";
}
