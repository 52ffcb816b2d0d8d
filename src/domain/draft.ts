import { z } from "zod";
import { CitationSchema } from "./answer.js";
import { SectionNameSchema } from "./case.js";

export const DraftSectionSchema = z.object({
  name: SectionNameSchema,
  /** The draft itself; what is missing is marked 【待补充：…】, figures the notes lack 【待核实】. */
  text: z.string(),
  /** How similar cases of the book wrote this section: cited passages, kept apart from `text`. */
  examples: z.array(CitationSchema),
});

export const DraftSchema = z.object({
  title: z.string(),
  domain: z.string(),
  applicants: z.array(z.string()),
  sections: z.array(DraftSectionSchema),
});
export type Draft = z.infer<typeof DraftSchema>;

export const GapSchema = z.object({ section: z.string(), message: z.string() });
export type Gap = z.infer<typeof GapSchema>;
