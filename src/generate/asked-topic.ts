/**
 * The topic of a question that asks whether the book has a case on it: "有没有用数据做消防监管的案例？" asks for
 * "用数据做消防监管", "书里讲过医保基金智能监管的案例吗？" for "医保基金智能监管". A case answers such a question only
 * if it is about the topic itself, not about the words around it.
 */
const CASE = "(?:案例|例子|先例|实践|做法|参考|项目)";
const TOPIC_ASKED = [
  // "有没有哪个案例是用…的？", "有没有案例用了…？"
  new RegExp(
    `(?:有没有|是否有|有无)(?:哪个|哪些|什么|一些|相关)?${CASE}(?:是|在|能|用|做|讲)?([^，,。？?！!；;]{2,60}?)的?(?:[？?！!。]|$)`,
  ),
  // "有没有用数据做…的案例？", "有没有…方面的案例？"
  new RegExp(`(?:有没有|是否有|有无)([^，,。？?！!；;]{2,60}?)(?:方面|这块|这类|相关)?的?(?:数据)?${CASE}`),
  // "书里讲过…的案例吗？", "有…的案例吗？"
  new RegExp(
    `(?:书里|书中|案例集里?|里面)?(?:有|讲过|提到过?|说过|写过)([^，,。？?！!；;]{2,60}?)(?:方面|这块|这类|相关)?的?(?:数据)?${CASE}(?:吗|么|没有|没)`,
  ),
];

/** A topic given in the clause before the question, which then points back at it: "…溯源，有这方面的案例吗？". */
const TOPIC_BEFORE = new RegExp(
  `([^，,。？?！!；;]{4,60})[，,]\\s*(?:书里|书中|案例集里?)?(?:有没有|有)(?:这方面|这种|这类|这块|这样|相关)的?${CASE}`,
);

/** What a question asks the book to have a case on, if it asks that ("有没有…的案例？"); undefined otherwise. */
export function askedTopic(question: string): string | undefined {
  const before = question.match(TOPIC_BEFORE)?.[1]?.trim();
  if (before) return before;
  for (const pattern of TOPIC_ASKED) {
    const topic = question.match(pattern)?.[1]?.trim();
    if (topic) return topic;
  }
  return undefined;
}
