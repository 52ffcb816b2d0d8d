import { chineseNumeral } from "../domain/book.js";
import { nearMarked, sentenceSpans } from "../text/sentences.js";

/**
 * The figure a numeric question asks for, read from its wording, and whether a case reports such a figure at all.
 * A case that matches a question's topic may still not have the number asked for ("那笔质押贷款的利率是多少？" of a
 * case that gives the loan but not its rate); answering it with the case's other figures would mislead.
 */
export interface AskedFigure {
  /**
   * Units asked for after 多少 / 几 ("多少家" → 家), with the noun counted when it follows ("多少家企业" → 企业); `bare`
   * when the question names no measure word ("多少注册学习者"), so that any unit, or a share, answers it; `part` when it
   * asks for a part of a whole named before the question word ("300 多家金融机构里，银行占多少家"), which only a count of
   * that noun answers, not the whole's.
   */
  counts: Array<{ unit: string; noun: string | undefined; bare?: true; part?: true }>;
  /** Figure-bearing nouns asked about ("利率是多少" → 利率). */
  attributes: string[];
  /** Money asked for: a price per unit, an amount spent, or another sum. */
  money: "price" | "spend" | "sum" | undefined;
  /** The kind of sum asked for ("放了多少贷款" → a loan), when the question names one. */
  sumKind?: (typeof SUM_KINDS)[number];
  /** The years the figure is asked of ("到 2023 年底", "23 年全年"), as four digits. */
  years?: readonly string[];
  /** A date asked for ("哪一年上线的？"), with the event's verbs when the question names one. */
  when?: readonly string[];
  /** The date asked for is a day ("是哪天放款的？"): a year or a month does not answer it. */
  day?: boolean;
  /** What was actually achieved is asked ("实际做到了多少"): a target or a forecast does not answer it. */
  actual?: boolean;
  /**
   * A change asked for ("停机时间少了多少", "效率提高了多少"), with the words of what changed before it ("停机时间"), which
   * a sentence reporting the change names in part.
   */
  changes?: readonly string[];
  /** What a share is asked of ("多大比例的车辆动作" → 车辆动作): a percentage in a sentence naming it answers. */
  shareOf?: string;
}

const UNITS =
  "人次|平方公里|平方米|千瓦时|兆瓦|千瓦|公里|厘米|毫米|米|小时|分钟|个|家|人|次|条|页|种|项|台|辆|户|名|张|篇|份|吨|天|年|月|秒|倍|帧|所|座|套|款|批|头|亩|场|位|类|本|颗|栋|笔|件|岁|层|期|轮|架|艘|起|档|级|例|宗|枚|处|单(?![位元个据证])|分(?![钟之])|TB|GB|PB|MB";

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
  ["面积", "平方", "亩", "公顷"],
  ["占比", "比例", "份额"],
  ["满意度"],
  ["装机", "装机容量"],
  ["算力"],
  ["分辨率"],
  ["转化率"],
  ["点击率", "CTR"],
  ["投资回报", "ROI", "回报率"],
  ["编号", "标准号"],
  ["带宽"],
  ["客流"],
  ["产量"],
  ["销量"],
];

/** What a part of a whole is asked of, named before the question word: "银行占", "银行、保险分别有", "三地的企业各有". */
const PART_OF = /([\u4e00-\u9fff]{2,4})(?:[、和与及][\u4e00-\u9fff]{2,4})*(?:占|分别(?:有|是|占)?|各(?:有|占|是)?)$/;

/** Numbers as cases write them: digits, Chinese numerals, and estimates (数百万, 上亿, 10 万+). */
const NUMBER =
  "(?:[\\d０-９][\\d.,，０-９]*|[一二三四五六七八九十两百千万亿]+|[数上几近超逾][十百千万亿])\\s*[万亿千百]?[余多+＋]?\\s*";
/** A sum of money as cases write it: 元 with any currency (亿欧元, 美元), or a bare 万 / 亿 amount. */
const CURRENCY = "(?:(?:人民币|欧|美|港|日)?元|(?<=[万亿]\\s*)(?=[^\\u4e00-\\u9fff]|$|的|以上|左右|余))";
const HAS_NUMBER =
  /[\d０-９]|[一二三四五六七八九十两][十百千万亿]|分之[一二三四五六七八九十]|降(?:低)?为零|[一二三四五六七八九]成/;

/**
 * Words that make a "which ones" question rather than a count ("哪几家单位", "有没有几个省市"), or an indefinite "a few"
 * ("勾几个症状就出诊断", "开头引了几个数", "几个校区之间的数据").
 */
const NOT_COUNTS =
  /哪几|这几|那几|[前近]几|有没有几|好几|几个案例|多少个案例|几个数字?(?![据量])|几个(?=[\u4e00-\u9fff]{1,4}(?:就|之间))/g;
const ASK = "(?:多少|多高|多大|多长|多久|几)";
const PRICE = /多少钱|收多少|付多少|交多少|收费|价格|单价|多少费用/;
const PER_UNIT = /一(次|套|年|个|帧|辆|吨|单|份|张|台|月)|每|单价|收费|怎么卖/;
/** Money earned, sold or saved ("一年能多赚多少钱", "一年卖了多少钱", "省下多少费用") is a sum, not a price. */
const GAIN = /赚|挣|卖|销售|省|节约|节省|变现|增收|多收|效益|收益|降低/;
/**
 * "每平方公里卖多少钱" is a price even though it sells; "每年卖多少钱", "每个人能省多少钱" and "每只鸡能多挣多少钱" (a gain
 * per thing, answered by "每只鸡约可提高收益 0.3 元" even beside a cost cut) are sums.
 */
const PER_THING = /每(?!年|月|天|日|周|季)/;
const SPEND = /(花了|花多少|要花|投了|投入|投资|建设|造价|合同金额|预算|耗资).{0,8}(多少|几)/;
const SPEND_WORDS = /投了|投入|投资|建设|造价|合同|预算|耗资/;
/** A sum named after the question word ("放了多少贷款", "省多少成本", "多少采购费"). */
const SUM =
  /(?:多少|几)[^，,。？?！!；;]{0,12}?(?:钱|费|成本|资金|贷款|融资|放款|金额|元)|(?:钱|费用|成本|资金|贷款|融资|放款|金额)(?:规模|总额|总量)?[是有能到达约大概一般到底实际具体都为了]{0,4}(?:多少|多大|几)/;
/**
 * Kinds of sum, each with the words one of which a sentence reporting it in money uses, and the words with which a
 * share answers it too ("省多少行政成本" is answered by "减低 20% 的行政成本").
 */
const SUM_KINDS: ReadonlyArray<{ kind: RegExp; words: readonly string[]; share: readonly string[] }> = [
  { kind: /贷款|放贷|放款|授信|融资/, words: ["贷", "授信", "融资"], share: [] },
  { kind: /估值|评估/, words: ["估值", "评估", "价值"], share: [] },
  { kind: /成本|省|节约|节省/, words: ["成本", "节约", "节省", "降低", "减少", "省"], share: ["成本", "费"] },
  { kind: /费/, words: ["费", "成本", "开支"], share: ["费", "成本"] },
  { kind: /成交|交易|卖|销售/, words: ["成交", "交易", "销售", "卖", "售", "收入"], share: [] },
];
/** Rates named in the question that are not in ATTRIBUTES ("带宽利用率", "事故率"); not efficiency or frequency. */
const RATE = /([\u4e00-\u9fff]{2}率)/g;
const NOT_RATES = /效率|频率|概率|速率|税率|汇率/;
/** A date asked for, and the events whose date it is. */
const WHEN = /哪一年|哪年|什么时候|何时|哪个月|几月份|什么时间|哪一天|哪天|几号|几月几日|具体日期/;
/** A day asked for, not only a year or a month. */
const WHEN_DAY = /哪一天|哪天|几号|几月几日|具体日期/;
/** A day as cases write it: "3 月 15 日", "15 号". */
const DAY = /\d{1,2}\s*[日号](?![报])/;
const EVENTS = [
  "上线",
  "建成",
  "启动",
  "投运",
  "投入使用",
  "发布",
  "成立",
  "落地",
  "开通",
  "推出",
  "试点",
  "完成",
  "签约",
  "挂牌",
];
/** A change asked for: "少了多少", "提高了多少", "降到多少", "降了几个百分点" (read as 多少), "缩短百分之几". */
const CHANGE_ASKED =
  /(?:提高|提升|降低|下降|减少|缩短|增长|增加|压缩|节约|节省|减缓|提效|便宜|快|涨|降|减|少|省|多)了?到?(?:多少|多大|百分之几|百分之多少|几成)/g;
/** Words between what changed and its change: "停机时间具体少了多少". */
const CHANGE_FILLER =
  /(?:具体|大概|一共|大约|到底|实际|平均|分别|各|都|又|能|会|就|还|也|的|了|上|[，,、\s]|提高|提升|降低|下降|减少|缩短|增长|增加)+$/;
/** Words reporting a change. */
const CHANGE_WORDS =
  /提高|提升|降低|下降|减少|缩短|增长|增加|压缩|节约|节省|减缓|降至|减至|降为|缩至|提速|便宜|翻|倍|增|降|减|少|省|节|涨|快|升/;

/**
 * A change with its size: a figure within a few characters after a word of change ("提升 20%", "由 3 天缩短到 6 小时")
 * or before one ("千分之三左右的猝死率降低为零"), or a size in words ("翻了一番", "减少一半"); not a change named
 * beside figures of other things ("超过 3/4 的流量…，27 个品牌的 ROI 持续提升").
 */
function changedBy(sentence: string): boolean {
  // Years, list numbers and a lone 一 are no size ("2023 年提升", "一是降低").
  const countable = sentence.replace(NOT_A_COUNT, "　");
  return SIZE_AFTER.test(countable) || SIZE_BEFORE.test(countable) || SIZE_IN_WORDS.test(sentence);
}
const SIZE_AFTER = new RegExp(
  `(?:${CHANGE_WORDS.source})[^，,。；;]{0,12}?(?:[\\d０-９]|[一二三四五六七八九十两][十百千万亿成倍]|分之)`,
);
const SIZE_BEFORE = new RegExp(`(?:[\\d０-９]|分之[一二三四五六七八九十])[^，,。；;]{0,8}?(?:${CHANGE_WORDS.source})`);
const SIZE_IN_WORDS = /一半|翻番|翻倍|翻了一番|[为到至]零/;

/** 多少 right before a noun, not a measure word: "多少注册学习者". */
const BARE_COUNT = new RegExp(`多少(?![十百千万亿]|${UNITS})([\\u4e00-\\u9fff]{2,5})`, "g");
/** What follows 多少 and is not counted: money, time, amounts of a kind ("多少钱", "多少时间", "多少数据量"). */
const NOT_BARE =
  /^(?:钱|时间|费|成本|资金|贷款|融资|金额|规模|比例|倍|数据量|流量|电量|收入|效益|收益|价值|减排|碳|二氧化碳)|(?:额度|费|钱|金额|资金|收入|成本|碳)$/;

/** What a share is of: after "比例的" ("多大比例的车辆动作"), or before "比例" ("空气优良天数比例"). */
function shareThing(text: string): string | undefined {
  const after = /(?:比例|占比)的([\u4e00-\u9fff]{2,6})/.exec(text)?.[1];
  if (after) return after;
  const before = /([\u4e00-\u9fff]{2,8}?)的?(?:比例|占比)/.exec(text)?.[1]?.replace(/^.*(?:多大|多少|百分之)/, "");
  return before && before.length >= 2 ? before.slice(-6) : undefined;
}

/** A share as cases write it: "95%", "3/4", "七成", "三分之一". */
const SHARE = /\d\s*[%％]|\d\s*\/\s*\d|[一二三四五六七八九]成|[一二三四五六七八九十]分之/;

/** A year named in a question: "2023 年", or "23 年底" / "23 年全年" (but not "3 年" of a duration). */
const YEAR = /(20\d{2})\s*年|(?<!\d)(\d{2})\s*年(?:底|末|全年|一整年)/g;

/** A clause asking for money: its figure noun ("估值是多少钱") is the money's, checked as a sum. */
const MONEY_WORDS = /钱|元|金额|费用/;
/** A clause: where a question word's figure noun is looked for. */
const CLAUSE = /[，,。？?！!；;、]/;
/** The ends of a clause that asks for a sum or a figure noun (an enumeration's 、 does not end it). */
const CLAUSE_END = /[，,。？?！!；;]/g;

/** What a numeric question asks for; undefined when its wording names nothing checkable. */
export function askedFigure(question: string): AskedFigure | undefined {
  // "压下来几个百分点" asks a share, not a count; "怎么收费的" asks how, not how much.
  const text = question
    .replace(/(?:几|多少)个(?:百分)?点/g, "多少")
    // "准确率能到几成" asks a share.
    .replace(/几成/g, "百分之几")
    .replace(NOT_COUNTS, "　")
    .replace(/(?:怎么|如何|怎样)收费|收费(?:方式|模式)/g, "　");
  const counts: AskedFigure["counts"] = [
    ...text.matchAll(new RegExp(`(?:多少|几)[十百千万亿]*\\s*(${UNITS})([\\u4e00-\\u9fff]{1,4})?`, "g")),
  ].map((match) => {
    const noun = match[2]?.replace(/[的了呢吗啊]+.*$/, "") || undefined;
    const part = noun ? undefined : PART_OF.exec(text.slice(0, match.index))?.[1];
    return part ? { unit: match[1] as string, noun: part, part: true as const } : { unit: match[1] as string, noun };
  });
  const money =
    PRICE.test(text) &&
    PER_UNIT.test(text) &&
    (!GAIN.test(text) || (PER_THING.test(text) && !/省|节约|节省|挣|赚|增收|多收|收益|效益/.test(text))) &&
    !SPEND_WORDS.test(text)
      ? "price"
      : SPEND.test(text)
        ? "spend"
        : /多少钱|值多少|卖了多少/.test(text) || SUM.test(text)
          ? "sum"
          : undefined;
  const attributes: string[] = [];
  const add = (name: string | undefined) => {
    if (name && !attributes.includes(name)) attributes.push(name);
  };
  const unitCount = new RegExp(`^(?:多少|几)[十百千万亿]*\\s*(?:${UNITS})`);
  for (const match of text.matchAll(new RegExp(ASK, "g"))) {
    // A count asked in a unit ("碳排放是多少万吨", "覆盖了多少座变电站") is answered in that unit, not by any figure
    // next to the noun before it.
    if (unitCount.test(text.slice(match.index))) continue;
    // The figure's noun nearest before the question word, in its clause ("准确率实际做到了多少", "参数规模有多大"),
    // unless a price is asked ("每平方公里卖多少钱" asks a price, not an area) …
    const before =
      text
        .slice(Math.max(0, match.index - 12), match.index)
        .split(CLAUSE)
        .pop() ?? "";
    if (money !== "price" && !MONEY_WORDS.test(clauseAt(text, match.index))) add(nearestFigureNoun(before));
    // … or after it ("有多少参数", "多大的算力").
    const after = text.slice(match.index + match[0].length).replace(/^的/, "");
    add(ATTRIBUTES.find((group) => group.some((word) => after.startsWith(word)))?.[0]);
  }
  // "多久", "多长时间": a duration.
  if (/多久|多长时间/.test(text)) {
    counts.push({ unit: "秒|分钟|小时|天|日|周|个月|年", noun: undefined });
  }
  const sum = SUM.exec(text);
  // The kind of sum is read from the whole clause that asks it ("累计成交了多少笔、多少金额" → a trade).
  const sumClause = sum ? clauseAt(text, sum.index) : undefined;
  const sumKind = money === "sum" && sumClause ? SUM_KINDS.find(({ kind }) => kind.test(sumClause)) : undefined;
  const when = WHEN.test(text) ? eventsOf(text) : undefined;
  const changes = [...text.matchAll(CHANGE_ASKED)]
    .flatMap((match) => {
      // What changed is named before the change ("停机时间少了多少") or after it ("省多少运营开支", "省了多少电").
      const after = /^[\u4e00-\u9fff]{1,6}/.exec(text.slice(match.index + match[0].length).replace(/^的/, ""));
      return [changedThing(text.slice(0, match.index)), after?.[0] ?? ""];
    })
    .filter((thing) => thing.length >= 1);
  if (counts.length === 0 && attributes.length === 0 && !money && !when && changes.length === 0) {
    // "有多少注册学习者", "多少棉农在用": a count of people or things without a measure word, counted in any, when
    // the question asks for nothing else.
    for (const match of text.matchAll(BARE_COUNT)) {
      const noun = (match[1] as string).replace(/[和与及的在了呢吗啊用].*$/, "");
      if (noun.length >= 2 && !NOT_COUNTED.test(noun) && !NOT_BARE.test(noun))
        counts.push({ unit: UNITS, noun, bare: true });
    }
    if (counts.length === 0) return undefined;
  }
  const actual = /实际|真实|最后|最终|后来|真正/.test(text);
  const shareOf = attributes.includes("占比") ? shareThing(text) : undefined;
  const years = [...new Set([...text.matchAll(YEAR)].map((match) => match[1] ?? `20${match[2]}`))];
  return {
    counts,
    attributes,
    money,
    ...(sumKind ? { sumKind } : {}),
    ...(when ? { when } : {}),
    ...(when && WHEN_DAY.test(text) ? { day: true } : {}),
    ...(actual ? { actual } : {}),
    ...(years.length > 0 ? { years } : {}),
    ...(changes.length > 0 ? { changes } : {}),
    ...(shareOf ? { shareOf } : {}),
  };
}

/**
 * The events whose date is asked: the known ones the question names, or the characters of the verb between the
 * question word and 的 ("是哪年签的" → 签).
 */
function eventsOf(text: string): string[] {
  const named = EVENTS.filter((event) => text.includes(event));
  if (named.length > 0) return named;
  const verb = /(?:哪一?年|什么时候|哪个月|哪一?天)([\u4e00-\u9fff]{1,2}?)的/.exec(text)?.[1];
  // Each of its characters stands for it: "放款" is told by "贷款" too.
  return verb && !/^[是就才又去来做搞弄办干]/.test(verb) ? [...verb] : [];
}

/**
 * What changed, from the words before the change asked, within its sentence and the clause before if need be:
 * "…设备停机时间具体" → "设备停机时间", "…让鸡群死亡率下降，具体" → "鸡群死亡率".
 */
function changedThing(before: string): string {
  const sentence = before.split(/[。？?！!；;]/).pop() ?? "";
  return sentence
    .replace(CHANGE_FILLER, "")
    .replace(/[，,、\s]/g, "")
    .slice(-6);
}

/** A figure stated in a question: digits with a unit or a magnitude ("30%", "178 个国家", "1000 万"), not a year. */
const STATED = /(\d+(?:\.\d+)?)\s*(?:%|％|万|亿|个|家|吨|项|条|座|次|倍|名|人|元|分钟|小时|天)/g;

/**
 * The figures a question states as given ("覆盖了178个国家的专利，其中中国专利有多少条？"), as digits: the case the
 * question is about reports them, so a case that does not is another case, or the premise is wrong.
 */
export function statedFigures(question: string): string[] {
  return [...question.matchAll(STATED)]
    .map((match) => match[1] as string)
    .filter((digits) => !/^20\d{2}$/.test(digits));
}

/**
 * Whether `text` has every figure of `stated`: as digits, however spaced or grouped ("6,088 万" for 6088), or a whole
 * number under 100 in Chinese numerals ("三个" for 3 个).
 */
export function reportsStated(text: string, stated: readonly string[]): boolean {
  if (stated.length === 0) return true;
  const digits = text.replace(/[\s,，]/g, "");
  const numerals = new Set(
    [...digits.matchAll(/[一二三四五六七八九十]{1,3}/g)].map((m) => String(chineseNumeral(m[0]))),
  );
  return stated.every((figure) => digits.includes(figure) || numerals.has(figure));
}

/** The clause of `text` around position `at`. */
function clauseAt(text: string, at: number): string {
  const start = Math.max(...[...text.slice(0, at).matchAll(CLAUSE_END)].map((m) => m.index + 1), 0);
  const end = text.slice(at).search(CLAUSE_END);
  return text.slice(start, end < 0 ? undefined : at + end);
}

/** The figure noun ending last in `clause`: a known one (ATTRIBUTES) or a rate ("带宽利用率"). */
function nearestFigureNoun(clause: string): string | undefined {
  let nearest: { name: string; end: number } | undefined;
  const consider = (name: string, end: number) => {
    if (end > (nearest?.end ?? -1)) nearest = { name, end };
  };
  for (const group of ATTRIBUTES) {
    for (const word of group) {
      const at = clause.lastIndexOf(word);
      if (at >= 0) consider(group[0] as string, at + word.length);
    }
  }
  for (const match of clause.matchAll(RATE)) {
    const rate = match[0];
    if (!NOT_RATES.test(rate) && !ATTRIBUTES.some((group) => group.some((word) => rate.endsWith(word)))) {
      consider(rate, match.index + rate.length);
    }
  }
  return nearest?.name;
}

/**
 * Not counts of anything: calendar years, a lone 一 ("2020 年起", "一次性", "一年"), short quoted names (“数据二十条”),
 * list numbers ("3. 碳汇核算") and magnitudes ("百亿级碳交易" counts no 碳).
 */
const NOT_A_COUNT =
  /(?:19|20)\d{2}\s*年|(?<![\d０-９一二三四五六七八九十两百千万亿数上几近超逾])一(?![十百千万亿])|“[^”]{1,12}”|^\s*\d+\s*[.、．]|[十百千万亿]+级/g;
/** A rate as cases write it: a percentage, a fraction, 几成, points or a multiple ("准确率 98%", "提升 3 个百分点"). */
const AS_RATE = /[%％‰]|百分|分之|[\d０-９一二三四五六七八九十]\s*成|个点|倍|[\d０-９]\s*\/\s*[\d０-９]/;

/** A target or plan, not a result: a question about what was actually achieved is not answered by it. */
const PLANNED = /计划|目标|预计|力争|拟|将要|有望/;
/** A saving per unit is not a price ("平均每例筛查将节约 100 元成本"). */
const SAVING = /节约|节省|省下|降低|减少/;
const DATE = /(?:19|20)\d{2}\s*年|\d{1,2}\s*月/;

/** Words after a unit that are not what is counted: "多少人用过", "几次会被取消" ask for the unit's own noun. */
const NOT_COUNTED =
  /^[用做使参接去来被会能要就在有是到上下进出过得可已都也还又再才将把让给从向对以为与和跟同压降提增减缩涨]/;

/**
 * Whether `sentence` mentions what is counted, when the question names more than the unit does: a pair of its
 * characters or its last one ("地面站" in "站点", "泡水车" in "涉水车"). A one-character noun ("多少辆车") is the unit's.
 */
function mentions(sentence: string, noun: string | undefined): boolean {
  if (!noun || noun.length < 2 || NOT_COUNTED.test(noun)) return true;
  return sentence.includes(noun.slice(-1)) || pairsIn(sentence, noun) > 0;
}

/** How many two-character runs of `thing` `sentence` has ("空气", "优良" of 空气优良天数). */
function pairsIn(sentence: string, thing: string): number {
  return [...thing].slice(0, -1).filter((char, i) => sentence.includes(char + thing[i + 1])).length;
}

/** Words that say what kind of measure changed, not what: "停机时间" is told by 停机, not by 时间. */
const MEASURE_WORDS = /时间|时长|效率|成本|费用|数量|次数|人数|能力|水平|数据|平台|系统|设备/;

/**
 * Whether `sentence` has two characters of `thing` in a row ("停机" of 设备停机时间), or all of a one-character thing.
 * A measure word counts with one more character of the thing ("办理时长" for 办事时长; not "处理时间" for 设备停机时间).
 */
function mentionsPair(sentence: string, thing: string): boolean {
  if (thing.length === 1) return sentence.includes(thing);
  const pairs = [...thing].slice(0, -1).map((char, i) => char + thing[i + 1]);
  return pairs.some((pair) => {
    if (!sentence.includes(pair)) return false;
    if (!MEASURE_WORDS.test(pair) || thing.length === 2) return true;
    return [...thing.replace(pair, "")].some((char) => char !== "的" && sentence.includes(char));
  });
}

/**
 * Whether some sentence of `text` reports a figure of the asked kind (any one of those asked). With `subject` (what
 * the question asks the figure of: "订单即可贷" in "订单即可贷一共放了多少钱？"), only a sentence that mentions one of
 * its words, or follows or precedes one that does, counts: the case's other sums are of other things.
 */
export function reportsFigure(text: string, asked: AskedFigure, subject: readonly string[] = []): boolean {
  const all = sentenceSpans(text).map(({ start, end }) => text.slice(start, end));
  const onSubject = subject.length === 0 ? [] : all.map((sentence) => subject.some((word) => sentence.includes(word)));
  // A figure of a year the question names ("到 2023 年底累计…") is in or next to a sentence naming that year.
  const { years } = asked;
  let inYears = all;
  if (years && !asked.when) {
    // A range ending in the year ("2021-2023 年累计") is not that year.
    const onYear = all.map((sentence) =>
      years.some((year) => new RegExp(`(?<![\\d０-９]\\s*[-–—~～至到]\\s*)${year}`).test(sentence)),
    );
    inYears = all.filter((_, i) => nearMarked(onYear, i));
  }
  const onTopic = new Set(subject.length === 0 ? all : all.filter((_, i) => nearMarked(onSubject, i)));
  const sentences = inYears.filter((sentence) => onTopic.has(sentence));
  // A change names what changed itself ("供需匹配效率提升约 20%"), which may be words of the title.
  const changes = asked.changes;
  if (
    changes &&
    inYears.some(
      (sentence) =>
        changes.some((thing) => mentionsPair(sentence, thing)) && CHANGE_WORDS.test(sentence) && changedBy(sentence),
    )
  ) {
    return true;
  }
  // A count is the asked unit ("千瓦", not "千瓦时"; "三个层次" for 几层), or the counted noun after any unit or a magnitude ("30 余所高校",
  // "4.2 万企业"), never after a bare number ("12345 热线").
  const count = asked.counts.map(({ unit, noun, bare: withoutUnit, part }) => {
    // A part is counted by its own noun, after the number ("120 家银行") or just before it ("其中银行 120 家"), not
    // as the last of the examples of the whole ("北京银行等 300 余家").
    if (part && noun) {
      const pair = noun.slice(-2);
      return new RegExp(
        `${NUMBER}(?:${unit})[\\u4e00-\\u9fff]{0,2}?${pair}|${pair}[^，,。；;等]{0,4}?${NUMBER}(?:${unit})`,
      );
    }
    const counted = noun
      ? `|(?:${UNITS})${noun.slice(0, 2)}|(?<=[万亿千百余多+＋]\\s*)${noun.slice(0, 2)}|(?<=\\d\\s*)${noun.slice(-1)}(?![\\u4e00-\\u9fff]{0,1}[线号])`
      : "";
    // "多少个" is answered by a count in 万 or 亿 without the classifier ("技术领域标签 74 万 +"), and so is "多少家"
    // that names nothing after it ("企业数据覆盖了多少家" by "覆盖 8000 万企业").
    const bare =
      unit === "个" || (unit === "家" && !noun)
        ? "|(?<=[\\d０-９][\\d.,，]*\\s*[万亿]\\s*[余多+＋]?)(?![\\u4e00-\\u9fff]*元)"
        : "";
    // "全国多少就业" is answered by a share of it too ("80% 以上的就业").
    const share = withoutUnit && noun ? `|[%％](?=[^，,。；;]{0,6}${noun.slice(0, 2)})` : "";
    return new RegExp(`${NUMBER}个?(?:(?:${unit})(?!时)${counted}${bare}${share})`);
  });
  // A word of three characters or more also matches with one more character before its last ("不良率" in "不良品率").
  const attributes = asked.attributes.map((name) =>
    (ATTRIBUTES.find((group) => group[0] === name) ?? [name]).map((word) =>
      word.length >= 3 ? new RegExp(`${word.slice(0, -1)}[\\u4e00-\\u9fff]?${word.slice(-1)}`) : new RegExp(word),
    ),
  );
  const money = new RegExp(`${NUMBER}${CURRENCY}`);
  return sentences.some((sentence) => {
    if (asked.actual && PLANNED.test(sentence)) return false;
    const countable = sentence.replace(NOT_A_COUNT, "　");
    if (count.some((pattern, i) => pattern.test(countable) && mentions(sentence, asked.counts[i]?.noun))) return true;
    if (
      asked.shareOf &&
      SHARE.test(sentence) &&
      pairsIn(sentence, asked.shareOf) >= Math.min(2, asked.shareOf.length - 1)
    ) {
      return true;
    }
    // A figure asked as a change ("能耗降了百分之多少") is not answered by its level ("能耗占门店整体能耗 30%"); a
    // rate is answered by a rate ("准确率 98%"), not by any number beside the word ("2 小时…的准确率").
    if (
      attributes.some(
        (words, i) =>
          words.some((word) => word.test(sentence)) &&
          (!asked.attributes[i]?.endsWith("率") || AS_RATE.test(countable)),
      ) &&
      HAS_NUMBER.test(countable) &&
      (!changes?.length || changedBy(sentence))
    ) {
      return true;
    }
    const { when } = asked;
    if (
      when &&
      (asked.day ? DAY : DATE).test(sentence) &&
      (when.length === 0 || when.some((event) => sentence.includes(event)))
    ) {
      return true;
    }
    const { sumKind } = asked;
    if (sumKind?.share.some((word) => sentence.includes(word)) && HAS_NUMBER.test(countable)) return true;
    if (!asked.money || !money.test(sentence)) return false;
    if (asked.money === "price")
      return (
        !SAVING.test(sentence) &&
        /元\s*[/／每]|每.{0,16}元|单价|售价|定价|收费|收取|价格|一[个次套]|开通|购买/.test(sentence)
      );
    if (asked.money === "spend") return /投资|投入|花费|耗资|资金|造价|合同|费用|成本|预算|建设/.test(sentence);
    return !sumKind || sumKind.words.some((word) => sentence.includes(word));
  });
}
