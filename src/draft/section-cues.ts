import type { SectionName } from "../domain/book.js";

/** A writer that is an organisation: "我司", "我院", "本单位", "我们街道", "该公司"… */
const ORGANISATION =
  "本单位|本公司|本集团|我单位|我司|我公司|我集团|我院|我局|我委|我所|我行|我校|我馆|我区|我中心|(?:该)?公司|该(?:单位|机构|企业)|我们(?:公司|单位|局|委|院|所|医院|中心|街道|社区|镇|村|区|博物馆|协会|学校|银行|集团|园区|联盟|合作社|团队)";

/**
 * The words that say which section of a submission a sentence of someone's notes belongs to, each with its weight:
 * who the writer is and what goes wrong today (案例背景), what they build or will build and with whom (解决方案), what
 * is new or first (创新点), what it has achieved or is expected to (应用成效). Notes are written in the first person
 * and in plans ("我们是…", "打算…", "目前已经放款…"), which the book's third-person prose does not teach the section
 * centroids.
 */
const CUES: ReadonlyArray<{ section: SectionName; weight: number; pattern: RegExp }> = [
  // Who the writer is and what it has: "我们是一家…", "我院作为…", "我们局承担着…", "我们公司在中关村…".
  {
    section: "案例背景",
    weight: 3,
    pattern: new RegExp(
      `^(?:我们|我|${ORGANISATION})(?:是|为|作为|这边是|地处|位于|承担|掌握|积累|拥有|现有|主要做|做.{1,12}的|运营的是|负责.{1,8}这块)`,
    ),
  },
  // An organisation writing of itself ("我们街道老旧小区多", "我局承担着…") is saying where it stands.
  { section: "案例背景", weight: 2, pattern: new RegExp(`^(?:${ORGANISATION})`) },
  // What goes wrong today.
  {
    section: "案例背景",
    weight: 1,
    pattern:
      /痛点|难题|头疼|头痛|最怕|麻烦|难以|很难|困难|靠人工|全凭|凭经验|拍脑袋|心里没数|看天吃饭|不准|太高|太低|太慢|偏粗|损耗|浪费|重复|互不相通|不通|孤岛|分散|可惜|查不过来|顾不过来|算不清|缺乏|缺少|不足|没法|无法|瓶颈|面临|亟需|急需|一直|长期|往往|常年|动辄|以往|以前|原来|传统|过去|越来越/,
  },
  // What is built, how, with whom; what comes next.
  {
    section: "解决方案",
    weight: 2,
    pattern: /打算|计划|准备|想(?:用|把|做|通过|建|给|和|跟|搞)|下一步|拟|二期|后续|将要/,
  },
  {
    section: "解决方案",
    weight: 1,
    pattern:
      /通过|利用|基于|搭建|构建|建设|开发|接入|接进|汇聚|整合|对接|联合|负责|提供|推送|第[一二三四]步|平台|系统|模型|算法|加工|打通|接口|自动/,
  },
  // What is new.
  {
    section: "创新点",
    weight: 3,
    pattern:
      /首个|首次|首创|首家|首例|第一个|第一家|第一次|头一个|头一家|头一回|率先|新意|新做法|新的.{0,6}(?:机制|模式|做法|方法)|创新(?!高)|突破|先例|没有人|没人.{0,4}做过|很少(?:有人|见)|少见|没见过|鲜有|尚无|不同于|区别于|跟以往.{0,8}不同|和一般的?.{0,12}不同|还不多|做不到|独创|原创|填补/,
  },
  // What it achieved, or is expected to.
  {
    section: "应用成效",
    weight: 2,
    pattern:
      /已经|累计|截至|截止|以来|推出(?:以)?后|上线(?:以)?后|运行(?:了)?(?:一|半|两|\d)|签约了|覆盖了?\d|(?:提升|提高|降低|下降|减少|缩短|节省|节约|增加|增长)(?:了|到|至)|从.{1,12}(?:提高|提升|降低|下降|缩短|减少|增加)|多了|少了|带动|服务了|促成|获得|入选|被评为|评为|拿了|获评|荣获|被.{0,8}采用|预计|有望|希望|估计|没有发生|未发生|没再发生|实现了|最快|节电|提前了|提前.{0,6}(?:转移|预警|处置)|共(?:推送|处置|服务|完成|发放|帮助|预警)|由.{1,14}(?:降|升|提高|减少|缩短)(?:到|至)|(?:降|减|少|提高|提升|增加)了[一二三四五六七八九十两几\d]+成|控制在|拿到了|已被|已(?:经)?(?:服务|覆盖|接入|帮助|完成|发放|放款)/,
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
