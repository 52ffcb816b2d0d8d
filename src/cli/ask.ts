/** `npm run ask -- "问题" [--domain 金融服务] [--k 6]`: prints the answer with its citations. */
import { parseArgs } from "node:util";
import { loadConfig } from "../config.js";
import { loadCorpus } from "../corpus/load-corpus.js";
import { AppError } from "../errors.js";
import { createAnswerService } from "../generate/create-answer-service.js";
import { domainParameter } from "../http/routes/cases.js";
import { createRetriever } from "../retrieve/create-retriever.js";
import { runCli } from "./run-cli.js";

await runCli(async () => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { k: { type: "string", default: "6" }, domain: { type: "string" } },
  });
  const question = positionals.join(" ").trim();
  if (!question) throw new AppError("bad_request", 'usage: npm run ask -- "问题" [--domain 金融服务] [--k 6]');
  const k = Number(values.k);
  if (!Number.isInteger(k) || k < 1 || k > 20)
    throw new AppError("bad_request", "--k must be a whole number from 1 to 20");
  const config = loadConfig();
  const corpus = await loadCorpus(config.CORPUS_DIR);
  const retriever = await createRetriever(config, corpus, (line) => console.error(line));
  const service = await createAnswerService(config, retriever, (line) => console.error(line));
  const answer = await service.answer({ question, k, domainNo: domainParameter(values.domain) });
  const flags = [answer.mode, answer.refused ? "refused" : "", answer.degraded ? "degraded" : ""].filter(Boolean);
  console.log(`${answer.answer}\n\n(${flags.join(", ")})`);
  for (const citation of answer.citations) {
    console.log(`\n[${citation.id}] ${citation.caseId}《${citation.caseTitle}》· ${citation.section}`);
    console.log(`    ${citation.text.replace(/\s+/g, " ").slice(0, 200)}${citation.text.length > 200 ? "…" : ""}`);
  }
});
