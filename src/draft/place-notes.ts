import { SECTION_NAMES, type SectionName } from "../domain/book.js";
import type { SearchIndex } from "../indexing/search-index.js";
import { nearest, sectionSimilarities } from "../retrieve/section-classifier.js";
import { sentenceSpans } from "../text/sentences.js";
import { cueScores } from "./section-cues.js";

/** A section label a note line may start with ("背景：…"), which then decides its section. */
const LABELS: Array<[RegExp, SectionName]> = [
  [/^(案例)?背景[:：]/, "案例背景"],
  [/^(解决)?方案[:：]|^做法[:：]/, "解决方案"],
  [/^创新(点)?[:：]/, "创新点"],
  [/^(应用)?成效[:：]|^效果[:：]|^效益[:：]/, "应用成效"],
];

/**
 * How much one cue weight counts against a sentence's similarity to a section centroid (similarities run from about
 * 0.1 to 0.3). Measured by `npm run eval` on the sets of notes in eval/drafts/, each written blind: placed right with
 * centroids alone 0.597, 0.672 and 0.609; with the cues, first runs 0.898 (the set the cues were first written on),
 * 0.830 and 0.774, and 0.894, 0.926 and 0.855 once the misses of the second and third had taught the cues more. On
 * the book's own sentences, where centroids alone place 0.799, cues pull that down (0.764 at 0.02, 0.740 at 0.03,
 * 0.705 at 0.05): notes are what a draft is made from.
 */
const CUE_WEIGHT = 0.03;

/**
 * Each sentence of the notes, verbatim and in the order written, with the section of the book it belongs to: the
 * section a label gives it and the unlabelled sentences after it ("背景：…"), else the one it reads like (the nearest
 * section centroid) as moved by the words that mark a section in notes ("我们是…", "首次…", "已经放款…", see
 * `cueScores`).
 */
export async function placeSentences(
  index: SearchIndex,
  notes: string,
): Promise<Array<{ text: string; section: SectionName }>> {
  const sentences = sentenceSpans(notes).map(({ start, end }) => notes.slice(start, end));
  const labelled = sentences.map((sentence) => LABELS.find(([pattern]) => pattern.test(sentence))?.[1]);
  const similarities = await sectionSimilarities(index, sentences);
  let current: SectionName | undefined;
  return sentences.map((text, i) => {
    // A label decides its sentence and the unlabelled lines that follow it.
    current = labelled[i] ?? (labelled.slice(0, i).some(Boolean) ? current : undefined);
    // What the sentence reads like, moved by its cues: a cue of weight 1 is worth CUE_WEIGHT of similarity.
    const cues = cueScores(text);
    const similarity = similarities[i] as Record<SectionName, number>;
    const moved = Object.fromEntries(
      SECTION_NAMES.map((name) => [name, similarity[name] + CUE_WEIGHT * (cues.get(name) ?? 0)]),
    ) as Record<SectionName, number>;
    return { text, section: labelled[i] ?? current ?? nearest(moved) };
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
