import { isCity } from "../retrieve/places.js";
import { type TaggedWord, tagWords } from "../text/part-of-speech.js";
import { DOMAIN_TERMS } from "../text/user-dictionary.js";

/**
 * The named thing a question asks for ("合作的是哪家叉车厂？", "在哪个城市落地的？"), read from its wording, and whether
 * a case names one at all. Cases often leave partners and places anonymous ("与国内知名叉车厂商合作", "为某市政府"); a
 * question asking which one is then not answered by the case, however well the case matches its topic.
 */
export interface AskedEntity {
  /** What kind of name: an organisation, a place, or a model or algorithm. */
  kind: "org" | "place" | "model";
  /** The word naming the kind, as a case would write it after the name ("银行" in 重庆三峡银行). */
  head: string;
  /** Words the question puts between 哪家 and the head ("叉车" in 哪家叉车厂); a case's "知名叉车厂商" names none. */
  prefix: string;
  /** The applicants of the case asked about: a partner asked for is not one of them. */
  applicants?: readonly string[];
}

const ORG_HEADS = [
  "银行",
  "医院",
  "大学",
  "高校",
  "厂商",
  "厂",
  "超市",
  "品牌",
  "交易所",
  "运营商",
  "公司",
  "事务所",
  "部门",
  "机构",
  "企业",
  "车企",
  "中心",
  "单位",
];
const PLACE_HEADS = ["城市", "省", "市", "区", "县", "地区", "景区", "博物馆", "展馆", "场馆", "公园"];
const MODEL_HEADS = ["基座模型", "基础大模型", "大模型", "模型", "算法"];
/**
 * Kinds of names a question may ask for several of ("已经在哪些景区用上了？", "交付给了哪些车企？"); "哪些" before other
 * words asks for things described, not named ("用了哪些数据").
 */
const LISTED_HEADS = ["城市", "景区", "博物馆", "车企", "医院", "银行", "大学", "高校"];
const HEADS = [...ORG_HEADS, ...PLACE_HEADS, ...MODEL_HEADS].sort((a, b) => b.length - a.length);
const ASKED = new RegExp(
  `(?:哪(?:一|几|\\s*\\d+\\s*)?(?:家|个|所|座|位|款|种)|哪些(?=[\\u4e00-\\u9fff]{0,6}?(?:${LISTED_HEADS.join("|")}))|谁家|(?:什么|啥)(?=[\\u4e00-\\u9fff]{0,4}?(?:${MODEL_HEADS.join("|")})))(?:的)?([\\u4e00-\\u9fffA-Za-z]{0,6}?)(${HEADS.join("|")})`,
);
/**
 * The head named before the question word: "那个跨国美妆集团具体是哪一家？", "引进的大模型，用的是哪家的？", "…叫什么名字？".
 * A 集团 the question points at ("那个…集团") is one the case mentions; "哪家集团的产业" may be answered by a name
 * without the word ("北京电控"), so 集团 is a head only here and for a client or partner (`ASKED_GROUP`).
 */
/** A 集团 asked for as a client or partner ("那个跨国美妆客户，具体是哪家集团？"). */
const ASKED_GROUP = /(?:哪(?:一|几)?家|谁家)(?:的)?([\u4e00-\u9fff]{0,4}?)(集团)/;
const ASKED_AFTER = new RegExp(
  `(${[...HEADS, "集团"].join("|")})[^。？?]{0,8}?(?:是|有)?(?:哪(?:一|几)?(?:家|个|所|位)|谁家|叫(?:什么|啥))`,
);

/** A head that is the start of another word: 市场, 区块链, 区域, 省级, 厂房 … */
const NOT_A_HEAD = /^(?:市场|市民|市级|区块|区域|区间|区级|省级|省份|县级|厂房|厂区)/;

/**
 * A question about someone the case worked with, not the applicant itself ("跟哪家银行合作推出的？"), an authority
 * that approved it ("是澳门哪个部门批的？"), or the members of a group the case counts ("那 8 家医院分别是哪几家？").
 */
const PARTNER = /(?:跟|和|与|同)哪|合作|买家|买方|客户|伙伴|服务的|对接|用的是?哪|批的|批准|审批|\d\s*(?:家|个|所|座)/;

/**
 * What named thing `question` asks for; undefined when it asks none, or asks for an organisation that is likely the
 * applicant (the book names every applicant). `namesApplicant`: the question already names the best case's applicant,
 * so an organisation it asks for is someone else.
 */
export function askedEntity(
  question: string,
  namesApplicant: boolean,
  applicants: readonly string[] = [],
): AskedEntity | undefined {
  const match = ASKED.exec(question) ?? (PARTNER.test(question) ? ASKED_GROUP.exec(question) : null);
  const after = match ? undefined : ASKED_AFTER.exec(question);
  if (!match && !after) return undefined;
  // A head that begins another word ("哪几种底层区块链") asks for no name.
  const headAt = match ? match.index + match[0].length - (match[2] as string).length : (after as RegExpExecArray).index;
  if (NOT_A_HEAD.test(question.slice(headAt, headAt + 2))) return undefined;
  const prefix = match?.[1] ?? "";
  // "用的是什么数据和算法" asks how it was done, not for a name.
  if (/[和与及跟]/.test(prefix)) return undefined;
  const head = (match?.[2] ?? after?.[1]) as string;
  const kind = PLACE_HEADS.includes(head) ? "place" : MODEL_HEADS.includes(head) ? "model" : "org";
  // An organisation, or a model named before the question word ("那个大模型是哪家做的？"), may be the applicant's;
  // not one of a kind no applicant is ("哪家保险公司" of a case a technology company applied for).
  const applicantKind = !prefix || applicants.some((name) => name.includes(prefix));
  if ((kind === "org" || after) && !namesApplicant && !PARTNER.test(question) && applicantKind) return undefined;
  // "哪家公司" is most often the applicant, and cases name companies without the word; "哪家保险公司" is a partner.
  if (head === "公司" && !prefix) return undefined;
  return { kind, head: head === "城市" ? "市" : head, prefix, ...(applicants.length > 0 ? { applicants } : {}) };
}

/** Heads a case may name a thing of the asked kind by instead. */
const SAME_HEADS: Readonly<Record<string, readonly string[]>> = {
  厂商: ["公司", "集团", "企业"],
  厂: ["公司", "集团", "企业"],
  企业: ["公司", "集团"],
  车企: ["汽车", "公司", "集团"],
  单位: ["公司", "集团", "企业", "机构", "中心", "医院", "大学", "银行", "研究院", "委员会", "局"],
};

/** The field's terms, which the user dictionary tags like names ("文旅/nz 景区" names no scenic spot). */
const FIELD_TERMS = new Set(DOMAIN_TERMS);

/** Tags of words that name something: a place, an organisation, another name, a person, Latin letters. */
const NAME_TAGS = new Set(["ns", "nt", "nz", "nr", "nrt", "eng", "j"]);
/**
 * Tags of a name that may follow its head ("公司/马士基"): not a place, which says where ("银行/北京/分行"), nor the
 * user dictionary's words ("银行/贷款机构").
 */
const APPOSED_TAGS = new Set(["nr", "nt", "eng"]);
/** Names that name nothing in particular: "商业银行", "智慧城市", "国内", "合作银行". */
const NOT_A_NAME =
  /某|各|该|国内|全国|地方|相关|大型|头部|主要|部分|试点|各级|农村|中小|民营|国有|主流|龙头|合作|签约|当地|本地|重点|全市|全省|商业|智慧|数字|智能|知名/;
/**
 * A model or algorithm named in the case: Latin letters ("ChatGLM 基座大模型", "AquilaChat 对话模型", "SM4 算法") or
 * quoted (“盘古”大模型).
 */
const NAMED_MODEL = /(?:[A-Za-z][\w.-]{1,}|“[^”]{2,10}”)\s*[\u4e00-\u9fff]{0,6}?(?:模型|算法)/;
/** … or named right after it, in capitals: "3D 视频大模型赛娲 SEVA" (not a word of the field: "模型与智能 Agent"). */
const NAMED_AFTER =
  /(?:模型|算法)\s*[\u4e00-\u9fff]{0,4}?\s*(?!(?:Agent|AGENT|API|App|APP|SDK|GPU|CPU|AIGC|LLM|SaaS|PaaS|Web|OCR|NLP)\b)[A-Z][A-Za-z\d.-]{2,}/;
/** Kinds of algorithm that name the method, not a product: "岭回归模型", "粒子群算法" answer "用的什么算法". */
const NAMED_METHOD =
  /回归|随机森林|决策树|神经网络|贝叶斯|聚类|粒子群|遗传算法|蚁群|支持向量|马尔可夫|卡尔曼|梯度提升|时间序列|孤立森林|协同过滤/;

/**
 * Whether `text` names a thing of the asked kind anywhere: a word ending in the head with a name before it
 * ("萍乡市", "解放军总医院"), or the head right after a name ("三峡/银行", "物美/超市"), read from jieba's tags.
 */
export function namesEntity(text: string, asked: AskedEntity, tag = tagWords): boolean {
  if (asked.kind === "model") {
    return (
      NAMED_MODEL.test(text) ||
      NAMED_AFTER.test(text) ||
      ((asked.head === "算法" || asked.head === "模型") && NAMED_METHOD.test(text))
    );
  }
  const words = tag(text);
  // A city is named as often as not without 市 ("在保定、威海等地落地").
  if (asked.kind === "place" && asked.head === "市" && words.some(({ word }) => isCity(word))) return true;
  // A maker or an enterprise is named as a company as often as not ("与华为公司合作" for 哪家手机厂商).
  const heads = [asked.head, ...(SAME_HEADS[asked.head] ?? [])];
  const isName = (word: TaggedWord | undefined) =>
    word !== undefined &&
    NAME_TAGS.has(word.tag) &&
    word.word.length >= 2 &&
    !NOT_A_NAME.test(word.word) &&
    !FIELD_TERMS.has(word.word);
  return words.some((word, i) => {
    const head = heads.find((candidate) => word.word.length > candidate.length && word.word.endsWith(candidate));
    if (head) {
      // A name of the asked kind: "某某财产保险股份有限公司" for 哪家保险公司, not the applicant "某某科技有限公司"; a
      // company for a maker ("华为公司" for 哪家手机厂商) when it is not an applicant.
      const name = word.word.slice(0, -head.length);
      // The question's own words for the kind are no name ("公共资源/交易中心" for 哪家公共资源交易中心): the name is
      // then the word before them, if any.
      if (asked.prefix.includes(name)) {
        const before = words[i - 1];
        return (
          head === asked.head &&
          isName(before) &&
          !ORG_HEADS.some((other) => before?.word.endsWith(other)) &&
          !asked.applicants?.some((applicant) => applicant.includes(before?.word ?? ""))
        );
      }
      if (!isName({ word: name, tag: word.tag })) return false;
      if (head === asked.head) return !asked.prefix || name.includes(asked.prefix.slice(-1));
      return !asked.applicants?.some((applicant) => applicant.includes(name));
    }
    if (!heads.includes(word.word)) return false;
    // A name right after the head, in apposition: "全球最大的船运公司马士基".
    const after = words[i + 1];
    if (
      after &&
      APPOSED_TAGS.has(after.tag) &&
      isName(after) &&
      !asked.applicants?.some((applicant) => applicant.includes(after.word))
    ) {
      return true;
    }
    // The name is the word before the head, or before the question's own words in front of it: in "知名/叉车/厂"
    // (asked "哪家叉车厂") it would be "知名", which names nothing.
    let at = i - 1;
    let joined = "";
    for (let j = i - 1; j >= 0 && asked.prefix && joined.length < asked.prefix.length; j--) {
      joined = (words[j] as TaggedWord).word + joined;
      if (joined === asked.prefix) at = j - 1;
    }
    const name = words[at];
    if (word.word === asked.head) return isName(name);
    return isName(name) && !asked.applicants?.some((applicant) => applicant.includes((name as TaggedWord).word));
  });
}
