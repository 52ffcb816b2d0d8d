import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { loadConfig } from "../../src/config.js";
import { loadCorpus } from "../../src/corpus/load-corpus.js";
import { createRetriever } from "../../src/retrieve/create-retriever.js";

declare module "vitest" {
  export interface ProvidedContext {
    indexDir: string;
  }
}

/** Builds the full-corpus index once per test run, in a temporary directory the end-to-end tests share. */
export default async function setup(project: TestProject) {
  const indexDir = await mkdtemp(join(tmpdir(), "case-index-"));
  const config = loadConfig({}, { INDEX_DIR: indexDir });
  await createRetriever(config, await loadCorpus(), () => {});
  project.provide("indexDir", indexDir);
  return async () => {
    await rm(indexDir, { recursive: true, force: true });
  };
}
