import { sentenceSpans } from "../text/sentences.js";

/** Compiling the book, in the words people use for it. */
const COMPILED = "(?:编写|编制|编辑|主编|汇编|编|出版|出|评选|征集|遴选|发布|主办|牵头|组织)";

/**
 * A question about the book itself rather than its cases: who compiled it, why, how the cases were chosen and
 * assessed, what the action plan it serves is ("这本案例集是谁组织编写的？", "书里这些案例是怎么遴选出来的？", "案例入选的
 * 标准是什么？", "“数据要素×”三年行动计划是个什么政策？").
 */
const ABOUT_BOOK = new RegExp(
  [
    `(?:案例集|书).{0,16}(?:谁|哪个单位|哪家单位|哪些单位|什么(?:单位|机构|部门))(?:来)?(?:组织|牵头)?${COMPILED}`,
    `(?:为什么|为啥|为何).{0,8}${COMPILED}.{0,8}案例集`,
    "(?:案例集|这本书|本书).{0,16}(?:目的|背景|意义|为什么|为何|编制|编写|征集|遴选|评价|分析|点评)",
    `(?:案例|书).{0,8}(?:怎么|如何|怎样)(?:来的|${COMPILED}|选|挑|入选)`,
    "(?:入选|遴选|评选)的?(?:标准|条件|要求)|(?:按照?|依据|根据)什么(?:标准|条件|原则).{0,6}(?:遴选|评选|选|挑)",
    "三年行动计划.{0,20}(?:是什么|是个什么|什么政策|指什么|关系|案例集)|案例集.{0,20}三年行动计划",
    "(?:什么是|何为).{0,3}(?:数据要素|三年行动计划)",
    "数据要素\\s*[×x]\\s*(?:是什么|指什么)",
  ].join("|"),
);

/**
 * The names of the book and of the action plan, their quotation marks, and the asker's courtesy ("请简要介绍一下"):
 * what a question about the book says besides what it asks.
 */
const NAMES =
  /[《》“”"]|数据要素\s*[×x]?|(?:三年)?行动计划|典型案例集|案例集|这本|本书|请问|请|麻烦|简要|简单|大概|介绍一下|介绍|说说|讲讲|过程中?|承担了?|起了?|角色|作用|入选的?|\d+个?/g;

/**
 * What a question about the book asks beyond the book itself, once its asking and the book's and the plan's names
 * are taken out ("要求到 2026 年底实现哪些量化目标" of a question about the action plan).
 */
export function askedAboutBook(question: string): { rest: string } | undefined {
  const match = ABOUT_BOOK.exec(question);
  if (!match) return undefined;
  const rest = `${question.slice(0, match.index)} ${question.slice(match.index + match[0].length)}`;
  return { rest: rest.replace(NAMES, " ") };
}

/**
 * The preface's sentence that introduces the book by its title, which says who compiled it, for which action plan,
 * how the cases were chosen and assessed, quoted as it stands and said to be the preface's; undefined when more than
 * one of the question's other words (`asked`) is not in the preface: the preface answers who, why and how, no more
 * ("行动计划要求到 2026 年实现哪些量化目标？").
 */
export function bookAnswer(preface: string, asked: Iterable<string>): string | undefined {
  const unknown = [...asked].filter((term) => !preface.includes(term));
  if (unknown.length > 1) return undefined;
  const introduction = sentenceSpans(preface)
    .map(({ start, end }) => preface.slice(start, end))
    .find((sentence) => sentence.includes("典型案例集》"));
  return introduction ? `案例集的序言写道：“${introduction}”` : undefined;
}
