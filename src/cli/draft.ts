/** `npm run draft -- --file notes.txt [--out draft.docx|draft.md] [--title …] [--organization …] [--domain …]` */
import { readFile, writeFile } from "node:fs/promises";
import { extname } from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../config.js";
import { loadCorpus } from "../corpus/load-corpus.js";
import { createServices } from "../create-services.js";
import { draftToDocx, draftToMarkdown } from "../draft/export-draft.js";
import { AppError } from "../errors.js";
import { domainParameter } from "../http/routes/cases.js";
import { runCli } from "./run-cli.js";

const USAGE =
  "用法：npm run draft -- --file notes.txt [--out draft.docx|draft.md] [--title 案例名称] [--organization 申报单位] [--domain 领域]";

await runCli(async () => {
  const { values } = parseArgs({
    options: {
      file: { type: "string" },
      out: { type: "string" },
      title: { type: "string" },
      organization: { type: "string" },
      domain: { type: "string" },
    },
  });
  if (!values.file) throw new AppError("bad_request", USAGE);
  const format = values.out ? extname(values.out).slice(1) : "md";
  if (!["md", "docx"].includes(format))
    throw new AppError("bad_request", `--out 的文件名须以 .md 或 .docx 结尾\n${USAGE}`);
  let notes: string;
  try {
    notes = (await readFile(values.file, "utf8")).trim();
  } catch (error) {
    throw new AppError("bad_request", `读不了文件 ${values.file}：${(error as Error).message}`);
  }
  if (notes.length < 10) throw new AppError("bad_request", "笔记至少 10 字");
  domainParameter(values.domain);
  const config = loadConfig();
  const { drafts } = await createServices(config, await loadCorpus(config.CORPUS_DIR), (line) => console.error(line));
  const result = await drafts.draft({
    notes,
    title: values.title,
    organization: values.organization,
    domain: values.domain,
  });
  if (values.out) {
    await writeFile(values.out, format === "docx" ? await draftToDocx(result.draft) : draftToMarkdown(result.draft));
    console.error(`已写入 ${values.out}`);
  } else {
    console.log(draftToMarkdown(result.draft));
  }
  console.error(`\n参考先例：${result.precedents.map((p) => `[${p.caseId}] ${p.title}`).join("；")}`);
  for (const gap of result.gaps) console.error(`缺口（${gap.section}）：${gap.message}`);
});
