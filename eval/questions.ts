import { fileURLToPath } from "node:url";
import { z } from "zod";
import { loadJsonlSets } from "./jsonl.js";

export const QUESTION_TYPES = ["fact", "numeric", "applicant", "list", "similar", "unanswerable"] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const QuestionSchema = z.object({
  id: z.string().min(1),
  type: z.enum(QUESTION_TYPES),
  question: z.string().min(1),
  gold: z.array(z.string().regex(/^\d{2}-\d{2}$/)),
  note: z.string().optional(),
});
export type Question = z.infer<typeof QuestionSchema>;

export const QUESTIONS_DIR = fileURLToPath(new URL("./questions", import.meta.url));

/** Every question of eval/questions/*.jsonl, validated; a bad line is an error naming file and line. */
export async function loadQuestions(directory = QUESTIONS_DIR): Promise<Question[]> {
  const questions = [...(await loadJsonlSets(directory, QuestionSchema)).values()].flat();
  const ids = new Set<string>();
  for (const question of questions) {
    if (ids.has(question.id)) throw new Error(`question id ${question.id} appears twice`);
    ids.add(question.id);
  }
  return questions;
}
