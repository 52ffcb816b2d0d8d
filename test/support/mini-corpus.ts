import { loadCorpus } from "../../src/corpus/load-corpus.js";
import type { Corpus } from "../../src/domain/case.js";

/**
 * A small real corpus for fast tests: a few cases of the book from different domains, each section cut to its
 * first two paragraphs.
 */
export async function miniCorpus(caseIds = ["01-01", "02-01", "05-01", "08-05", "11-02", "12-02"]): Promise<Corpus> {
  const full = await loadCorpus();
  const cases = full.cases
    .filter((item) => caseIds.includes(item.caseId))
    .map((item) => ({
      ...item,
      sections: item.sections.map((section) => ({
        ...section,
        text: section.text.split("\n\n").slice(0, 2).join("\n\n"),
      })),
    }));
  const domains = full.domains.filter((domain) => cases.some((item) => item.domainNo === domain.domainNo));
  return { preface: full.preface, domains, cases };
}
