import { loadConfig } from "../src/config.js";
import { loadCorpus } from "../src/corpus/load-corpus.js";
import { createServices } from "../src/create-services.js";
import { loadQuestions } from "./questions.js";

const config = loadConfig();
const services = await createServices(config, await loadCorpus(config.CORPUS_DIR), () => {});
const qs = await loadQuestions();
const ids = process.argv.slice(2);
for (const q of qs.filter((x) => ids.includes(x.id))) {
  const a = await services.answers.answer({ question: q.question });
  console.log(
    `\n### ${q.id} [${q.type}] gold ${q.gold.join(",")}\nQ: ${q.question}\nA (${a.refused ? "refused" : "answered"}): ${a.answer.slice(0, 500)}`,
  );
}
