import { nearMarked, sentenceSpans } from "../text/sentences.js";

/** A question asking why: "为什么挑刘家店镇？", "为啥用粒子群算法？", "出于什么考虑？". */
const WHY = /为什么|为啥|为何|出于什么考虑|什么原因|何故/;

/**
 * Words that give a reason, a need or a purpose: "由于涉及敏感数据，无法直接开放", "针对空域限制的实际情况", "解决…的问题",
 * "从而提升舒适性".
 */
const REASON =
  /由于|因为|因此|所以|为了|为此|考虑到|鉴于|旨在|以便|原因|导致|使得|依托|凭借|优势|痛点|难以|无法|不足|瓶颈|面临|亟需|需要|解决|缺少|缺乏|针对|从而/;

/** Whether `question` asks why. */
export function asksWhy(question: string): boolean {
  return WHY.test(question);
}

/**
 * Whether `text` gives a reason for what the question asks about: a sentence with a word of reason that mentions one
 * of the `subject` words (what the question asks the reason of: "刘家店", "粒子群算法"), or is next to one that does.
 * A case that states a choice without a word on why ("选在山西芮城和江西会昌落地") does not answer why.
 */
export function givesReason(text: string, subject: readonly string[]): boolean {
  const sentences = sentenceSpans(text).map(({ start, end }) => text.slice(start, end));
  const onSubject = sentences.map((sentence) => subject.some((word) => sentence.includes(word)));
  return sentences.some((sentence, i) => REASON.test(sentence) && nearMarked(onSubject, i));
}
