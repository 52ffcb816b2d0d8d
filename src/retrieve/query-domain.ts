import { DOMAINS } from "../domain/book.js";
import { moveFirst } from "./fusion.js";

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
  "(?=(?:(?:和|、|与|及)[\\u4e00-\\u9fff]{2,4}){0,4}(?:这两个|这几个|这几|两个|几个|[这那][一两几]?|两)?(?:领域|行业|块|方面|板块|章))";

const NEGATION = /(不限于|不只|不光|除了|以外|之外)$/;
/** A mention that leaves the domain out ("除了金融服务那一章", "文化旅游那一章以外"), unlike "不限于气象领域". */
const EXCLUDED_BEFORE = /除了$/;
const EXCLUDED_AFTER =
  /^(?:(?:这两个|这几个|这几|两个|几个|[这那][一两几]?|两)?(?:领域|行业|块|方面|板块|章))?(?:以外|之外)/;

/**
 * The domains a question restricts itself to, if it names any: a domain's full name (`文化旅游`), or a short name
 * followed by 领域 / 行业 / 这块 (`金融领域`). A negated mention (`不限于气象领域`) restricts nothing.
 * @example queryDomains("农业和商贸流通这两个领域里，…") // [2, 3]
 */
export function queryDomains(query: string): number[] {
  return readDomains(query).named;
}

/**
 * What a question says of domains, in one reading:
 * - `named`: the domains it restricts itself to (see `queryDomains`);
 * - `excluded`: the domains it leaves out ("除了城市治理那一章，别的领域里还有哪些案例？" → [11]); a domain left out is
 *   not also named by a later mention of its topic ("…还有哪些案例是冲着城市治理去的？");
 * - `searched`: the question without the names of those domains, for ranking: their words ("农业、金融这几块") would
 *   otherwise pull in every case of the domain whatever the question asks; a later mention of an excluded domain is
 *   the topic asked about and stays.
 * @example readDomains("金融服务里，服务银行超过一百家的案例有哪些？").searched // "　　　　里，服务银行超过一百家的案例有哪些？"
 */
export function readDomains(query: string): { named: number[]; excluded: number[]; searched: string } {
  const found = mentions(query);
  const named = domainsOf(found, "named");
  const excluded = domainsOf(found, "excluded");
  let searched = query;
  for (const mention of found) {
    const applied = excluded.includes(mention.domainNo) ? mention.kind === "excluded" : mention.kind === "named";
    if (applied) {
      const blank = "　".repeat(mention.end - mention.start);
      searched = searched.slice(0, mention.start) + blank + searched.slice(mention.end);
    }
  }
  return { named, excluded, searched };
}

type MentionKind = "named" | "excluded" | "negated";

/** The domains with a mention of the kind; a domain with an excluded mention counts as excluded only. */
function domainsOf(found: readonly Mention[], kind: Exclude<MentionKind, "negated">): number[] {
  const excluded = new Set(found.filter((m) => m.kind === "excluded").map((m) => m.domainNo));
  const domains = found
    .filter((m) => m.kind === kind && (kind === "excluded" || !excluded.has(m.domainNo)))
    .map((m) => m.domainNo);
  return [...new Set(domains)].sort((a, b) => a - b);
}

interface Mention {
  domainNo: number;
  kind: MentionKind;
  start: number;
  end: number;
}

/** Joins the members of an enumeration of domains ("科技创新和金融", "农业、金融"). */
const JOINER = /^(?:和|、|与|及|以及|，|,)$/;

/**
 * Every mention of a domain in the question: named, excluded ("除了…那一章"), or merely negated ("不限于…"). The
 * members of an enumeration share its exclusion ("除了科技创新和金融那两块", "农业、金融那两章以外").
 */
function mentions(query: string): Mention[] {
  const found = ownMentions(query).sort((a, b) => a.start - b.start);
  const joined = (a: Mention, b: Mention) => JOINER.test(query.slice(a.end, b.start));
  for (let i = 1; i < found.length; i++) {
    const [previous, mention] = [found[i - 1] as Mention, found[i] as Mention];
    if (previous.kind === "excluded" && joined(previous, mention)) mention.kind = "excluded";
  }
  for (let i = found.length - 2; i >= 0; i--) {
    const [mention, next] = [found[i] as Mention, found[i + 1] as Mention];
    if (next.kind === "excluded" && joined(mention, next)) mention.kind = "excluded";
  }
  return found;
}

/** The mentions of each domain, each read on its own. */
function ownMentions(query: string): Mention[] {
  const found: Mention[] = [];
  for (const { domainNo, patterns } of DOMAIN_PATTERNS) {
    for (const pattern of patterns) {
      for (const match of query.matchAll(pattern)) {
        const start = match.index ?? 0;
        const end = start + match[0].length;
        const before = query.slice(Math.max(0, start - 4), start);
        const after = query.slice(end, end + 6);
        const kind: MentionKind =
          EXCLUDED_BEFORE.test(before) || EXCLUDED_AFTER.test(after)
            ? "excluded"
            : NEGATION.test(before) || /^.{0,2}(之外|以外)/.test(after)
              ? "negated"
              : "named";
        found.push({ domainNo, kind, start, end });
      }
    }
  }
  return found;
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

/**
 * The domains a text names by a short name alone, without 领域 / 那章 after it ("交通运输和文旅加起来…"), and the text
 * with those names blanked. Only where the text is known to be about domains (a question counting their cases):
 * elsewhere "文化" or "医疗" is a topic, not a chapter.
 */
export function bareDomainNames(text: string): { domainNos: number[]; text: string } {
  const domainNos: number[] = [];
  let blanked = text;
  for (const [domainNo, aliases] of Object.entries(ALIASES)) {
    for (const alias of [...aliases].sort((a, b) => b.length - a.length)) {
      if (!blanked.includes(alias)) continue;
      domainNos.push(Number(domainNo));
      blanked = blanked.replaceAll(alias, "　".repeat(alias.length));
    }
  }
  return { domainNos: [...new Set(domainNos)].sort((a, b) => a - b), text: blanked };
}

/** The one domain a question names, if it names exactly one. */
export function queryDomain(query: string): number | undefined {
  const found = queryDomains(query);
  return found.length === 1 ? found[0] : undefined;
}

/** Moves the items of the given domains ahead of the rest, keeping the order within each group. */
export function preferDomains<T>(items: readonly T[], domainOf: (item: T) => number, domains: readonly number[]): T[] {
  return moveFirst(items, (item) => domains.includes(domainOf(item)));
}

/** Moves the items of the given domains behind the rest, keeping the order within each group. */
export function avoidDomains<T>(items: readonly T[], domainOf: (item: T) => number, domains: readonly number[]): T[] {
  return moveFirst(items, (item) => !domains.includes(domainOf(item)));
}
