import type { Question } from "./questions.js";

/** Retrieval metrics of one question, given the ranked case ids a system returned. */
export interface QuestionScore {
  recallAt1: number;
  recallAt5: number;
  recallAt10: number;
  reciprocalRank: number;
  /** Every gold case is in the top 10 (the domain-list target). */
  allInTop10: boolean;
}

/**
 * recall@k is the share of gold cases in the top k (for one gold case, a hit or a miss); the reciprocal rank is
 * 1 / the rank of the first gold case, 0 when none is returned.
 * @example scoreQuestion(["05-01"], ["03-01", "05-01"]).reciprocalRank // 0.5
 */
export function scoreQuestion(gold: readonly string[], ranked: readonly string[]): QuestionScore {
  const recallAt = (k: number) => gold.filter((id) => ranked.slice(0, k).includes(id)).length / gold.length;
  const first = ranked.findIndex((id) => gold.includes(id));
  return {
    recallAt1: recallAt(1),
    recallAt5: recallAt(5),
    recallAt10: recallAt(10),
    reciprocalRank: first === -1 ? 0 : 1 / (first + 1),
    allInTop10: gold.every((id) => ranked.slice(0, 10).includes(id)),
  };
}

export interface Summary {
  count: number;
  recallAt1: number;
  recallAt5: number;
  recallAt10: number;
  mrr: number;
  allInTop10: number;
}

export function summarize(scores: readonly QuestionScore[]): Summary {
  const mean = (pick: (score: QuestionScore) => number) =>
    scores.length === 0 ? 0 : scores.reduce((sum, score) => sum + pick(score), 0) / scores.length;
  return {
    count: scores.length,
    recallAt1: mean((s) => s.recallAt1),
    recallAt5: mean((s) => s.recallAt5),
    recallAt10: mean((s) => s.recallAt10),
    mrr: mean((s) => s.reciprocalRank),
    allInTop10: mean((s) => (s.allInTop10 ? 1 : 0)),
  };
}

/** Groups questions answerable by retrieval (gold not empty) by type, plus the fact/numeric/applicant target group. */
export function groups(questions: readonly Question[]): Array<[string, Question[]]> {
  const answerable = questions.filter((q) => q.gold.length > 0);
  const types = [...new Set(answerable.map((q) => q.type))];
  return [
    ...types.map((type): [string, Question[]] => [type, answerable.filter((q) => q.type === type)]),
    ["fact+numeric+applicant", answerable.filter((q) => ["fact", "numeric", "applicant"].includes(q.type))],
    ["hard (no names, 1 per case)", answerable.filter((q) => q.id.startsWith("hard-"))],
    ["list, first set", answerable.filter((q) => q.id.startsWith("lists-"))],
    ["list, second set", answerable.filter((q) => q.id.startsWith("lists2-"))],
    ["list, third set", answerable.filter((q) => q.id.startsWith("lists3-"))],
    ["list, fourth set", answerable.filter((q) => q.id.startsWith("lists4-"))],
    ["list, fifth set", answerable.filter((q) => q.id.startsWith("lists5-"))],
    ["list, sixth set", answerable.filter((q) => q.id.startsWith("lists6-"))],
    ["list, seventh set", answerable.filter((q) => q.id.startsWith("lists7-"))],
    ["list, eighth set", answerable.filter((q) => q.id.startsWith("lists8-"))],
    ["list, ninth set", answerable.filter((q) => q.id.startsWith("lists9-"))],
    ["list, tenth set", answerable.filter((q) => q.id.startsWith("lists10-"))],
    ["list, eleventh set", answerable.filter((q) => q.id.startsWith("lists11-"))],
    ["list, twelfth set", answerable.filter((q) => q.id.startsWith("lists12-"))],
    ["all answerable", answerable],
  ];
}
