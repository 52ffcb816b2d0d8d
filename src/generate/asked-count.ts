import type { Chunk } from "../chunk/chunk.js";
import { DOMAINS } from "../domain/book.js";
import type { Case } from "../domain/case.js";
import { readDomains } from "../retrieve/query-domain.js";
import { CitationList } from "./citations.js";

/**
 * "书里一共有多少个案例？", "金融服务领域有几个案例？", "书里有几个医疗健康的案例", "案例集分几个领域？": how many, of the book's
 * cases or domains. Read on the question with its domains blanked out (`readDomains`), hence the spaces before 的.
 */
const COUNT =
  /(?:分(?:成|为)?|各|分别)?(?:一共|总共|共)?有?(?:多少|几)个?[\s　]*的?(?:案例|项目|领域)|(?:案例|项目|领域)(?:一共|总共|共)?(?:各|分别)?有?(?:多少|几)个?/;

/** The words for the book ("案例集", "书里") and for a group of domains ("这两块", "这几个领域"): nothing to search for. */
const FRAME =
  /案例集|这本书|整本书|书里|书中|全书|(?:这|那)?(?:两|几|[一二三四五六七八九十])?个?(?:领域|行业|板块|块|方面|章)/g;

/**
 * When the question asks how many cases or domains the book has: the domains it names, and what else it says once
 * the asking, the domains and the words for the book are taken out, which tells whether it asks about some kind of
 * case ("有多少个案例用了区块链？") or only counts.
 */
export function countAsked(question: string): { domainNos: number[]; rest: string } | undefined {
  const { named, searched } = readDomains(question);
  const match = COUNT.exec(searched);
  if (!match) return undefined;
  const rest = `${searched.slice(0, match.index)} ${searched.slice(match.index + match[0].length)}`.replace(FRAME, " ");
  return { domainNos: named, rest };
}

/**
 * The answer to how many cases the book has, from its front matter: per domain, or for the domains the question
 * names, each case listed with a marker on its opening passage.
 */
export function countAnswer(
  cases: readonly Case[],
  openings: ReadonlyMap<string, Chunk>,
  domainNos: readonly number[],
): { answer: string; citations: CitationList } {
  const citations = new CitationList();
  if (domainNos.length === 0) {
    const counts = DOMAINS.map(
      ({ domainNo, domain }) => `${domain} ${cases.filter((item) => item.domainNo === domainNo).length} 个`,
    );
    const answer = `案例集共收录 ${cases.length} 个案例，分属 ${DOMAINS.length} 个领域：${counts.join("、")}。可在“浏览”页按领域查看全部案例。`;
    return { answer, citations };
  }
  const parts = domainNos.map((domainNo) => {
    const name = DOMAINS.find((domain) => domain.domainNo === domainNo)?.domain ?? "";
    const inDomain = cases.filter((item) => item.domainNo === domainNo);
    const lines = inDomain.map((item, i) => {
      const opening = openings.get(item.caseId);
      const marker = opening ? `[${citations.cite(opening, item)}]` : "";
      return `${i + 1}. 《${item.title}》（${item.applicants.join("、")}）${marker}`;
    });
    return `“${name}”领域共收录 ${inDomain.length} 个案例：\n${lines.join("\n")}`;
  });
  return { answer: parts.join("\n\n"), citations };
}
