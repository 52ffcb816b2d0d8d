import { z } from "zod";
import { SectionNameSchema } from "./case.js";

/**
 * A cited passage: retrieved chunk text, a verbatim slice `text === section.slice(start, end)` of its case's
 * section, rebuilt from the chunk's provenance and never from what a model typed. `quote` marks, within `text`,
 * the sentence the answer used (when it used one), for highlighting.
 */
export const CitationSchema = z.object({
  id: z.number().int().positive(),
  caseId: z.string(),
  caseTitle: z.string(),
  section: SectionNameSchema,
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.object({ start: z.number().int(), end: z.number().int() }).optional(),
});
export type Citation = z.infer<typeof CitationSchema>;

export const AnswerModeSchema = z.enum(["llm", "extractive"]);
export type AnswerMode = z.infer<typeof AnswerModeSchema>;

export const AnswerSchema = z.object({
  answer: z.string(),
  citations: z.array(CitationSchema),
  refused: z.boolean(),
  mode: AnswerModeSchema,
  degraded: z.boolean().optional(),
});
export type Answer = z.infer<typeof AnswerSchema>;

export const TurnSchema = z.object({
  role: z.enum(["user", "assistant"]),
  content: z.string().max(8000, "history content 每条最多 8000 字"),
});
export type Turn = z.infer<typeof TurnSchema>;

export { type StreamEvent, StreamEventSchema } from "./stream-events.js";
