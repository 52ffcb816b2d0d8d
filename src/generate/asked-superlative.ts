/**
 * A question that asks which case is the most of something ("哪个案例的融资规模最大？", "放款最多的是哪家公司？", "书里
 * 哪个项目服务的用户最多"): the book compares no case with another, so such a question is answered with the cases that give
 * a figure for it, side by side, not with one case's figure as if it were the largest.
 */
const ACROSS_CASES =
  /(?:哪个|哪一个|哪些)(?:案例|项目)|哪家(?:单位|公司|企业|机构)|(?:所有|各个|这些|书里|书中|案例集里).{0,6}(?:案例|项目)/;
const MOST = /最(?:大|多|高|快|早|强|好|低|少|长|广|久)/g;
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
