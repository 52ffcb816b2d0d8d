/** The fixed shape of the case book: its 14 domains and the four sections every case has. */

export const SECTION_NAMES = ["案例背景", "解决方案", "创新点", "应用成效"] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

/** Domains in book order; `domainNo` is the number of the domain's chapter (一 … 十四). */
export const DOMAINS = [
  { domainNo: 1, domain: "工业制造", slug: "industry", caseCount: 4 },
  { domainNo: 2, domain: "现代农业", slug: "agriculture", caseCount: 5 },
  { domainNo: 3, domain: "商贸流通", slug: "commerce", caseCount: 9 },
  { domainNo: 4, domain: "交通运输", slug: "transport", caseCount: 10 },
  { domainNo: 5, domain: "金融服务", slug: "finance", caseCount: 16 },
  { domainNo: 6, domain: "科技创新", slug: "innovation", caseCount: 10 },
  { domainNo: 7, domain: "文化旅游", slug: "culture-tourism", caseCount: 8 },
  { domainNo: 8, domain: "医疗健康", slug: "healthcare", caseCount: 11 },
  { domainNo: 9, domain: "应急管理", slug: "emergency", caseCount: 2 },
  { domainNo: 10, domain: "气象服务", slug: "meteorology", caseCount: 3 },
  { domainNo: 11, domain: "城市治理", slug: "urban-governance", caseCount: 6 },
  { domainNo: 12, domain: "绿色低碳", slug: "green-low-carbon", caseCount: 8 },
  { domainNo: 13, domain: "政务服务", slug: "government-services", caseCount: 6 },
  { domainNo: 14, domain: "区域协同", slug: "regional-coordination", caseCount: 2 },
] as const;

export type DomainInfo = (typeof DOMAINS)[number];

const CHINESE_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/**
 * Converts a Chinese ordinal as printed in the book (一 … 九十九) to a number.
 * @example chineseNumeral("十六") // 16
 */
export function chineseNumeral(text: string): number {
  const digit = (character: string | undefined) =>
    character === undefined ? 0 : CHINESE_NUMERALS.indexOf(character) + 1;
  const tenAt = text.indexOf("十");
  if (tenAt === -1) return digit(text);
  const tens = tenAt === 0 ? 1 : digit(text[0]);
  return tens * 10 + digit(text[tenAt + 1]);
}

/** `caseId` of case `caseNo` in domain `domainNo`, e.g. `05-03`. */
export function caseIdOf(domainNo: number, caseNo: number): string {
  return `${String(domainNo).padStart(2, "0")}-${String(caseNo).padStart(2, "0")}`;
}

/** Finds a domain by number (`5`, `05`) or by name (`金融服务`); undefined when there is none. */
export function findDomain(key: string): DomainInfo | undefined {
  const trimmed = key.trim();
  if (/^\d{1,2}$/.test(trimmed)) return DOMAINS.find((d) => d.domainNo === Number(trimmed));
  return DOMAINS.find((d) => d.domain === trimmed || d.slug === trimmed);
}
