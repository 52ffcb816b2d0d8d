import { DOMAINS } from "../domain/book.js";

/** Short names people use for a domain, when followed by 领域 / 行业 / 这块 / 方面 / 板块. */
const ALIASES: Record<number, string[]> = {
  1: ["工业", "制造业", "制造"],
  2: ["农业"],
  3: ["商贸", "零售", "流通"],
  4: ["交通"],
  5: ["金融"],
  6: ["科技"],
  7: ["文旅", "文化", "旅游"],
  8: ["医疗", "健康", "医疗健康"],
  9: ["应急"],
  10: ["气象"],
  11: ["城市"],
  12: ["绿色", "低碳", "双碳"],
  13: ["政务"],
  14: ["区域", "京津冀"],
};

/**
 * What makes a short name a domain: 领域 / 行业 / 这块 … after it, possibly after a second name joined by 和 / 、
 * ("农业和商贸流通这两个领域").
 */
const DOMAIN_WORD =
  "(?=(?:(?:和|、|与|及)[\\u4e00-\\u9fff]{2,4})?(?:这两个|这几个|两个|这)?(?:领域|行业|块|方面|板块))";

const NEGATION = /(不限于|不只|不光|除了|以外|之外)$/;

/**
 * The domains a question restricts itself to, if it names any: a domain's full name (`文化旅游`), or a short name
 * followed by 领域 / 行业 / 这块 (`金融领域`). A negated mention (`不限于气象领域`) restricts nothing.
 * @example queryDomains("农业和商贸流通这两个领域里，…") // [2, 3]
 */
export function queryDomains(query: string): number[] {
  const found = new Set<number>();
  for (const { domainNo, patterns } of DOMAIN_PATTERNS) {
    for (const pattern of patterns) {
      for (const match of query.matchAll(pattern)) {
        const before = query.slice(Math.max(0, (match.index ?? 0) - 4), match.index ?? 0);
        const after = query.slice((match.index ?? 0) + match[0].length).slice(0, 6);
        if (!NEGATION.test(before) && !/^.{0,2}(之外|以外)/.test(after)) {
          found.add(domainNo);
        }
      }
    }
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * Each domain's names as patterns, compiled once. A full name inside an organisation's name (应急管理厅, 政务服务局)
 * names the organisation, not a domain.
 */
const DOMAIN_PATTERNS = DOMAINS.map((domain) => ({
  domainNo: domain.domainNo,
  patterns: [
    `${domain.domain}(?![厅局部委办司处中])`,
    ...(ALIASES[domain.domainNo] ?? []).map((alias) => `${alias}${DOMAIN_WORD}`),
  ].map((name) => new RegExp(name, "g")),
}));

/** The one domain a question names, if it names exactly one. */
export function queryDomain(query: string): number | undefined {
  const found = queryDomains(query);
  return found.length === 1 ? found[0] : undefined;
}

/** Moves the items of the given domains ahead of the rest, keeping the order within each group. */
export function preferDomains<T>(items: readonly T[], domainOf: (item: T) => number, domains: readonly number[]): T[] {
  if (domains.length === 0) return [...items];
  const preferred = (item: T) => domains.includes(domainOf(item));
  return [...items.filter(preferred), ...items.filter((item) => !preferred(item))];
}
