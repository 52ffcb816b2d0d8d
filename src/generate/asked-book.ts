import { sentenceSpans } from "../text/sentences.js";

/**
 * A question about the book itself rather than its cases: who compiled it, why, how the cases were chosen, what the
 * action plan it serves is ("这本案例集是谁组织编的？", "案例集是怎么评选出来的？", "什么是数据要素×三年行动计划？").
 */
const ABOUT_BOOK =
  /(?:案例集|书)(?:是|由)?(?:谁|哪个单位|哪家单位|什么(?:单位|机构|部门))(?:组织|牵头)?(?:编|出|主编|编写|编制|评选|征集|遴选|发布|主办|汇编)|(?:案例集|这本书|本书).{0,10}(?:目的|为什么|为何|怎么(?:评|选|征集|遴选)|如何(?:评|选|征集|遴选)|标准)|(?:什么是|何为).{0,3}(?:数据要素|三年行动计划)|(?:数据要素\s*[×x]|三年行动计划)\s*(?:是什么|指什么)/;

/**
 * What a question about the book asks beyond the book itself, once its asking is taken out ("要求到 2026 年底实现哪些
 * 量化目标" of a question about the action plan), for the caller to weigh: the preface answers who, why and how, not
 * more.
 */
export function askedAboutBook(question: string): { rest: string } | undefined {
  const match = ABOUT_BOOK.exec(question);
  if (!match) return undefined;
  const rest = `${question.slice(0, match.index)} ${question.slice(match.index + match[0].length)}`;
  return { rest: rest.replace(NAMES, " ") };
}

/** The names of the book and of the action plan, and their quotation marks: what a question about the book names. */
const NAMES = /[《》“”"]|数据要素\s*[×x]?|(?:三年)?行动计划|典型案例集|案例集/g;

/**
 * The preface's sentence that introduces the book by its title, which says who compiled it, for which action plan,
 * and how the cases were chosen, quoted as it stands and said to be the preface's.
 */
export function bookAnswer(preface: string): string | undefined {
  const introduction = sentenceSpans(preface)
    .map(({ start, end }) => preface.slice(start, end))
    .find((sentence) => sentence.includes("典型案例集》"));
  return introduction ? `案例集的序言写道：“${introduction}”` : undefined;
}
