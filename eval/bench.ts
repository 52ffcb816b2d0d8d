/** `npm run bench`: index build time and search latency over the evaluation questions (and, with the ask layer, answer latency). */
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { loadConfig } from "../src/config.js";
import { loadCorpus } from "../src/corpus/load-corpus.js";
import { readManifest } from "../src/indexing/manifest.js";
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
// The extractive mode is what is measured, whatever the caller's environment configures; the load comes from one
// address, so the per-IP limit is off.
const { OPENAI_API_KEY: _key, EMBEDDINGS_PROVIDER: _provider, ...inherited } = process.env;
const environment = { ...inherited, INDEX_DIR: directory, LOG_REQUESTS: "false", RATE_LIMIT_PER_MINUTE: "0" };
const run = (script: string, env: NodeJS.ProcessEnv) =>
  spawn(process.execPath, ["--import", "tsx", script], { env, stdio: "ignore" });
try {
  // Index build as `npm run index` does it, in its own process; the servers below start as `npm start` would,
  // while this process is still small.
  const started = performance.now();
  const exitCode = await new Promise<number | null>((resolve) =>
    run("src/cli/index.ts", environment).on("exit", (code) => resolve(code)),
  );
  if (exitCode !== 0) throw new Error(`npm run index exited with ${exitCode}`);
  const manifest = await readManifest(directory);
  console.log(
    `index build (npm run index): ${((performance.now() - started) / 1000).toFixed(2)} s wall (tokenizer + build ${manifest?.buildMs} ms), ${manifest?.chunkCount} chunks, ${manifest?.embedderId}`,
  );

  // Cold start: a new server process on the built index until /healthz answers 200; then /api/ask under load.
  const port = 18_000 + Math.floor(Math.random() * 1000);
  const coldStarted = performance.now();
  const server = run("src/cli/serve.ts", { ...environment, PORT: String(port) });
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

  // Search latency in this process, on the same index.
  const retriever = await createRetriever(loadConfig(environment), corpus, () => {});
  for (const query of questions.slice(0, 20)) await retriever.search(query.question);
  for (const [name, search] of [
    ["search (chunks, k=10)", (q: string) => retriever.search(q, { k: 10 })],
    ["searchCases (k=10)", (q: string) => retriever.searchCases(q, { k: 10 })],
  ] as const) {
    const timings: number[] = [];
    for (let pass = 0; pass < 3; pass++) {
      for (const question of questions) {
        const t0 = performance.now();
        await search(question.question);
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

/**
 * `connections` autocannon clients, each sending its next request when the last is answered, `total` requests in
 * all, the i-th asking `question(i)`. Latency is each response's time as autocannon measures it.
 */
async function load(port: number, connections: number, total: number, question: (i: number) => string) {
  const timings: Array<{ ms: number; ok: boolean }> = [];
  let next = 0;
  await new Promise<void>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${port}`,
        connections,
        amount: total,
        requests: [
          {
            method: "POST",
            path: "/api/ask",
            headers: { "content-type": "application/json" },
            setupRequest: (request) => ({ ...request, body: JSON.stringify({ question: question(next++) }) }),
          },
        ],
      },
      (error) => (error ? reject(error) : resolve()),
    );
    instance.on("response", (_client, status, _bytes, ms) => timings.push({ ms, ok: status === 200 }));
  });
  return timings;
}
