import * as z from "zod/mini";
import { SECTION_NAMES } from "./book.js";

/**
 * The events of a streamed answer, in order: `citations`, then `answer-delta`s, then `answer-end`; `error` on
 * failure; `answer-reset` tells the client to drop the text so far (an LLM failed mid-answer and the extractive
 * answer follows). Shared by the server, the web page and the widget; written with zod/mini so the widget stays
 * small. `CitationSchema` in answer.ts is the same shape in classic zod for the OpenAPI document; a test keeps the
 * two equal.
 */
export const StreamCitationSchema = z.object({
  id: z.number().check(z.int(), z.positive()),
  caseId: z.string(),
  caseTitle: z.string(),
  section: z.enum(SECTION_NAMES),
  text: z.string(),
  start: z.number().check(z.int(), z.nonnegative()),
  end: z.number().check(z.int(), z.nonnegative()),
  quote: z.optional(z.object({ start: z.number().check(z.int()), end: z.number().check(z.int()) })),
});

const ModeSchema = z.enum(["llm", "extractive"]);

export const StreamEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("citations"), citations: z.array(StreamCitationSchema) }),
  z.object({ type: z.literal("answer-delta"), text: z.string() }),
  z.object({ type: z.literal("answer-reset"), citations: z.array(StreamCitationSchema) }),
  z.object({
    type: z.literal("answer-end"),
    refused: z.boolean(),
    mode: ModeSchema,
    degraded: z.optional(z.boolean()),
  }),
  z.object({ type: z.literal("error"), code: z.string(), message: z.string() }),
]);
export type StreamEvent = z.infer<typeof StreamEventSchema>;
export type Citation = z.infer<typeof StreamCitationSchema>;
