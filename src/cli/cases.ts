/** `npm run cases -- list [--domain 金融服务]` and `npm run cases -- show 05-03`. */
import { parseArgs } from "node:util";
import { loadCorpus } from "../corpus/load-corpus.js";
import { AppError } from "../errors.js";
import { domainParameter } from "../http/routes/cases.js";
import { runCli } from "./run-cli.js";

const USAGE = "用法：npm run cases -- list [--domain 金融服务] | show <案例编号>";

await runCli(async () => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { domain: { type: "string" } },
  });
  const [command, id] = positionals;
  const corpus = await loadCorpus();
  if (command === "list") {
    const domainNo = domainParameter(values.domain);
    for (const item of corpus.cases) {
      if (domainNo !== undefined && item.domainNo !== domainNo) continue;
      console.log(`${item.caseId}  [${item.domain}]  ${item.title}  —  ${item.applicants.join("、")}`);
    }
    return;
  }
  if (command === "show" && id) {
    const item = corpus.cases.find((candidate) => candidate.caseId === id);
    if (!item) throw new AppError("not_found", `没有编号为 ${id} 的案例（编号形如 05-03）`);
    console.log(`${item.caseId}  ${item.title}\n领域：${item.domain}\n申报单位：${item.applicants.join("、")}`);
    for (const section of item.sections) console.log(`\n## ${section.name}\n\n${section.text}`);
    return;
  }
  throw new AppError("bad_request", USAGE);
});
