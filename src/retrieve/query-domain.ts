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

const NEGATION = /(不限于|不只|不光|除了|以外|之外)$/;

/**
 * The domain a question restricts itself to, if it names one: a domain's full name (`文化旅游`), or a short name
 * followed by 领域 / 行业 / 这块 (`金融领域`). A negated mention (`不限于气象领域`) restricts nothing.
 * @example queryDomain("文化旅游这块，哪些案例用了大模型？") // 7
 */
export function queryDomain(query: string): number | undefined {
  const found = new Set<number>();
  for (const domain of DOMAINS) {
    // A full name inside an organisation's name (应急管理厅, 政务服务局) names the organisation, not a domain.
    const names = [
      `${domain.domain}(?![厅局部委办司处中])`,
      ...(ALIASES[domain.domainNo] ?? []).map((alias) => `${alias}(?:领域|行业|这块|方面|板块)`),
    ];
    for (const name of names) {
      for (const match of query.matchAll(new RegExp(name, "g"))) {
        const before = query.slice(Math.max(0, (match.index ?? 0) - 4), match.index ?? 0);
        const after = query.slice((match.index ?? 0) + match[0].length).slice(0, 6);
        if (!NEGATION.test(before) && !/^.{0,2}(之外|以外)/.test(after)) {
          found.add(domain.domainNo);
        }
      }
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** Moves the items of `domainNo` ahead of the rest, keeping the order within each group. */
export function preferDomain<T>(items: readonly T[], domainOf: (item: T) => number, domainNo: number | undefined): T[] {
  if (domainNo === undefined) return [...items];
  return [
    ...items.filter((item) => domainOf(item) === domainNo),
    ...items.filter((item) => domainOf(item) !== domainNo),
  ];
}
