/** `npm run similar -- --file project.txt [--k 5] [--domain 金融服务]` (or the description as arguments). */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { loadConfig } from "../config.js";
import { loadCorpus } from "../corpus/load-corpus.js";
import { AppError } from "../errors.js";
import { domainParameter } from "../http/routes/cases.js";
import { createRetriever } from "../retrieve/create-retriever.js";
import { SimilarService } from "../similar/similar-service.js";
import { runCli } from "./run-cli.js";

const USAGE =
  'usage: npm run similar -- --file project.txt [--k 5] [--domain 金融服务]  (or: npm run similar -- "项目描述")';

await runCli(async () => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { file: { type: "string" }, k: { type: "string", default: "5" }, domain: { type: "string" } },
  });
  const text = (values.file ? await readText(values.file) : positionals.join(" ")).trim();
  if (text.length < 10) throw new AppError("bad_request", `${USAGE}\nthe description needs at least 10 characters`);
  const k = Number(values.k);
  if (!Number.isInteger(k) || k < 1 || k > 20)
    throw new AppError("bad_request", "--k must be a whole number from 1 to 20");
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
    throw new AppError("bad_request", `cannot read ${path}: ${(error as Error).message}`);
  }
}
