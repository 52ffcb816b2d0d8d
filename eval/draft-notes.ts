import { fileURLToPath } from "node:url";
import { z } from "zod";
import { SECTION_NAMES, type SectionName } from "../src/domain/book.js";
import { loadJsonlSets } from "./jsonl.js";

/** Notes a user might jot before drafting, each sentence with the section of the book an editor would put it in. */
export const DraftNotesSchema = z.object({
  id: z.string().min(1),
  domain: z.string().min(1),
  sentences: z.array(z.object({ text: z.string().min(1), section: z.enum(SECTION_NAMES) })).min(1),
  note: z.string().optional(),
});
export type DraftNotes = z.infer<typeof DraftNotesSchema>;

export const DRAFT_NOTES_DIR = fileURLToPath(new URL("./drafts", import.meta.url));

/** Every set of notes of eval/drafts/*.jsonl, validated, by file (`notes.jsonl`, `notes2.jsonl`, …). */
export function loadDraftNotes(directory = DRAFT_NOTES_DIR): Promise<Map<string, DraftNotes[]>> {
  return loadJsonlSets(directory, DraftNotesSchema);
}

/** Sentences placed where the gold says, of how many. */
export interface Tally {
  correct: number;
  total: number;
}

/**
 * How many of the notes' sentences a placer puts where the gold says: overall, per gold section and per set. Sentences
 * are matched by their text: a placer that cuts the notes differently scores the sentences it cut the same.
 */
export async function scorePlacement(
  sets: ReadonlyMap<string, readonly DraftNotes[]>,
  place: (text: string) => Promise<Array<{ text: string; section: SectionName }>>,
): Promise<Tally & { bySection: Map<SectionName, Tally>; bySet: Map<string, Tally> }> {
  const all: Tally = { correct: 0, total: 0 };
  const bySection = new Map<SectionName, Tally>(SECTION_NAMES.map((name) => [name, { correct: 0, total: 0 }]));
  const bySet = new Map<string, Tally>();
  for (const [set, notes] of sets) {
    const ofSet: Tally = { correct: 0, total: 0 };
    bySet.set(set, ofSet);
    for (const item of notes) {
      const placed = await place(item.sentences.map((sentence) => sentence.text).join(""));
      const sectionOf = new Map(placed.map((sentence) => [sentence.text.trim(), sentence.section]));
      for (const sentence of item.sentences) {
        const right = sectionOf.get(sentence.text.trim()) === sentence.section ? 1 : 0;
        for (const tally of [all, ofSet, bySection.get(sentence.section) as Tally]) {
          tally.total++;
          tally.correct += right;
        }
      }
    }
  }
  return { ...all, bySection, bySet };
}
