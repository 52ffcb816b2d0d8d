import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import nodejieba from "nodejieba";

/**
 * jieba's dictionary, trimmed to what a corpus needs. Loading the full dictionary (349,000 words) takes about a
 * second, half of a cold start; most of its words are long, rare compounds that the book never uses.
 *
 * The trimmed dictionary keeps every word the corpus contains, every word of one or two characters, and longer words
 * jieba counts at least MIN_FREQUENCY times. It cuts the corpus exactly as the full one does: jieba weighs a word by
 * its count over the dictionary's total, so the counts of the words left out are kept in one entry that no text
 * contains, and the smallest count in another (jieba weighs characters it does not know by it). nodejieba's own user
 * dictionary is folded in with the counts it had (jieba gives a user word without one the median count), since
 * the median of a trimmed dictionary is another.
 *
 * A question cuts differently only around a long, rare word the book does not contain, which matches nothing.
 */
const MIN_FREQUENCY = 6;
const MAX_SHORT_LENGTH = 2;
/** Words no text contains, from Unicode's private use area. */
const LEFT_OUT = "\uE000";
const SMALLEST = "\uE001";
/** Changes when the trimming rules change, so that dictionaries trimmed by older rules are remade. */
const RULES_VERSION = 1;

interface Entry {
  word: string;
  frequency: number;
  tag: string;
}

/**
 * The trimmed dictionary's text (jieba's "word count tag" lines) for a corpus, from jieba's dictionary and user
 * dictionary texts.
 */
export function trimDictionary(dictionary: string, userDictionary: string, corpusText: string): string {
  const entries = parseLines(dictionary, 0);
  const total = entries.reduce((sum, entry) => sum + entry.frequency, 0);
  const smallest = entries.reduce((min, entry) => Math.min(min, entry.frequency), Number.POSITIVE_INFINITY);
  const frequencies = entries.map((entry) => entry.frequency).sort((a, b) => a - b);
  const median = frequencies[Math.floor(frequencies.length / 2)] ?? 1;
  const contained = wordsContained(
    entries.filter((entry) => !isKeptAnyway(entry)).map((entry) => entry.word),
    [corpusText, corpusText.normalize("NFKC").toLowerCase()],
  );
  const kept = entries.filter((entry) => isKeptAnyway(entry) || contained.has(entry.word));
  const userWords = parseLines(userDictionary, median);
  const keptTotal = [...kept, ...userWords].reduce((sum, entry) => sum + entry.frequency, 0);
  const lines = [...kept, ...userWords].map(({ word, frequency, tag }) => `${word} ${frequency} ${tag}`);
  lines.push(`${SMALLEST} ${smallest} x`);
  const leftOut = total - keptTotal - smallest;
  if (leftOut > 0) lines.push(`${LEFT_OUT} ${leftOut} x`);
  return `${lines.join("\n")}\n`;
}

/**
 * The path of the trimmed dictionary for `corpusText`, made in `directory` when it is not there yet (about a second;
 * older trimmed dictionaries there are removed). Undefined, with a line logged, when it cannot be written there: the
 * full dictionary then serves, only slower to load.
 */
export async function corpusDictionary(
  directory: string,
  corpusText: string,
  log: (line: string) => void = () => {},
): Promise<string | undefined> {
  // jieba's 5 MB dictionary is known by its path, size and time, and read only when a trimmed one is made.
  const source = jiebaDictionaryPath("DEFAULT_DICT");
  const [{ size, mtimeMs }, userDictionary] = await Promise.all([
    stat(source),
    readFile(jiebaDictionaryPath("DEFAULT_USER_DICT"), "utf8"),
  ]);
  const key = createHash("sha256")
    .update(`${RULES_VERSION}\n${source} ${size} ${mtimeMs}\n${userDictionary}\n${corpusText}`)
    .digest("hex")
    .slice(0, 12);
  const name = `jieba-dictionary-${key}.utf8`;
  const path = join(directory, name);
  const existing = (await readdir(directory).catch(() => [] as string[])).filter((file) =>
    /^jieba-dictionary-[0-9a-f]+\.utf8$/.test(file),
  );
  if (existing.includes(name)) return path;
  log(`trimming jieba's dictionary to the corpus in ${directory}`);
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await mkdir(directory, { recursive: true });
    await writeFile(temporary, trimDictionary(await readFile(source, "utf8"), userDictionary, corpusText));
    await rename(temporary, path);
  } catch (error) {
    log(`could not write the trimmed dictionary (${(error as Error).message}); using jieba's full dictionary`);
    await unlink(temporary).catch(() => {});
    return undefined;
  }
  await Promise.all(existing.map((file) => unlink(join(directory, file)).catch(() => {})));
  return path;
}

/** Dictionary words of three characters or more that jieba counts rarely are kept only when the corpus has them. */
function isKeptAnyway(entry: Entry): boolean {
  return entry.frequency >= MIN_FREQUENCY || [...entry.word].length <= MAX_SHORT_LENGTH;
}

/** The words that occur in one of `texts`: each text is walked once, extending a match while it is a word's prefix. */
function wordsContained(words: readonly string[], texts: readonly string[]): Set<string> {
  const wanted = new Set(words);
  const prefixes = new Set<string>();
  for (const word of words) for (let end = 1; end <= word.length; end++) prefixes.add(word.slice(0, end));
  const found = new Set<string>();
  for (const text of texts) {
    for (let start = 0; start < text.length; start++) {
      for (let end = start + 1; end <= text.length; end++) {
        const piece = text.slice(start, end);
        if (!prefixes.has(piece)) break;
        if (wanted.has(piece)) found.add(piece);
      }
    }
  }
  return found;
}

/** jieba's "word [count] [tag]" lines; a line without a count gets `defaultFrequency`, one without a tag "x". */
function parseLines(text: string, defaultFrequency: number): Entry[] {
  const entries: Entry[] = [];
  for (const line of text.split("\n")) {
    const [word, second, third] = line.trim().split(/\s+/);
    if (!word) continue;
    const counted = second !== undefined && /^\d+$/.test(second);
    entries.push({
      word,
      frequency: counted ? Number(second) : defaultFrequency,
      tag: (counted ? third : second) ?? "x",
    });
  }
  return entries;
}

function jiebaDictionaryPath(name: "DEFAULT_DICT" | "DEFAULT_USER_DICT"): string {
  return (nodejieba as unknown as Record<typeof name, string>)[name];
}
