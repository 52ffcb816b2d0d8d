/**
 * A question that asks which case is the most of something ("哪个案例的融资规模最大？", "放款最多的是哪家公司？", "书里
 * 哪个项目服务的用户最多"): the book compares no case with another, so such a question is answered with the cases that give
 * a figure for it, side by side, not with one case's figure as if it were the largest.
 */
const ACROSS_CASES =
  /(?:哪个|哪一个|哪些)(?:案例|项目|平台|系统|模型|产品)|哪家(?:单位|公司|企业|机构)|(?:所有|各个|这些|全部|\d+\s*个|一百个|书里|书中|案例集里).{0,6}(?:案例|项目)|的(?:案例|项目)是哪(?:个|一个|些|家)/;
/** 最 before a quality ("最大", "最早", "最有创新性", "最显著"); not 最近, 最终, 最后, 最初, 最好还… (recently, finally…). */
const MOST = /最(?!近|终|后|初|好(?:还|能|是|从|在))[\u4e00-\u9fff]/g;
/** Whether `question` asks which case is the most of something. */
export function asksSuperlative(question: string): boolean {
  const across = ACROSS_CASES.exec(question);
  // search(), unlike test(), ignores the global flag's lastIndex.
  return !!across && question.slice(Math.max(0, across.index - 16)).search(MOST) >= 0;
}

/**
 * The question without its 最大 / 最多…: what the cases are searched and quoted for. The book does not say which
 * case is the most of anything, and its "最大化" would match.
 */
export function withoutSuperlative(question: string): string {
  return question.replace(MOST, (word) => "　".repeat(word.length));
}
