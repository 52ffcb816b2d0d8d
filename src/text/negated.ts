/**
 * Clauses of a question that say what it does not ask for: "知识图谱不算", "不算大模型", "（不是深度学习那种）",
 * "城六区和通州副中心不算". Their words describe what to leave out, so they are not searched for nor counted as what
 * the question asks.
 */
const NEGATED =
  /(?<=^|[，,。？?！!；;（(])\s*(?:也|但|而且|并)?(?:不算|不包括|不含|不要|不是(?!说|很|挺))[^，,。？?！!；;（）()]*|(?<=^|[，,。？?！!；;（(])[^，,。？?！!；;（）()]*(?:不算|除外|不计)(?=[，,。？?！!；;）)]|$)/g;

/**
 * The question with its negated clauses blanked out (same length, so offsets still hold).
 * @example withoutNegated("用了图算法的案例有哪些？知识图谱不算") // "用了图算法的案例有哪些？　　　　　　"
 */
export function withoutNegated(question: string): string {
  return question.replace(NEGATED, (clause) => "　".repeat(clause.length));
}
