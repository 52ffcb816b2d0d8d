/** `npm run bench`: index build time and search latency over the evaluation questions (and, with the ask layer, answer latency). */
import { spawn } from "node:child_process";
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

  // Cold start: a new server process on the built index until /healthz answers 200.
  const port = 18_000 + Math.floor(Math.random() * 1000);
  // The extractive mode is what is measured, whatever the caller's environment configures; the load comes from
  // one address, so the per-IP limit is off.
  const { OPENAI_API_KEY: _key, EMBEDDINGS_PROVIDER: _provider, ...inherited } = process.env;
  const environment = {
    ...inherited,
    PORT: String(port),
    INDEX_DIR: directory,
    LOG_REQUESTS: "false",
    RATE_LIMIT_PER_MINUTE: "0",
  };
  const coldStarted = performance.now();
  const server = spawn(process.execPath, ["--import", "tsx", "src/cli/serve.ts"], {
    env: environment,
    stdio: "ignore",
  });
  try {
    const healthy = await waitForHealth(port, 30_000);
    console.log(
      `cold start to a healthy /healthz (built index, extractive): ${healthy ? `${((performance.now() - coldStarted) / 1000).toFixed(2)} s` : "did not become healthy in 30 s"}`,
    );
    for (const connections of [1, 16]) {
      const timings = await load(port, connections, 800, (i) => questions[i % questions.length]?.question ?? "");
      const failures = timings.filter((timing) => !timing.ok).length;
      const ms = timings.filter((timing) => timing.ok).map((timing) => timing.ms);
      console.log(
        `/api/ask (extractive) at concurrency ${connections}: ${ms.length} requests, p50 ${format(percentile(ms, 50))}, p95 ${format(percentile(ms, 95))}, failures ${failures}`,
      );
    }
  } finally {
    server.kill();
  }
} finally {
  await rm(directory, { recursive: true, force: true });
}

async function waitForHealth(port: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

/** `connections` clients, each sending its next request when the last is answered, `total` requests in all. */
async function load(port: number, connections: number, total: number, question: (i: number) => string) {
  const timings: Array<{ ms: number; ok: boolean }> = [];
  let next = 0;
  const client = async () => {
    while (next < total) {
      const i = next++;
      const started = performance.now();
      const response = await fetch(`http://127.0.0.1:${port}/api/ask`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ question: question(i) }),
      });
      await response.arrayBuffer();
      timings.push({ ms: performance.now() - started, ok: response.ok });
    }
  };
  await Promise.all(Array.from({ length: connections }, client));
  return timings;
}
