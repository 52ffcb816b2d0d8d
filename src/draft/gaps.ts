import type { SectionName } from "../domain/book.js";
import type { Gap } from "../domain/draft.js";

/** What a submission needs in each section, and how its absence is told. */
const EMPTY: Record<SectionName, string> = {
  案例背景: "还没有内容：行业现状、面临的痛点和对数据的需求",
  解决方案: "还没有内容：建设内容、技术路线和数据如何汇聚、治理、应用",
  创新点: "还没有内容：技术、模式或应用上的创新",
  应用成效: "还没有内容：经济效益和社会效益",
};

/** A figure as notes write it: digits, or Chinese numerals with a unit ("两家银行", "降了九成", "百分之十八"). */
const FIGURE =
  /\d|百分之|[一二三四五六七八九十两百千万亿]+(?:个|家|成|倍|万|亿|元|人|次|项|天|小时|分钟|户|台|座|条|所|吨|亩)/;
const DATA_SOURCE = /数据/;

/**
 * The gaps of a draft's sections: empty sections, no stated data source, no quantified results.
 * @example findGaps({ 应用成效: "效率明显提升。", … }) // [{ section: "应用成效", message: "应用成效没有量化的数字…" }]
 */
export function findGaps(sections: Record<SectionName, string>): Gap[] {
  const gaps: Gap[] = [];
  for (const name of Object.keys(EMPTY) as SectionName[]) {
    if (!sections[name].trim()) gaps.push({ section: name, message: EMPTY[name] });
  }
  if (sections.解决方案.trim() && !DATA_SOURCE.test(`${sections.案例背景}${sections.解决方案}`)) {
    gaps.push({ section: "解决方案", message: "没有说明使用了哪些数据、数据从哪里来" });
  }
  if (sections.应用成效.trim() && !FIGURE.test(sections.应用成效)) {
    gaps.push({ section: "应用成效", message: "应用成效没有量化的数字（如效率提升、成本降低、服务规模）" });
  }
  return gaps;
}

/** A gap as it stands in the draft text: what is needed, without the "还没有内容：" lead of its message. */
export function gapMarker(message: string): string {
  return `【待补充：${message.replace(/^还没有内容：/, "")}】`;
}
