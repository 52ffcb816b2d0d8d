/**
 * Splits text into sentences at 。！？； (and their Latin forms), keeping the punctuation and any closing quote with
 * the sentence. Returns character offsets so callers can slice the original text.
 * @example sentenceSpans("甲。乙！") // [{start: 0, end: 2}, {start: 2, end: 4}]
 */
export function sentenceSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  const pattern = /[。！？；!?;]+[”’」』）)]*|\n+/g;
  let start = 0;
  for (const match of text.matchAll(pattern)) {
    const end = (match.index ?? 0) + match[0].length;
    if (text.slice(start, end).trim()) spans.push(trimSpan(text, start, end));
    start = end;
  }
  if (text.slice(start).trim()) spans.push(trimSpan(text, start, text.length));
  return spans;
}

function trimSpan(text: string, start: number, end: number) {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from] ?? "")) from++;
  while (to > from && /\s/.test(text[to - 1] ?? "")) to--;
  return { start: from, end: to };
}

/**
 * Sentences, with any sentence longer than `maxLength` cut at its commas into runs of clauses of at most that
 * length: quotable pieces, still verbatim slices of the text.
 */
export function clauseSpans(text: string, maxLength: number): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const sentence of sentenceSpans(text)) {
    if (sentence.end - sentence.start <= maxLength) {
      spans.push(sentence);
      continue;
    }
    const cuts = [sentence.start];
    for (const match of text.slice(sentence.start, sentence.end).matchAll(/[，、：:,]/g)) {
      cuts.push(sentence.start + (match.index ?? 0) + 1);
    }
    cuts.push(sentence.end);
    let from = 0;
    while (from < cuts.length - 1) {
      let to = from + 1;
      while (to + 1 < cuts.length && (cuts[to + 1] ?? 0) - (cuts[from] ?? 0) <= maxLength) to++;
      spans.push({ start: cuts[from] ?? 0, end: cuts[to] ?? 0 });
      from = to;
    }
  }
  return spans;
}

/** Whether item `i` of a text's sentences, or the one before or after it, is marked: "in or next to" a mention. */
export function nearMarked(marks: readonly boolean[], i: number): boolean {
  return marks[i - 1] === true || marks[i] === true || marks[i + 1] === true;
}
