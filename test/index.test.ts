import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Corpus } from "../src/domain/case.js";
import { LsaEmbedder, lsaEmbedderId } from "../src/embed/lsa-embedder.js";
import type { EmbedderSource } from "../src/indexing/build-index.js";
import { readManifest } from "../src/indexing/manifest.js";
import { openIndex } from "../src/indexing/open-index.js";
import { Retriever } from "../src/retrieve/retriever.js";
import { JiebaTokenizer } from "../src/text/jieba-tokenizer.js";
import { buildUserDictionary } from "../src/text/user-dictionary.js";
import { miniCorpus } from "./support/mini-corpus.js";

const lsa = (dimensions = 24): EmbedderSource => {
  const options = { dimensions, minDocumentFrequency: 1, seed: 1 };
  return {
    kind: "local",
    id: lsaEmbedderId(options),
    fit: (texts, tokenizer) => LsaEmbedder.fit(texts, tokenizer, options),
  };
};

let directory: string;
let corpus: Corpus;
let tokenizer: JiebaTokenizer;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), "index-test-"));
  corpus = await miniCorpus();
  tokenizer = new JiebaTokenizer(buildUserDictionary(corpus));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function open(options: { corpus?: Corpus; embedder?: EmbedderSource } = {}) {
  const log: string[] = [];
  const index = await openIndex({
    corpus: options.corpus ?? corpus,
    tokenizer,
    embedder: options.embedder ?? lsa(),
    directory,
    log: (line) => log.push(line),
  });
  return { index, log };
}

describe("the index on disk", () => {
  it("is built when missing, with a manifest, and reused when it matches", async () => {
    const first = await open();
    expect(first.log[0]).toMatch(/no index yet/);
    const manifest = await readManifest(directory);
    expect(manifest).toMatchObject({
      embedderId: "lsa-v1-k24-df1",
      chunkCount: first.index.chunks.length,
      dimensions: 24,
    });
    const second = await open();
    expect(second.log).toEqual([]);
    expect(second.index.chunks).toEqual(first.index.chunks);
    const [a] = await first.index.embedder.embed(["生猪养殖"]);
    const [b] = await second.index.embedder.embed(["生猪养殖"]);
    expect(b).toEqual(a?.map((value) => Math.fround(value)).map((value) => expect.closeTo(value, 5)));
  });

  it("is rebuilt, saying why, when the corpus or the embedder changes or the manifest is damaged", async () => {
    await open();
    const changed = { ...corpus, cases: corpus.cases.slice(1) };
    expect((await open({ corpus: changed })).log[0]).toMatch(/corpus changed/);
    expect((await open({ corpus: changed, embedder: lsa(20) })).log[0]).toMatch(
      /embedder lsa-v1-k24-df1, configured is lsa-v1-k20-df1/,
    );
    await writeFile(join(directory, "manifest.json"), "{ not json");
    expect((await open({ corpus: changed, embedder: lsa(20) })).log[0]).toMatch(/no index yet/);
  });

  it("finds a known case from a paraphrased question, in every mode, and filters by domain", async () => {
    const { index } = await open();
    const retriever = new Retriever(index);
    for (const mode of ["hybrid", "bm25", "vector"] as const) {
      const [best] = await retriever.searchCases("养猪场用什么数字化平台管理生猪生产？", { mode });
      expect(best?.case.caseId, mode).toBe("02-01");
    }
    const filtered = await retriever.search("数据平台", { domainNo: 5, k: 20 });
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((hit) => hit.case.domainNo === 5)).toBe(true);
  });
});
