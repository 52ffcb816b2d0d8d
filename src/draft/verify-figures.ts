/**
 * Marks what a model wrote that the notes do not support: every number absent from the notes, and every
 * organisation name absent from the notes, gets 【待核实】 after it. Nothing is removed.
 * @example markUnsupported("效率提升 30%，成本降低 10%。", "效率提升 30%") // "效率提升 30%，成本降低 10%【待核实】。"
 */
export function markUnsupported(draft: string, notes: string): string {
  const compactNotes = notes.replace(/\s+/g, "");
  const numbers = new Set([...compactNotes.matchAll(NUMBER)].map((match) => match[0]));
  const withNumbers = draft.replace(NUMBER, (number, offset: number, whole: string) =>
    numbers.has(number) || insideMarker(whole, offset) ? number : `${number}【待核实】`,
  );
  return withNumbers.replace(ORGANISATION, (name: string, offset: number, whole: string) =>
    compactNotes.includes(name) || insideMarker(whole, offset) ? name : `${name}【待核实】`,
  );
}

const NUMBER = /\d+(?:[.,]\d+)*(?:\s?[%％])?/g;
const ORGANISATION =
  /[\u4e00-\u9fff（）()]{2,24}(?:有限责任公司|股份有限公司|有限公司|集团|研究院|研究所|大学|医院|银行|交易所)/g;

/** True when `offset` lies inside a 【…】 marker, whose words are the tool's, not a claim. */
function insideMarker(text: string, offset: number): boolean {
  return text.lastIndexOf("【", offset) > text.lastIndexOf("】", offset);
}
