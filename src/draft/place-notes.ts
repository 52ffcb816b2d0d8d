import { SECTION_NAMES, type SectionName } from "../domain/book.js";
import type { SearchIndex } from "../indexing/search-index.js";
import { classifySections } from "../retrieve/section-classifier.js";
import { sentenceSpans } from "../text/sentences.js";

/** A section label a note line may start with ("背景：…"), which then decides its section. */
const LABELS: Array<[RegExp, SectionName]> = [
  [/^(案例)?背景[:：]/, "案例背景"],
  [/^(解决)?方案[:：]|^做法[:：]/, "解决方案"],
  [/^创新(点)?[:：]/, "创新点"],
  [/^(应用)?成效[:：]|^效果[:：]|^效益[:：]/, "应用成效"],
];

/**
 * Each sentence of the notes, verbatim and in the order written, with the section of the book it belongs to: the
 * section a label gives it and the unlabelled sentences after it ("背景：…"), else the section it reads like.
 */
export async function placeSentences(
  index: SearchIndex,
  notes: string,
): Promise<Array<{ text: string; section: SectionName }>> {
  const sentences = sentenceSpans(notes).map(({ start, end }) => notes.slice(start, end));
  const labelled = sentences.map((sentence) => LABELS.find(([pattern]) => pattern.test(sentence))?.[1]);
  const classified = await classifySections(index, sentences);
  let current: SectionName | undefined;
  return sentences.map((text, i) => {
    // A label decides its sentence and the unlabelled lines that follow it.
    current = labelled[i] ?? (labelled.slice(0, i).some(Boolean) ? current : undefined);
    return { text, section: labelled[i] ?? current ?? (classified[i] as SectionName) };
  });
}

/** The notes' sentences gathered by section (see `placeSentences`). */
export async function placeNotes(index: SearchIndex, notes: string): Promise<Record<SectionName, string>> {
  const placed = await placeSentences(index, notes);
  return Object.fromEntries(
    SECTION_NAMES.map((name) => [
      name,
      placed
        .filter((sentence) => sentence.section === name)
        .map((sentence) => sentence.text)
        .join(""),
    ]),
  ) as Record<SectionName, string>;
}
