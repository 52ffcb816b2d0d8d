import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Embedder, embedAll } from "../src/embed/embedder.js";
import { LsaEmbedder } from "../src/embed/lsa-embedder.js";
import { OpenAIEmbedder } from "../src/embed/openai-embedder.js";
import { JiebaTokenizer } from "../src/text/jieba-tokenizer.js";
import { miniCorpus } from "./support/mini-corpus.js";
import { type OpenAICompatibleServer, startOpenAICompatibleServer } from "./support/openai-server.js";

const dot = (a: number[], b: number[]) => a.reduce((sum, value, i) => sum + value * (b[i] ?? 0), 0);

/** The contract every Embedder keeps, run against each implementation (hono's common.case.test.ts pattern). */
function embedderContract(name: string, create: () => Promise<Embedder>) {
  describe(`Embedder contract: ${name}`, () => {
    let embedder: Embedder;
    beforeAll(async () => {
      embedder = await create();
    });

    it("declares an id, its dimensions and its batch size, and returns vectors of that size and unit length", async () => {
      expect(embedder.id).toMatch(/\S/);
      expect(embedder.maxBatchSize).toBeGreaterThan(0);
      const [vector] = await embedder.embed(["生猪养殖数据平台"]);
      expect(vector).toHaveLength(embedder.dimensions);
      expect(Math.hypot(...(vector ?? []))).toBeCloseTo(1, 5);
    });

    it("is deterministic and keeps the order of its input", async () => {
      const texts = ["物流数据支持供应链融资", "生猪养殖数据平台"];
      const [first, second] = await embedder.embed(texts);
      const [again] = await embedder.embed([texts[1] as string]);
      expect(again).toEqual(second);
      expect(first).not.toEqual(second);
    });

    it("puts a paraphrase closer than an unrelated text", async () => {
      const [query, near, far] = await embedder.embed([
        "用物流仓储数据给小微企业贷款",
        "京东物流利用仓储物流数据为中小企业提供供应链融资",
        "医院预约挂号平台打击号贩子",
      ]);
      expect(dot(query as number[], near as number[])).toBeGreaterThan(dot(query as number[], far as number[]));
    });

    it("embeds more texts than one batch through embedAll, reporting progress", async () => {
      const texts = Array.from({ length: embedder.maxBatchSize * 2 + 3 }, (_, i) => `第 ${i} 个数据要素案例`);
      const progress: number[] = [];
      const vectors = await embedAll(embedder, texts, (done) => progress.push(done));
      expect(vectors).toHaveLength(texts.length);
      expect(progress.at(-1)).toBe(texts.length);
      expect(progress.length).toBe(3);
      expect(await embedder.embed([])).toEqual([]);
    });
  });
}

let server: OpenAICompatibleServer;
beforeAll(async () => {
  server = await startOpenAICompatibleServer({ embeddingDimensions: 48 });
});
afterAll(async () => {
  await server.close();
});

embedderContract("LSA fitted on a small corpus", async () => {
  const corpus = await miniCorpus();
  const texts = corpus.cases.flatMap((item) => item.sections.map((section) => `${item.title}\n${section.text}`));
  return LsaEmbedder.fit([...texts, "京东物流利用仓储物流数据为中小企业提供供应链融资"], new JiebaTokenizer(), {
    dimensions: 16,
    minDocumentFrequency: 1,
    seed: 7,
  });
});

embedderContract("OpenAI-compatible server over HTTP", () =>
  OpenAIEmbedder.create({ apiKey: "test-key", model: "test-embed", baseURL: server.baseURL, maxBatchSize: 8 }),
);

describe("OpenAIEmbedder against the server", () => {
  it("sends the configured model to /v1/embeddings and learns the dimensions from the server", async () => {
    const embedder = await OpenAIEmbedder.create({ apiKey: "test-key", model: "bge-m3", baseURL: server.baseURL });
    expect(embedder.dimensions).toBe(48);
    expect(embedder.id).toContain("bge-m3");
    const request = server.requests.findLast((r) => r.path === "/v1/embeddings");
    expect(request?.body.model).toBe("bge-m3");
  });

  it("fails with a clear upstream error when the server refuses the key", async () => {
    await expect(
      OpenAIEmbedder.create({ apiKey: "wrong-key", model: "m", baseURL: server.baseURL }),
    ).rejects.toMatchObject({ code: "upstream_failed" });
  });
});
