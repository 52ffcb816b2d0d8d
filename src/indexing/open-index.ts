import type { Corpus } from "../domain/case.js";
import type { Tokenizer } from "../text/tokenizer.js";
import { buildIndex, corpusDigest, type EmbedderSource, loadIndex } from "./build-index.js";
import { readManifest, staleness } from "./manifest.js";
import type { SearchIndex } from "./search-index.js";

export interface OpenIndexOptions {
  corpus: Corpus;
  tokenizer: Tokenizer;
  embedder: EmbedderSource;
  directory: string;
  /** Where the reason for a rebuild and its progress are reported. */
  log?: (line: string) => void;
  /** Rebuild even when the manifest matches. */
  rebuild?: boolean;
}

/**
 * Opens the index in `directory`, building it first when it is missing or when its manifest does not match the
 * corpus, the tokenizer or the embedder. A rebuild is always reported with its reason, never silent.
 */
export async function openIndex(options: OpenIndexOptions): Promise<SearchIndex> {
  const log = options.log ?? (() => {});
  const embedderId = options.embedder.kind === "local" ? options.embedder.id : options.embedder.embedder.id;
  const expected = { corpusSha256: corpusDigest(options.corpus), embedderId, tokenizerId: options.tokenizer.id };
  const manifest = await readManifest(options.directory);
  const reason = options.rebuild ? "rebuild requested" : staleness(manifest, expected);
  if (!reason && manifest) {
    return loadIndex(options.directory, manifest, options.corpus, options.tokenizer, options.embedder);
  }
  log(`building the search index in ${options.directory}: ${reason}`);
  const index = await buildIndex({ ...options, onProgress: progressReporter(log) });
  log(
    `index built: ${index.manifest.chunkCount} chunks, ${index.manifest.dimensions} dimensions, ${index.manifest.buildMs} ms`,
  );
  return index;
}

/** Progress as a bar on a terminal, as plain lines elsewhere (logs, CI). */
export function progressReporter(log: (line: string) => void) {
  let lastStage = "";
  return (stage: string, done: number, total: number) => {
    if (process.stderr.isTTY) {
      const width = 30;
      const filled = total === 0 ? width : Math.round((done / total) * width);
      process.stderr.write(
        `\r${stage.padEnd(6)} [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total}`,
      );
      if (done === total) process.stderr.write("\n");
    } else if (stage !== lastStage || done === total) {
      if (done === total) log(`  ${stage}: ${done}/${total}`);
    }
    lastStage = stage;
  };
}
