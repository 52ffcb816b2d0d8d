/** `npm run similar -- --file project.txt [--k 5] [--domain 金融服务]` (or the description as arguments). */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { loadConfig } from "../config.js";
import { loadCorpus } from "../corpus/load-corpus.js";
import { AppError } from "../errors.js";
import { domainParameter } from "../http/routes/cases.js";
import { createRetriever } from "../retrieve/create-retriever.js";
import { SimilarService } from "../similar/similar-service.js";
import { runCli, wholeNumber } from "./run-cli.js";

const USAGE =
  '用法：npm run similar -- --file project.txt [--k 5] [--domain 金融服务]（或 npm run similar -- "项目描述"）';

await runCli(async () => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { file: { type: "string" }, k: { type: "string", default: "5" }, domain: { type: "string" } },
  });
  const text = (values.file ? await readText(values.file) : positionals.join(" ")).trim();
  if (text.length < 10) throw new AppError("bad_request", `项目描述至少 10 字\n${USAGE}`);
  const k = wholeNumber(values.k, "--k", 20);
  const config = loadConfig();
  const corpus = await loadCorpus(config.CORPUS_DIR);
  const similar = new SimilarService(await createRetriever(config, corpus, (line) => console.error(line)));
  const cases = await similar.findSimilar(text, { k, domainNo: domainParameter(values.domain) });
  cases.forEach((hit, i) => {
    console.log(`${i + 1}. [${hit.caseId}] ${hit.title}（${hit.domain}；${hit.applicants.join("、")}）`);
    for (const reason of hit.reasons) console.log(`   · ${reason}`);
    for (const highlight of hit.highlights) console.log(`   「${highlight.section}」${highlight.text}`);
    console.log("");
  });
});

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw new AppError("bad_request", `读不了文件 ${path}：${(error as Error).message}`);
  }
}
