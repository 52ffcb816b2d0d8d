/** `npm run index [-- --if-stale]`: builds the search index in INDEX_DIR, with progress. */
import { parseArgs } from "node:util";
import { loadConfig } from "../config.js";
import { loadCorpus } from "../corpus/load-corpus.js";
import { createRetriever } from "../retrieve/create-retriever.js";
import { runCli } from "./run-cli.js";

await runCli(async () => {
  const { values } = parseArgs({ options: { "if-stale": { type: "boolean", default: false } } });
  const config = loadConfig();
  const corpus = await loadCorpus(config.CORPUS_DIR);
  const retriever = await createRetriever(config, corpus, (line) => console.log(line), {
    rebuild: !values["if-stale"],
  });
  const { manifest } = retriever.index;
  console.log(
    `index: ${manifest.chunkCount} chunks, embedder ${manifest.embedderId} (${manifest.dimensions} dimensions), built in ${manifest.buildMs} ms`,
  );
});
