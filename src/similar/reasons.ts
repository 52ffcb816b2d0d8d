import type { TermStats } from "../store/term-stats.js";
import { escapeRegExp } from "../text/escape-regexp.js";
import type { Tokenizer } from "../text/tokenizer.js";
import { DOMAIN_TERMS, TECHNOLOGY_TERMS } from "../text/user-dictionary.js";

/** Terms of the field that name a technology or method: the dictionary's, and the Latin ones people write. */
const TECHNOLOGIES = new Set<string>([...TECHNOLOGY_TERMS, "ai", "gis", "api", "nlp", "5g", "北斗", "算法", "模型"]);

/**
 * Short phrases saying what a description and a case share, each listing terms that occur in both texts, so a
 * person can check them: data, technology, scenario, domain.
 * @example sharedReasons(...) // ["同样使用的数据：物流、仓储", "同样采用的技术：区块链", "相同的场景：供应链金融、小微企业"]
 */
export function sharedReasons(
  description: string,
  caseText: string,
  options: { tokenizer: Tokenizer; termStats: TermStats; sameDomain?: string | undefined },
): string[] {
  const { tokenizer, termStats } = options;
  const haystack = caseText.toLowerCase();
  const common = termStats.documentCount / 3;
  const shared = [...new Set(tokenizer.tokenize(description))]
    .filter((term) => term.length >= 2 && haystack.includes(term) && termStats.documentFrequency(term) <= common)
    .sort((a, b) => termStats.idf(b) - termStats.idf(a));
  // Keep the longest form of overlapping terms (仓单融资 rather than 仓单 and 融资).
  const kept = shared.filter((term) => !shared.some((other) => other !== term && other.includes(term)));
  const technologies = kept.filter((term) => TECHNOLOGIES.has(term));
  const data = kept.filter((term) => !TECHNOLOGIES.has(term) && isDataSource(term, description));
  const scenario = kept.filter((term) => !technologies.includes(term) && !data.includes(term));
  const reasons: string[] = [];
  if (data.length) reasons.push(`同样使用的数据：${data.slice(0, 4).join("、")}`);
  if (technologies.length) reasons.push(`同样采用的技术：${technologies.slice(0, 4).join("、")}`);
  if (scenario.length) reasons.push(`相同的场景或对象：${scenario.slice(0, 5).join("、")}`);
  if (options.sameDomain) reasons.push(`同属“${options.sameDomain}”领域`);
  return reasons;
}

const DATA_TERMS = new Set(DOMAIN_TERMS.filter((term) => term.endsWith("数据")));

/** A term used as a data source in the description: "物流数据", or "物流" followed by 数据 in the text. */
function isDataSource(term: string, description: string): boolean {
  return (
    DATA_TERMS.has(term) ||
    term.endsWith("数据") ||
    new RegExp(`${escapeRegExp(term)}[^，。；]{0,4}数据`).test(description)
  );
}
