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

/**
 * Words that frame a question rather than say what it asks ("想找个类似的例子", "农业那章", "都算", "帮着"). They
 * stay in the index (the book uses a few of them), but weighing how much of a question a case or a sentence covers
 * leaves them out: most never occur in the book, so they would count as the rarest and weightiest words of all.
 */
const FRAME_WORDS = new Set(
  (
    "想 想用 想要 打算 希望 帮 帮忙 帮着 类似 相近 这类 那类 这种 那种 这块 那块 几块 这章 那章 一章 这套 那套 " +
    "这家 那家 有个 例子 书里 集里 案例集 列 说 讲 知道 专门 做过 用过 干活 打过 交道 都算 不算 算 写明 号称 " +
    "到底 大概 一共 总共 弄 求 手里 里面 下面 里 放在 之后 后来 以前 以后 现在 参考 借鉴 看看 问问 请教 " +
    "找 想找 找找 做法 先例 给出 写到 交代"
  ).split(" "),
);

export function isFrameWord(term: string): boolean {
  return FRAME_WORDS.has(term);
}

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
