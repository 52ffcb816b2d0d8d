import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { Answer } from "../src/domain/answer.js";
import type { Case } from "../src/domain/case.js";
import { loadJsonlSets } from "./jsonl.js";

/** The kinds of question the answer service treats before or beside searching, and the ordinary ones that look alike. */
export const ROUTE_KINDS = ["count", "book", "assistant", "superlative", "overview", "normal"] as const;
export type RouteKind = (typeof ROUTE_KINDS)[number];

export const RoutingQuestionSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(ROUTE_KINDS),
  question: z.string().min(1),
  note: z.string().optional(),
});
export type RoutingQuestion = z.infer<typeof RoutingQuestionSchema>;

export const ROUTING_DIR = fileURLToPath(new URL("./routing", import.meta.url));

/** The routing questions of eval/routing/*.jsonl, validated, by file. */
export function loadRoutingQuestions(directory = ROUTING_DIR): Promise<Map<string, RoutingQuestion[]>> {
  return loadJsonlSets(directory, RoutingQuestionSchema);
}

/**
 * How an answer was given, read from what the user sees: the assistant's account of itself, the preface, a count,
 * cases side by side, a list of every case of an organisation the question names (`cases`: the book's), or an
 * ordinary answer.
 * A superlative the book cannot weigh at all ("最有创新性") is refused like any question, and reads as ordinary.
 */
export function routeOf(question: string, answer: Answer, cases: readonly Case[]): RouteKind {
  const text = answer.answer;
  if (text.startsWith("我是“数据要素 × 案例助手”")) return "assistant";
  if (text.startsWith("案例集的序言写道")) return "book";
  if (text.startsWith("案例集共收录") || /^“[^”]+”领域共收录/.test(text)) return "count";
  if (text.startsWith("案例集没有对各案例做排名或比较")) return "superlative";
  const named = cases
    .flatMap((item) => item.applicants)
    .find((applicant) => question.includes(applicant.replace(/(?:股份)?有限(?:责任)?公司$/, "")));
  const owned = named ? cases.filter((item) => item.applicants.includes(named)).map((item) => item.caseId) : [];
  const cited = new Set(answer.citations.map((citation) => citation.caseId));
  const listed = /^案例集中与此(?:最)?相关的/.test(text);
  if (listed && owned.length >= 2 && owned.every((caseId) => cited.has(caseId))) return "overview";
  return "normal";
}
