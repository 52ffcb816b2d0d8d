import type { Tokenizer } from "./tokenizer.js";

/**
 * A small thesaurus of the book's field: terms users and case writers use for the same thing. A question's terms
 * are expanded with the other members of their group, at a lower weight, so "上链存证" finds "区块链" and
 * "发票" finds "税务". Groups hold jieba terms (what the tokenizer emits), lower-case.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ["区块链", "上链", "链上", "存证", "智能合约", "分布式账本"],
  ["隐私计算", "联邦学习", "多方安全计算", "mpc", "可信执行环境", "可用不可见"],
  ["大模型", "大语言模型", "llm", "gpt", "aigc", "生成式", "预训练"],
  ["数字人", "虚拟人", "数智人"],
  ["遥感", "卫星", "航拍", "影像"],
  ["税务", "税收", "纳税", "发票", "金税", "财税"],
  ["电力", "用电", "电网", "电量", "供电"],
  ["气象", "天气", "降水", "降雨", "气候"],
  ["碳排放", "碳核算", "碳足迹", "碳监测", "双碳", "碳中和", "碳达峰"],
  ["反欺诈", "欺诈", "黑产", "黑灰产", "诈骗", "电诈"],
  ["数据资产入表", "数据入表", "资产登记", "资产评估", "数据资产化"],
  ["小微企业", "中小企业", "中小微企业", "个体工商户"],
  ["农户", "农民", "种植户", "养殖户"],
  ["黄牛", "号贩子", "倒号"],
  ["三维", "3d", "实景三维", "数字孪生"],
  ["信令", "运营商", "手机位置"],
  ["医保", "医疗保险"],
  ["挂号", "预约挂号", "号源"],
  ["地图", "gis", "地理信息", "测绘"],
  ["新能源车", "电动汽车", "新能源汽车"],
  ["养猪", "生猪", "猪"],
  ["专利", "知识产权"],
  ["信用", "征信", "信用评价"],
  ["定位", "位置", "轨迹", "北斗", "gps"],
  ["api", "接口"],
  ["获奖", "奖项", "荣获", "一等奖", "二等奖", "大赛", "奖"],
  ["国家标准", "行业标准", "团体标准", "标准规范", "标准制定"],
  ["消费", "购物", "网购", "消费者"],
  ["客服", "智能客服", "问答", "答疑", "助手"],
  ["溯源", "追溯", "可追溯"],
  ["省钱", "节约", "节省", "降本"],
  ["视频", "监控视频", "摄像头", "摄像"],
  ["物联网", "传感器", "iot", "感知设备"],
];

const GROUP_OF = new Map<string, readonly string[]>();
for (const group of SYNONYM_GROUPS) for (const term of group) GROUP_OF.set(term, group);

/** The other terms of a term's group in the thesaurus ("mpc" → 隐私计算, 多方安全计算, …); none for a term in no group. */
export function synonymsOf(term: string): readonly string[] {
  return (GROUP_OF.get(term) ?? []).filter((other) => other !== term);
}

/** The weight of an added synonym relative to a term the user typed. */
export const SYNONYM_WEIGHT = 0.4;

export interface ExpandedQuery {
  /** The question followed by the synonyms of its terms. */
  text: string;
  /** Terms added by the expansion (absent from the question). */
  added: Set<string>;
}

/**
 * @example expandQuery("哪些案例上链存证", tokenizer).added // Set {"区块链", "智能合约", …}
 */
export function expandQuery(query: string, tokenizer: Tokenizer): ExpandedQuery {
  const terms = new Set(tokenizer.tokenize(query));
  const added = new Set<string>();
  for (const term of terms) {
    for (const synonym of GROUP_OF.get(term) ?? []) if (!terms.has(synonym)) added.add(synonym);
  }
  return { text: added.size ? `${query} ${[...added].join(" ")}` : query, added };
}
