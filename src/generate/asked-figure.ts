/**
 * The figure a numeric question asks for, read from its wording, and whether a case reports such a figure at all.
 * A case that matches a question's topic may still not have the number asked for ("那笔质押贷款的利率是多少？" of a
 * case that gives the loan but not its rate); answering it with the case's other figures would mislead.
 */
export interface AskedFigure {
  /** Units asked for after 多少 / 几 ("多少家" → 家), with the noun counted when it follows ("多少家企业" → 企业). */
  counts: Array<{ unit: string; noun: string | undefined }>;
  /** Figure-bearing nouns asked about ("利率是多少" → 利率). */
  attributes: string[];
  /** Money asked for: a price per unit, an amount spent, or another sum. */
  money: "price" | "spend" | "sum" | undefined;
}

const UNITS =
  "人次|平方公里|兆瓦|千瓦|公里|小时|分钟|个|家|人|次|条|页|种|项|台|辆|户|名|张|篇|份|吨|天|年|月|秒|倍|帧|所|座|套|款|批|头|亩|场|位|类|本|颗|栋|笔";

/** Nouns whose value is a figure; each with the words a case may use for it. */
const ATTRIBUTES: ReadonlyArray<readonly string[]> = [
  ["利率", "利息"],
  ["期限"],
  ["不良率", "不良贷款"],
  ["逾期率", "逾期"],
  ["坏账率", "坏账"],
  ["准确率", "准确度", "准确性", "正确率", "精确度", "精准度", "精准率"],
  ["识别率"],
  ["召回率"],
  ["误差"],
  ["精度"],
  ["参数量", "参数"],
  ["费率"],
  ["手续费"],
  ["营收", "营业收入", "收入"],
  ["利润"],
  ["单价", "价格"],
  ["成交价", "成交"],
  ["估值", "评估价值", "价值"],
  ["市值"],
  ["费用", "收费", "价格"],
  ["货值", "货物价值", "货款"],
  ["产值"],
  ["交易额", "成交额", "交易规模", "交易"],
  ["销售额", "营业额", "销售收入"],
  ["额度", "授信额度", "授信", "贷款额"],
  ["保费"],
  ["员工", "人员", "团队"],
  ["用户数", "用户"],
  ["访问量", "访问"],
  ["调用量", "调用"],
  ["下载量", "下载"],
  ["时延", "延迟", "毫秒"],
  ["能耗", "耗电", "用电量"],
  ["发电量", "发电"],
  ["排放量", "排放"],
  ["面积", "平方"],
  ["占比", "比例", "份额"],
  ["满意度"],
  ["装机", "装机容量"],
  ["算力"],
  ["分辨率"],
  ["转化率"],
  ["点击率"],
  ["客流"],
  ["产量"],
  ["销量"],
];

/** Numbers as cases write them: digits, Chinese numerals, and estimates (数百万, 上亿, 10 万+). */
const NUMBER =
  "(?:[\\d０-９][\\d.,，０-９]*|[一二三四五六七八九十两百千万亿]+|[数上几近超逾][十百千万亿])\\s*[万亿千百]?[余多+＋]?\\s*";
/** A sum of money as cases write it: 元 with any currency (亿欧元, 美元), or a bare 万 / 亿 amount. */
const CURRENCY = "(?:(?:人民币|欧|美|港|日)?元|(?<=[万亿]\\s*)(?![\\u4e00-\\u9fff]{0,1}[人次家个条项户名台辆吨亩]))";
const HAS_NUMBER = /[\d０-９]|[一二三四五六七八九十两][十百千万亿]/;

/** Words that make a "which ones" question rather than a count ("哪几家单位", "有没有几个省市"). */
const NOT_COUNTS = /哪几|这几|那几|有没有几|好几|几个案例|多少个案例|(?:几|多少)个(?:百分)?点/g;
const ASK = "(?:多少|多高|多大|多长|多久|几)";
const PRICE = /多少钱|收多少|付多少|交多少|收费|价格|单价|多少费用/;
const PER_UNIT = /一(次|套|年|个|帧|辆|吨|单|份|张|台|月)|每|单价|收费|怎么卖/;
/** Money earned, sold or saved ("一年能多赚多少钱", "一年卖了多少钱", "省下多少费用") is a sum, not a price. */
const GAIN = /赚|挣|卖|销售|省|节约|节省|变现|增收|多收|效益|收益|降低/;
const SPEND = /(花了|花多少|要花|投了|投入|投资|建设|造价|合同金额|预算|耗资).{0,8}(多少|几)/;

/** What a numeric question asks for; undefined when its wording names nothing checkable. */
export function askedFigure(question: string): AskedFigure | undefined {
  const text = question.replace(NOT_COUNTS, "　");
  const counts = [...text.matchAll(new RegExp(`(?:多少|几)(${UNITS})([\\u4e00-\\u9fff]{1,4})?`, "g"))].map((match) => ({
    unit: match[1] as string,
    noun: match[2]?.replace(/[的了呢吗啊]+.*$/, "") || undefined,
  }));
  const attributes: string[] = [];
  for (const match of text.matchAll(
    new RegExp(`([\\u4e00-\\u9fff]{1,12}?)[是有能到达约大概一般到底实际具体都为了]{0,6}${ASK}`, "g"),
  )) {
    const before = match[1] as string;
    const found = ATTRIBUTES.find((group) => group.some((word) => before.endsWith(word)));
    if (found) attributes.push(found[0] as string);
  }
  // "有多少参数", "多大的算力": the figure's noun after the question word.
  for (const match of text.matchAll(new RegExp(`${ASK}(?:的)?([\\u4e00-\\u9fff]{1,4})`, "g"))) {
    const after = match[1] as string;
    const found = ATTRIBUTES.find((group) => group.some((word) => after.startsWith(word)));
    if (found && !attributes.includes(found[0] as string)) attributes.push(found[0] as string);
  }
  // "多久", "多长时间": a duration.
  if (/多久|多长时间|多少天|几天|多少小时|几个小时|几分钟|多少分钟/.test(text)) {
    counts.push({ unit: "秒|分钟|小时|天|日|周|个月|年", noun: undefined });
  }
  const money = SPEND.test(text)
    ? "spend"
    : PRICE.test(text) && PER_UNIT.test(text) && !GAIN.test(text)
      ? "price"
      : /多少钱|值多少|卖了多少/.test(text)
        ? "sum"
        : undefined;
  if (counts.length === 0 && attributes.length === 0 && !money) return undefined;
  return { counts, attributes, money };
}

/** Whether some sentence of `text` reports a figure of the asked kind (any one of those asked). */
export function reportsFigure(text: string, asked: AskedFigure): boolean {
  const sentences = text.split(/[。；;！!？?\n]/);
  const count = asked.counts.map(
    ({ unit, noun }) => new RegExp(`${NUMBER}(?:${unit}${noun ? `|${noun.slice(0, 2)}` : ""})`),
  );
  const attributes = asked.attributes.map((name) => ATTRIBUTES.find((group) => group[0] === name) ?? [name]);
  return sentences.some((sentence) => {
    if (count.some((pattern) => pattern.test(sentence))) return true;
    if (attributes.some((words) => words.some((word) => sentence.includes(word))) && HAS_NUMBER.test(sentence)) {
      return true;
    }
    if (!asked.money || !new RegExp(`${NUMBER}${CURRENCY}`).test(sentence)) return false;
    if (asked.money === "price")
      return /元\s*[/／每]|每.{0,10}元|单价|售价|定价|收费|收取|价格|一[个次套]|开通|购买/.test(sentence);
    if (asked.money === "spend") return /投资|投入|花费|耗资|资金|造价|合同|费用|成本|预算|建设/.test(sentence);
    return true;
  });
}
