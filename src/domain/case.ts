import { z } from "zod";
import { SECTION_NAMES } from "./book.js";

export const SectionNameSchema = z.enum(SECTION_NAMES);

export const SectionSchema = z.object({
  name: SectionNameSchema,
  /** Paragraphs separated by a blank line, exactly as in the case file. */
  text: z.string().min(1, "section text is empty"),
});
export type Section = z.infer<typeof SectionSchema>;

export const CaseIdSchema = z.string().regex(/^\d{2}-\d{2}$/, "caseId must look like 05-03");

/** Front matter of a case file. */
export const CaseMetaSchema = z.object({
  caseId: CaseIdSchema,
  domainNo: z.number().int().min(1).max(14),
  domain: z.string().min(1),
  caseNo: z.number().int().min(1),
  title: z.string().min(1),
  applicants: z.array(z.string().min(1)).min(1, "a case needs at least one applicant"),
});
export type CaseMeta = z.infer<typeof CaseMetaSchema>;

export const CaseSchema = CaseMetaSchema.extend({
  sections: z
    .array(SectionSchema)
    .length(SECTION_NAMES.length)
    .refine((sections) => sections.every((section, i) => section.name === SECTION_NAMES[i]), {
      message: `sections must be ${SECTION_NAMES.join(", ")} in that order`,
    }),
});
export type Case = z.infer<typeof CaseSchema>;

export const DomainSchema = z.object({
  domainNo: z.number().int().min(1).max(14),
  domain: z.string().min(1),
  intro: z.string(),
});
export type Domain = z.infer<typeof DomainSchema>;

export interface Corpus {
  preface: string;
  domains: Domain[];
  cases: Case[];
}
