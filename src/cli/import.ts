/** `npm run import`: raw text + corpus/layout → corpus/cases, corpus/domains, corpus/preface.md, corpus/line-map.tsv. */

import { corpusPaths } from "../corpus/corpus-paths.js";
import { DEFAULT_CORPUS_DIR } from "../corpus/load-corpus.js";
import { runImport } from "../corpus/write-corpus.js";
import { DOMAINS } from "../domain/book.js";
import { runCli } from "./run-cli.js";

await runCli(async () => {
  const started = performance.now();
  const paths = corpusPaths(DEFAULT_CORPUS_DIR);
  const summary = await runImport(paths, paths);
  const { book } = summary;
  const kinds = new Map<string, number>();
  for (const entry of book.lineMap) kinds.set(entry.kind, (kinds.get(entry.kind) ?? 0) + 1);
  console.log(`imported ${book.cases.length} cases in ${book.domains.length} domains`);
  for (const domain of DOMAINS) {
    const count = book.cases.filter((item) => item.domainNo === domain.domainNo).length;
    console.log(`  ${String(domain.domainNo).padStart(2, "0")} ${domain.domain}  ${count}`);
  }
  console.log(`raw lines by destination: ${[...kinds].map(([kind, n]) => `${kind} ${n}`).join(", ")}`);
  console.log(`layout: ${summary.layoutEntryCount} case entries, ${summary.fixCount} typo fixes`);
  console.log(`wrote ${summary.filesWritten} files in ${Math.round(performance.now() - started)} ms`);
});
