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

/**
 * A topic given before the question, which then points back at it or only asks whether there is a case:
 * "…溯源，有这方面的案例吗？", "…溯源，书里有案例可参考吗？", "中小学教育有案例吗？", "…的案例是哪个单位申报的？".
 */
const TOPIC_BEFORE = [
  new RegExp(
    `([^，,。？?！!；;]{4,60})[，,]\\s*(?:(?:书里|书中|案例集里?)?(?:有没有|有)(?:(?:这方面|这种|这类|这块|这样|相关|对应|数据方面)的?${CASE}?|的?${CASE})(?:可以|可|能)?(?:参考|借鉴)?的?|(?:书里|书中|案例集里?)有)(?:吗|么|没有?(?=[？?！!。，,]|$)|(?=[？?]))`,
  ),
  new RegExp(`^([^，,。？?！!；;]{2,60}?)(?:方面|这块|这类)?(?:有没有|有)(?:相关)?的?${CASE}(?:吗|么)`),
  new RegExp(`([^，,。？?！!；;]{4,60}?)的${CASE}(?:是|由)哪`),
];

/** "哪个气象案例做过沙尘暴预报？": the topic after the case asked for, with a clause before it if there is one. */
const WHICH_CASE = new RegExp(
  `(?:([^，,。？?！!；;]{4,60})[，,][^，,。？?！!；;]{0,20}?)?哪(?:个|一个)[\\u4e00-\\u9fff]{0,4}?${CASE}(?:做过|在做|在用|在|用了|用|做了|有)([^，,。？?！!；;]{2,60})`,
);

/** What a question asks the book to have a case on, if it asks that ("有没有…的案例？"); undefined otherwise. */
export function askedTopic(question: string): string | undefined {
  for (const pattern of TOPIC_BEFORE) {
    const before = question.match(pattern)?.[1]?.trim();
    if (before) return before;
  }
  const which = question.match(WHICH_CASE);
  if (which) return `${which[1] ?? ""}${which[2]}`.trim();
  for (const pattern of TOPIC_ASKED) {
    const topic = question.match(pattern)?.[1]?.trim();
    if (topic) return topic;
  }
  return undefined;
}
