import { fileURLToPath } from "node:url";
import type { Config } from "../config.js";
import type { Corpus } from "../domain/case.js";
import { selectEmbedder } from "../embed/select-embedder.js";
import { openIndex } from "../indexing/open-index.js";
import { corpusDictionary } from "../text/jieba-dictionary.js";
import { JiebaTokenizer } from "../text/jieba-tokenizer.js";
import { buildUserDictionary } from "../text/user-dictionary.js";
import { Retriever } from "./retriever.js";

/** The repository's own `index/` directory. */
export const DEFAULT_INDEX_DIR = fileURLToPath(new URL("../../index", import.meta.url));

/**
 * Wires retrieval from configuration: the jieba tokenizer with the corpus's user dictionary and jieba's dictionary
 * trimmed to the corpus (kept beside the index), the configured embedder, and the index in INDEX_DIR (built or
 * rebuilt first when missing or stale).
 */
export async function createRetriever(
  config: Config,
  corpus: Corpus,
  log: (line: string) => void,
  options: { rebuild?: boolean } = {},
): Promise<Retriever> {
  const directory = config.INDEX_DIR ?? DEFAULT_INDEX_DIR;
  const dictionary = await corpusDictionary(directory, JSON.stringify(corpus), log);
  const tokenizer = new JiebaTokenizer(buildUserDictionary(corpus), { dictionary });
  const embedder = await selectEmbedder(config);
  const index = await openIndex({
    corpus,
    tokenizer,
    embedder,
    directory,
    log,
    rebuild: options.rebuild ?? false,
  });
  return new Retriever(index);
}
