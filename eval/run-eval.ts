/** `npm run eval`: retrieval quality on eval/questions for hybrid, BM25 only, vector only and the naive baseline. */
import { loadConfig } from "../src/config.js";
import { loadCorpus } from "../src/corpus/load-corpus.js";
import { createRetriever } from "../src/retrieve/create-retriever.js";
import type { SearchMode } from "../src/retrieve/retriever.js";
import { groups, type QuestionScore, scoreQuestion, summarize } from "./metrics.js";
import { naiveBaseline } from "./naive-baseline.js";
import { loadQuestions } from "./questions.js";

const questions = await loadQuestions();
const config = loadConfig();
const corpus = await loadCorpus(config.CORPUS_DIR);
const retriever = await createRetriever(config, corpus, (line) => console.error(line));
const baseline = await naiveBaseline();

const systems: Array<[string, (query: string) => Promise<string[]>]> = [
  ...(["hybrid", "bm25", "vector"] as SearchMode[]).map((mode): [string, (query: string) => Promise<string[]>] => [
    mode,
    async (query) => (await retriever.searchCases(query, { k: 50, mode })).map((hit) => hit.case.caseId),
  ]),
  ["naive baseline", async (query) => baseline(query)],
];

const counts = new Map<string, number>();
for (const question of questions) counts.set(question.type, (counts.get(question.type) ?? 0) + 1);
console.log(`questions: ${questions.length} (${[...counts].map(([type, n]) => `${type} ${n}`).join(", ")})`);
console.log(`index: ${retriever.index.manifest.chunkCount} chunks, embedder ${retriever.index.manifest.embedderId}\n`);

const scores = new Map<string, Map<string, QuestionScore>>();
const misses: string[] = [];
for (const [name, rank] of systems) {
  const perQuestion = new Map<string, QuestionScore>();
  for (const question of questions.filter((q) => q.gold.length > 0)) {
    const ranked = await rank(question.question);
    const score = scoreQuestion(question.gold, ranked);
    perQuestion.set(question.id, score);
    if (name === "hybrid" && score.recallAt1 < 1 && question.type !== "list") {
      misses.push(
        `${question.id} [${question.type}] gold ${question.gold.join(",")} got ${ranked.slice(0, 3).join(",")}: ${question.question}`,
      );
    }
  }
  scores.set(name, perQuestion);
}

const format = (value: number) => value.toFixed(3);
console.log("| questions | system | n | recall@1 | recall@5 | recall@10 | MRR | all gold in top 10 |");
console.log("| --- | --- | --- | --- | --- | --- | --- | --- |");
for (const [group, members] of groups(questions)) {
  for (const [name] of systems) {
    const perQuestion = scores.get(name) as Map<string, QuestionScore>;
    const summary = summarize(members.map((q) => perQuestion.get(q.id) as QuestionScore));
    console.log(
      `| ${group} | ${name} | ${summary.count} | ${format(summary.recallAt1)} | ${format(summary.recallAt5)} | ${format(summary.recallAt10)} | ${format(summary.mrr)} | ${format(summary.allInTop10)} |`,
    );
  }
}
if (process.argv.includes("--misses")) {
  console.log(`\nhybrid misses at rank 1 (${misses.length}):`);
  for (const miss of misses) console.log(`  ${miss}`);
}
