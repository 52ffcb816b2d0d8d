import type { Corpus } from "../domain/case.js";

/**
 * Words jieba must keep whole: the book's domain vocabulary, the applicant organisations (full names and the short
 * names people use) and the product and platform names quoted in titles. Built from the corpus, so a new case's
 * names are picked up by the next index build.
 */
/** The field's technologies and methods: kept whole by the tokenizer, and named as such in precedent reasons. */
export const TECHNOLOGY_TERMS = [
  "大模型",
  "大语言模型",
  "垂类大模型",
  "多模态",
  "人工智能",
  "隐私计算",
  "联邦学习",
  "多方安全计算",
  "可信执行环境",
  "区块链",
  "数字孪生",
  "实景三维",
  "标识解析",
  "知识图谱",
  "物联网",
  "车联网",
  "合成数据",
  "数字人",
  "云平台",
  "中台",
  "数据中台",
  "数据空间",
  "可信数据空间",
  "遥感",
  "智能合约",
  "机器学习",
  "深度学习",
  "元宇宙",
  "边缘计算",
  "云边协同",
  "云原生",
  "微服务",
  "数据湖",
  "湖仓一体",
  "数据仓库",
  "图计算",
  "图神经网络",
  "机器翻译",
  "自然语言处理",
  "计算机视觉",
  "语音识别",
  "动作捕捉",
  "虚拟现实",
  "增强现实",
];

export const DOMAIN_TERMS = [
  ...TECHNOLOGY_TERMS,
  "数据要素",
  "数据资产",
  "数据资产入表",
  "数据资产化",
  "数据入表",
  "数据交易",
  "数据交易所",
  "数据确权",
  "数据流通",
  "数据共享",
  "数据治理",
  "数据安全",
  "数据标注",
  "数据集",
  "公共数据",
  "授权运营",
  "智能网联",
  "自动驾驶",
  "高精地图",
  "城市大脑",
  "普惠金融",
  "供应链金融",
  "仓单融资",
  "融资担保",
  "小微企业",
  "中小微企业",
  "反欺诈",
  "黑灰产",
  "风控",
  "征信",
  "信用数据",
  "公共信用",
  "电力数据",
  "用电数据",
  "气象数据",
  "碳排放",
  "碳汇",
  "碳足迹",
  "碳核算",
  "双碳",
  "绿色低碳",
  "新能源",
  "光伏",
  "换电",
  "充电桩",
  "接诉即办",
  "一网通办",
  "政务服务",
  "城市治理",
  "应急管理",
  "京津冀",
  "区域协同",
  "智能制造",
  "工业互联网",
  "预测性维护",
  "医疗大数据",
  "电子病历",
  "中医药",
  "新药研发",
  "文旅",
  "文化旅游",
  "元宇宙",
  "短临降水",
  "降水预报",
  "专利数据",
  "知识产权",
  "科技情报",
  "跨境",
  "数据跨境",
  "低空经济",
  "无人机",
  "智慧农业",
  "农业大数据",
];

const COMPANY = /(公司|股份公司)$/;
const COMPANY_SUFFIX = /(集团)?(股份)?(有限)?(责任)?(公司|股份公司)$/;
const INDUSTRY_SUFFIX =
  /(大数据科技|科技发展|科技|信息技术|信息科技|数据科技|网络科技|数字科技|智能科技|软件|技术开发|信息服务|数据技术)$/;

/**
 * The short name people call a company by; institutions (hospitals, institutes, bureaus) keep their full name.
 * @example shortName("北京京东乾石科技有限公司") // "京东乾石"
 */
export function shortName(organisation: string): string {
  let name = shortNames.get(organisation);
  if (name === undefined) {
    name = shorten(organisation);
    shortNames.set(organisation, name);
  }
  return name;
}

/** The short names worked out so far: every question looks up every applicant's. */
const shortNames = new Map<string, string>();

function shorten(organisation: string): string {
  if (!COMPANY.test(organisation)) return organisation;
  let name = organisation.replace(/（[^）]*）|\([^)]*\)/g, "").trim();
  name = name.replace(/^(北京市|北京|中国)/, "").replace(COMPANY_SUFFIX, "");
  return name.replace(INDUSTRY_SUFFIX, "").trim();
}

/**
 * The first of `applicants` a question mentions, by its short name or the short name's first four characters
 * ("爱动超越" for 爱动超越人工智能): the short name, and where the question mentions it.
 * @example mentionedApplicant("中科天玑做了哪些案例？", ["中科天玑数据科技股份有限公司"]) // {name:"中科天玑", at:0, length:4}
 */
export function mentionedApplicant(
  question: string,
  applicants: readonly string[],
): { name: string; at: number; length: number } | undefined {
  for (const applicant of applicants) {
    const name = shortName(applicant);
    for (const form of name.length > 4 ? [name, name.slice(0, 4)] : [name]) {
      const at = form.length >= 2 ? question.indexOf(form) : -1;
      if (at >= 0) return { name, at, length: form.length };
    }
  }
  return undefined;
}

/** Names quoted in a title: “E 窗行”, 《柠檬查车辆历史报告》, and the part before a dash or colon. */
function quotedNames(title: string): string[] {
  const names = [...title.matchAll(/[“《"]([^”》"]{2,20})[”》"]/g)].map((match) => match[1] ?? "");
  const lead = /^([^—：:]{2,12})(——|：|:)/.exec(title)?.[1];
  return lead ? [...names, lead] : names;
}

/** The user dictionary for a corpus, deduplicated and sorted so it is the same on every build. */
export function buildUserDictionary(corpus: Corpus): string[] {
  const words = new Set<string>(DOMAIN_TERMS);
  for (const item of corpus.cases) {
    for (const applicant of item.applicants) {
      words.add(applicant);
      const short = shortName(applicant);
      if (short.length >= 2) words.add(short);
    }
    for (const name of quotedNames(item.title)) words.add(name.trim());
    // Product and platform names the cases put in quotes: “猪小慧”, “信贸链”, “E 窗行”.
    for (const section of item.sections) {
      for (const match of section.text.matchAll(/“([^”，。、；：\s]{2,8})”/g)) words.add(match[1] ?? "");
    }
  }
  return [...words].filter((word) => word.length >= 2 && !/\s/.test(word)).sort();
}
