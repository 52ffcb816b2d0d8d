import { readFileSync } from "node:fs";
import nodejieba from "nodejieba";

/**
 * Stop words: the list that ships with jieba (cppjieba's stop_words.utf8, function words and punctuation) plus
 * the question words users type ("哪些", "怎么") that say nothing about which case is meant.
 */
const QUESTION_WORDS = [
  "哪些",
  "哪个",
  "哪家",
  "哪",
  "什么",
  "怎么",
  "怎样",
  "如何",
  "多少",
  "是否",
  "有没有",
  "没有",
  "有",
  "是",
  "吗",
  "呢",
  "吧",
  "啊",
  "的",
  "了",
  "那个",
  "这个",
  "一下",
  "请问",
  "介绍",
  "案例",
  "一个",
  "搞",
  "做",
  "用",
  "能",
  "用到",
  "用了",
  "做了",
  "有关",
  "相关",
  "涉及",
  "关于",
  "具体",
  "一些",
  "列一下",
  "都有",
  "哪几个",
  "哪几",
  "几个",
  "几家",
  "有几个",
  "提到",
  "提及",
  "写了",
  "列出",
  "列出来",
  "先例",
];

let cached: Set<string> | undefined;

export function stopWords(): Set<string> {
  if (!cached) {
    const path = (nodejieba as unknown as { DEFAULT_STOP_WORD_DICT: string }).DEFAULT_STOP_WORD_DICT;
    const shipped = readFileSync(path, "utf8")
      .split("\n")
      .map((word) => word.trim());
    cached = new Set([...shipped, ...QUESTION_WORDS].filter(Boolean));
  }
  return cached;
}
