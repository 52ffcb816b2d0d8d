import { beforeAll, describe, expect, it } from "vitest";
import type { Chunk } from "../src/chunk/chunk.js";
import { chunkCase, DEFAULT_CHUNK_OPTIONS } from "../src/chunk/chunk-case.js";
import { loadCorpus } from "../src/corpus/load-corpus.js";
import type { Corpus } from "../src/domain/case.js";

let corpus: Corpus;
let chunks: Chunk[];

beforeAll(async () => {
  corpus = await loadCorpus();
  chunks = corpus.cases.flatMap((item) => chunkCase(item));
});

describe("chunkCase on the full corpus", () => {
  it("gives every chunk the exact slice of its section at its offsets", () => {
    for (const chunk of chunks) {
      const section = corpus.cases
        .find((c) => c.caseId === chunk.caseId)
        ?.sections.find((s) => s.name === chunk.section);
      expect(section?.text.slice(chunk.start, chunk.end), chunk.id).toBe(chunk.text);
    }
  });

  it("covers every section from its first to its last character, never crossing it", () => {
    for (const item of corpus.cases) {
      item.sections.forEach((section, index) => {
        const own = chunks.filter((chunk) => chunk.id.startsWith(`${item.caseId}:${index}:`));
        expect(own.every((chunk) => chunk.section === section.name)).toBe(true);
        expect(own[0]?.start).toBe(0);
        expect(own.at(-1)?.end).toBe(section.text.length);
        own.slice(1).forEach((chunk, i) => {
          expect(chunk.start, chunk.id).toBeLessThanOrEqual((own[i] as Chunk).end + 2);
        });
      });
    }
  });

  it("never starts a chunk with punctuation or whitespace, and keeps chunks within the size bounds", () => {
    for (const chunk of chunks) {
      expect(chunk.text, chunk.id).toMatch(/^[^\s，。、；：！？,.;:!?）)]/);
      expect(chunk.text.length, chunk.id).toBeLessThanOrEqual(DEFAULT_CHUNK_OPTIONS.maxChars);
    }
    const median = chunks.map((c) => c.text.length).sort((a, b) => a - b)[Math.floor(chunks.length / 2)] ?? 0;
    expect(median).toBeGreaterThanOrEqual(DEFAULT_CHUNK_OPTIONS.minChars);
  });

  it("links neighbours within a section", () => {
    const chunk = chunks.find((c) => c.previousId && c.nextId) as Chunk;
    expect(chunks.find((c) => c.id === chunk.previousId)?.nextId).toBe(chunk.id);
  });
});
