/** `npm run search -- "问题" [--k 10] [--domain 金融服务] [--mode hybrid|bm25|vector]`: prints the ranked chunks. */
import { parseArgs } from "node:util";
import { loadConfig } from "../config.js";
import { loadCorpus } from "../corpus/load-corpus.js";
import { AppError } from "../errors.js";
import { domainParameter } from "../http/routes/cases.js";
import { createRetriever } from "../retrieve/create-retriever.js";
import type { SearchMode } from "../retrieve/retriever.js";
import { runCli, wholeNumber } from "./run-cli.js";

await runCli(async () => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      k: { type: "string", default: "10" },
      domain: { type: "string" },
      mode: { type: "string", default: "hybrid" },
    },
  });
  const query = positionals.join(" ").trim();
  if (!query)
    throw new AppError(
      "bad_request",
      '用法：npm run search -- "问题" [--k 10] [--domain 金融服务] [--mode hybrid|bm25|vector]',
    );
  const k = wholeNumber(values.k, "--k", 50);
  if (!["hybrid", "bm25", "vector"].includes(values.mode ?? ""))
    throw new AppError("bad_request", "--mode 须为 hybrid、bm25 或 vector");
  const config = loadConfig();
  const corpus = await loadCorpus(config.CORPUS_DIR);
  const retriever = await createRetriever(config, corpus, (line) => console.error(line));
  const hits = await retriever.search(query, {
    k,
    domainNo: domainParameter(values.domain),
    mode: values.mode as SearchMode,
  });
  hits.forEach((hit, i) => {
    console.log(`${i + 1}. [${hit.case.caseId}] ${hit.case.title} · ${hit.chunk.section}  (${hit.score.toFixed(4)})`);
    console.log(`   ${hit.chunk.text.replace(/\s+/g, " ").slice(0, 160)}…\n`);
  });
});
