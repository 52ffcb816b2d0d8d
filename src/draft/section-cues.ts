import type { SectionName } from "../domain/book.js";

/**
 * The words that say which section of a submission a sentence of someone's notes belongs to, each with its weight:
 * who the writer is and what goes wrong today (案例背景), what they build or will build and with whom (解决方案), what
 * is new or first (创新点), what it has achieved or is expected to (应用成效). Notes are written in the first person
 * and in plans ("我们是…", "打算…", "目前已经放款…"), which the book's third-person prose does not teach the section
 * centroids.
 */
const CUES: ReadonlyArray<{ section: SectionName; weight: number; pattern: RegExp }> = [
  { section: "案例背景", weight: 3, pattern: /^(?:我们|我|本单位|本公司|我单位|我司)(?:是|为|这边是)/ },
  {
    section: "案例背景",
    weight: 1,
    pattern:
      /痛点|难题|头疼|头痛|最怕|麻烦|难以|很难|困难|靠人工|全凭|凭经验|看天吃饭|不准|太高|太低|太慢|损耗|浪费|重复|互不相通|不通|孤岛|可惜|查不过来|顾不过来|缺乏|缺少|不足|瓶颈|面临|亟需|一直|长期|往往|常年|以往|传统|过去|越来越/,
  },
  {
    section: "解决方案",
    weight: 1,
    pattern:
      /打算|计划|准备|想(?:用|把|做|通过|建|给|和|跟|搞)|拟|通过|利用|基于|搭建|构建|建设|开发|接入|汇聚|整合|对接|联合|负责|提供|第[一二三四]步|下一步|平台|系统|模型|算法|加工|打通|接口/,
  },
  {
    section: "创新点",
    weight: 3,
    pattern:
      /首个|首次|首创|首家|首例|第一个|第一家|第一次|率先|新意|新做法|新的.{0,6}(?:机制|模式|做法|方法)|创新|突破|先例|不同于|区别于|跟以往.{0,8}不同|和一般的?.{0,12}不同|还不多|做不到|独创|原创|填补/,
  },
  {
    section: "应用成效",
    weight: 2,
    pattern:
      /已经|累计|截至|截止|以来|推出(?:以)?后|上线(?:以)?后|签约了|覆盖了?\d|提升了|提高了|降低了|下降了|减少了|缩短了|节省了|节约了|增加了|增长了?|多了|少了|带动|服务了|促成|获得|入选|被评为|评为|拿了|获评|荣获|被.{0,8}采用|预计|有望|没有发生|实现了/,
  },
];

/** Each section's cue weight in a sentence (sections with none left out). */
export function cueScores(sentence: string): Map<SectionName, number> {
  const scores = new Map<SectionName, number>();
  for (const { section, weight, pattern } of CUES) {
    if (pattern.test(sentence)) scores.set(section, (scores.get(section) ?? 0) + weight);
  }
  return scores;
}
