import { SECTION_NAMES, type SectionName } from "../domain/book.js";

/** What kind of answer a question wants, read from its wording (no model needed). */
export type Intent = "similar" | "list" | "applicant" | "numeric" | "fact";

const LIST =
  /(哪些|哪几个|有几个|都有|还有(什么|哪)).{0,16}(案例|项目|先例|例子)|列(一下|出|举).{0,40}(案例|项目|先例|例子)|(案例|项目|先例|例子).{0,12}(哪些|哪几个|有几个|都有|列一下|列出)(?!成果|成效|效果|效益|数据|技术|功能|作用|内容|特点|亮点|创新|问题|难点|痛点|做法|措施|经验)|有没有.{0,12}(案例|先例|例子)|几个案例|多少个案例/;
/** Asks for the cases themselves ("哪些案例…", "…的案例有哪些", "做供应链金融的有哪些"), whatever else it names. */
const CASES_ASKED = /(哪些|哪几个)(案例|项目)|(案例|项目)都?有哪(些|几个)|的有哪些/;
const APPLICANT = /哪家|哪个(单位|公司|机构|企业)|谁(做|搞|申报|建|开发|牵头)|是谁|申报单位|由谁|什么(公司|单位|机构)/;
const NUMERIC =
  /多少|(?<![前近哪])几(个|家|倍|成|年|项|次|万|亿|天|小时|分钟|秒|厘米|毫米|米|公里|件|种|名|位|台|辆|张|篇|份|吨|页|岁)|多久|多长时间|百分之几|百分|比例|率(是|为|达到|多少|有多高|提升|提高|下降|降低)|(提升|提高|降低|减少|缩短|增长|节省|节约)了?(多少|几)|规模|金额|数量|具体(数字|数据)/;

const SIMILAR =
  /我们(是|公司|单位|这边|想|打算|计划|准备)|(?:类似|相近|相似)的?(案例|先例|做法|项目)|可以参考|参考(案例|先例)|有没有.{0,6}先例|有先例吗|^(?:想|打算|计划|准备)做(?:一个|个)|设想/;

/** @example questionIntent("推出猪小慧的是哪家公司？") // "applicant" */
export function questionIntent(question: string): Intent {
  // A project described at length, asking for precedents: always has closest cases to show.
  if (question.length >= 40 && SIMILAR.test(question)) return "similar";
  // "哪些案例写明了挣到多少钱？", "哪些案例的申报单位…？" ask for cases, not for a figure or an applicant.
  if (CASES_ASKED.test(question)) return "list";
  if (APPLICANT.test(question)) return "applicant";
  if (NUMERIC.test(question) && !/多少个案例|几个案例|(?:案例|先例)有(?:几个|多少个)/.test(question)) return "numeric";
  if (LIST.test(question)) return "list";
  return "fact";
}

const SECTION_WORDS: Array<[RegExp, SectionName]> = [
  [/背景|痛点|难点|问题|需求|为什么/, "案例背景"],
  [/方案|怎么做|怎么搞|如何(做|实现|建)|做法|架构|技术路线|思路/, "解决方案"],
  [/创新|亮点|特色/, "创新点"],
  [/成效|效果|效益|成果|收益|价值|影响/, "应用成效"],
];

/** The section a question asks about, if it names one ("那它的应用成效呢？" → 应用成效). */
export function sectionHint(question: string): SectionName | undefined {
  for (const name of SECTION_NAMES) if (question.includes(name)) return name;
  return SECTION_WORDS.find(([pattern]) => pattern.test(question))?.[1];
}
