/** `npm run ask -- "问题" [--domain 金融服务] [--k 6]`: prints the answer with its citations. */
import { parseArgs } from "node:util";
import { loadConfig } from "../config.js";
import { loadCorpus } from "../corpus/load-corpus.js";
import { AppError } from "../errors.js";
import { createAnswerService } from "../generate/create-answer-service.js";
import { domainParameter } from "../http/routes/cases.js";
import { createRetriever } from "../retrieve/create-retriever.js";
import { runCli, wholeNumber } from "./run-cli.js";

await runCli(async () => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { k: { type: "string", default: "6" }, domain: { type: "string" } },
  });
  const question = positionals.join(" ").trim();
  if (!question) throw new AppError("bad_request", '用法：npm run ask -- "问题" [--domain 金融服务] [--k 6]');
  const k = wholeNumber(values.k, "--k", 20);
  const config = loadConfig();
  const corpus = await loadCorpus(config.CORPUS_DIR);
  const retriever = await createRetriever(config, corpus, (line) => console.error(line));
  const service = await createAnswerService(config, retriever, (line) => console.error(line));
  const answer = await service.answer({ question, k, domainNo: domainParameter(values.domain) });
  const flags = [
    answer.mode === "llm" ? "大模型回答" : "摘录式回答",
    answer.refused ? "案例集中没有答案" : "",
    answer.degraded ? "大模型不可用，已改用摘录" : "",
  ].filter(Boolean);
  console.log(`${answer.answer}\n\n（${flags.join("，")}）`);
  for (const citation of answer.citations) {
    console.log(`\n[${citation.id}] ${citation.caseId}《${citation.caseTitle}》· ${citation.section}`);
    console.log(`    ${citation.text.replace(/\s+/g, " ").slice(0, 200)}${citation.text.length > 200 ? "…" : ""}`);
  }
});
