import type { Chunk } from "../chunk/chunk.js";
import { DOMAINS } from "../domain/book.js";
import type { Case } from "../domain/case.js";
import { bareDomainNames, readDomains } from "../retrieve/query-domain.js";
import { CitationList } from "./citations.js";

/**
 * "书里一共有多少个案例？", "金融服务领域有几个案例？", "书里有几个医疗健康的案例", "案例集分了多少个领域？", "绿色低碳方向收录的案例
 * 数量是多少？": how many, of the book's cases or domains. Read on the question with its domains blanked out
 * (`readDomains`), hence the spaces before 的.
 */
const COUNT =
  /(?:分(?:成|为)?了?|各|分别)?(?:一共|总共|共|总计|合计|加起来)?(?:收录|包含|包括|收|涵盖|覆盖|入选|有)?了?(?:多少|几)个?[\s　]*的?(?:典型)?(?:应用)?(?:案例|项目|(?:行业)?领域)|(?:案例|项目|领域)的?(?:数量|数目|个数|总数)?(?:一共|总共|共)?(?:各|分别)?(?:是|为|有)?(?:多少|几)个?/g;

/**
 * "应急那一章收了几个？": with a domain named, how many with nothing after it asks for its cases. Elsewhere "有几个？" asks
 * of one case ("合作的银行有几个？").
 */
const BARE_COUNT = /(?:收录|包含|包括|收|有)了?(?:多少|几)个(?=[\s？?。！!]|$)/;

/** A group of domains named before the asking ("这两个领域", "这几块"): taken out first, so the asking is found whole. */
const GROUP = /(?:这|那)(?:两|几|[一二三四五六七八九十])?个?(?:领域|行业|板块|块|方面|章|方向)/g;

/**
 * The words of a count question that say nothing of which cases: the book ("案例集", "书里", its title), domains as such
 * ("这两块", "方向"), counting and holding ("一共", "收录了", "加起来"), and courtesy ("您好", "麻烦问一下").
 */
const FRAME =
  /《[^》]*案例集》|典型案例集|案例集|这本书|整本书|这本|整本|书里|书中|全书|这个|您好|你好|请问|麻烦问一下|麻烦问下|麻烦|想问|想了解一下|了解一下|问一下|问下|涉及|一共|总共|总计|合计|加起来|收录|包含|包括|涵盖|覆盖|收了|入选|方向|(?:这|那)?(?:两|几|[一二三四五六七八九十])?个?(?:领域|行业|板块|块|方面|章)/g;

/**
 * When the question asks how many cases or domains the book has: the domains it names (by a short name alone too,
 * "文旅"), and what else it says once the asking, the domains and the frame are taken out, which tells whether it asks
 * about some kind of case ("有多少个案例用了区块链？") or only counts.
 */
export function countAsked(question: string): { domainNos: number[]; rest: string } | undefined {
  // Most questions ask no "how many": the domains are read only for those that do.
  if (!/多少|几/.test(question)) return undefined;
  const { named, searched } = readDomains(question);
  const grouped = searched.replace(GROUP, (group) => "　".repeat(group.length));
  // Every asking is taken out ("涉及多少个行业领域，一共多少个案例？"); none there, nothing changes.
  let rest = grouped.replace(COUNT, " ");
  if (rest === grouped) {
    if (named.length === 0 || !BARE_COUNT.test(grouped)) return undefined;
    rest = grouped.replace(BARE_COUNT, " ");
  }
  const bare = bareDomainNames(rest.replace(FRAME, " "));
  return { domainNos: [...new Set([...named, ...bare.domainNos])].sort((a, b) => a - b), rest: bare.text };
}

/**
 * The answer to how many cases the book has, from its front matter: per domain, or for the domains the question
 * names, each case listed with a marker on its opening passage.
 */
export function countAnswer(
  cases: readonly Case[],
  opening: (caseId: string) => Chunk | undefined,
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
      const chunk = opening(item.caseId);
      const marker = chunk ? `[${citations.cite(chunk, item)}]` : "";
      return `${i + 1}. 《${item.title}》（${item.applicants.join("、")}）${marker}`;
    });
    return `“${name}”领域共收录 ${inDomain.length} 个案例：\n${lines.join("\n")}`;
  });
  const total = cases.filter((item) => domainNos.includes(item.domainNo)).length;
  const sum = domainNos.length > 1 ? `\n\n合计 ${total} 个案例。` : "";
  return { answer: parts.join("\n\n") + sum, citations };
}
