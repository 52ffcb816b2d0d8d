/** `npm run bench`: index build time and search latency over the evaluation questions (and, with the ask layer, answer latency). */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../src/config.js";
import { loadCorpus } from "../src/corpus/load-corpus.js";
import { createRetriever } from "../src/retrieve/create-retriever.js";
import { loadQuestions } from "./questions.js";

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const format = (ms: number) => `${ms.toFixed(2)} ms`;
const corpus = await loadCorpus();
const questions = await loadQuestions();
const directory = await mkdtemp(join(tmpdir(), "bench-index-"));
try {
  const config = loadConfig({ ...process.env, INDEX_DIR: directory });
  const started = performance.now();
  const retriever = await createRetriever(config, corpus, () => {});
  const wall = performance.now() - started;
  const { manifest } = retriever.index;
  console.log(
    `index build: ${(wall / 1000).toFixed(2)} s wall (tokenizer + build ${manifest.buildMs} ms), ${manifest.chunkCount} chunks, ${manifest.embedderId}`,
  );

  for (const query of questions.slice(0, 20)) await retriever.search(query.question);
  for (const [name, run] of [
    ["search (chunks, k=10)", (q: string) => retriever.search(q, { k: 10 })],
    ["searchCases (k=10)", (q: string) => retriever.searchCases(q, { k: 10 })],
  ] as const) {
    const timings: number[] = [];
    for (let pass = 0; pass < 3; pass++) {
      for (const question of questions) {
        const t0 = performance.now();
        await run(question.question);
        timings.push(performance.now() - t0);
      }
    }
    console.log(
      `${name}: ${timings.length} queries, p50 ${format(percentile(timings, 50))}, p95 ${format(percentile(timings, 95))}, max ${format(Math.max(...timings))}`,
    );
  }
} finally {
  await rm(directory, { recursive: true, force: true });
}
