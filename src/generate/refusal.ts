import type { CaseHit } from "../retrieve/retriever.js";
import { CitationList } from "./citations.js";
import type { Evidence, QueryTerms } from "./evidence.js";

/**
 * Below this share of the question's (idf-weighted) terms found in the best of the top cases, the book is taken
 * not to answer the question. Calibrated on the unanswerable and answerable questions of eval/ (`npm run eval`
 * prints the refusal and false-refusal rates it gives).
 */
export const REFUSAL_COVERAGE = 0.31;

/**
 * Below this share of the terms of the topic a question asks the book to have a case on ("有没有…的案例？") found in
 * the best of the top cases, the book is taken to have no case on it. Calibrated like REFUSAL_COVERAGE.
 */
export const TOPIC_COVERAGE = 0.5;

export interface Confidence {
  coverage: number;
  confident: boolean;
}

/** How well the best of the top three cases covers the question's distinctive terms. */
export function confidence(
  evidence: Evidence,
  query: QueryTerms,
  cases: readonly CaseHit[],
  threshold = REFUSAL_COVERAGE,
): Confidence {
  const coverage = Math.max(0, ...cases.slice(0, 3).map((hit) => evidence.caseCoverage(query, hit.case)));
  return { coverage, confident: query.total > 0 && coverage >= threshold };
}

/** What the closest case lacks: the figure asked for, the name asked for, a figure the question states, a reason. */
export type Missing = "figure" | "name" | "stated" | "named" | "place" | "reason" | "choice";

const LACKS: Record<Missing, string> = {
  figure: "给出您问的这个数字",
  name: "写明您问的具体名称",
  stated: "提到您问题里说的这个数字",
  named: "提到您问题里说的这个名称",
  place: "提到您问题里说的这个地方",
  reason: "说明您问的原因",
  choice: "说明是您列出的哪一种",
};

/**
 * The honest answer when the book has nothing on the question: say so, and point at the closest cases. With
 * `missing`, the closest case is on the question's topic but does not give the figure or the name asked for, or does
 * not have the figure the question takes as given.
 */
export function refusalAnswer(
  cases: readonly CaseHit[],
  options: { missing?: Missing | undefined; absent?: string | undefined } = {},
) {
  const citations = new CitationList();
  const closest = cases.slice(0, 3).filter((hit) => hit.chunks[0]);
  const lines = closest.map((hit, i) => {
    const chunk = hit.chunks[0] as NonNullable<(typeof hit.chunks)[number]>;
    return `${i + 1}. 《${hit.case.title}》（${hit.case.domain}）[${citations.cite(chunk.chunk, hit.case)}]`;
  });
  const top = closest[0]?.case.title;
  const answer =
    options.missing && top && lines.length > 0
      ? `《${top}》等案例没有${LACKS[options.missing]}${options.absent ? `（${options.absent}）` : ""}，案例集中查不到。可以看看这些最接近的案例：\n${lines.join("\n")}`
      : lines.length > 0
        ? `案例集中没有找到能回答这个问题的内容。最接近的案例是：\n${lines.join("\n")}`
        : "案例集中没有找到能回答这个问题的内容。请问一个与案例有关的问题，例如“有哪些案例用了隐私计算？”或“京东物流的供应链金融是怎么做的？”";
  return { answer, citations };
}
