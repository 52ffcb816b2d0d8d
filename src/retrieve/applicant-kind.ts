/**
 * What a "which cases" question asks of the applicants themselves, which no case's text says but its front matter
 * does: how many organisations applied together ("三家单位联合申报的"), or what kind of organisation applied
 * ("政府部门直接当申报单位的", "医院牵头申报的").
 */
export type ApplicantTest = (applicants: readonly string[]) => boolean;

const COUNTS: Record<string, number> = { 两: 2, 二: 2, "2": 2, 三: 3, "3": 3, 四: 4, "4": 4 };
/** "三家单位联合申报", "两家公司一起报的": a number of applicants. */
const JOINT_COUNT = /([两二三四234])家(?:单位|公司|企业|机构)?(?:联合|共同|一起|合作)(?:申报|报)/;
/** "联合申报的案例", "多家单位共同申报": more than one applicant. */
const JOINT = /(?:联合|共同)申报|多家(?:单位|公司|企业|机构)?(?:联合|共同|一起)(?:申报|报)/;
/** A clause about who applied: only there does a kind of organisation say who the applicant is. */
const ABOUT_APPLICANTS = /申报/;
/** Kinds of organisation, as a question names them and as an applicant's name ends. */
const KINDS: ReadonlyArray<{ asked: RegExp; name: RegExp }> = [
  { asked: /政府部门|政府机关|行政机关|委办局|局、委|局委|政府单位/, name: /(?:局|委员会|政府|厅)$/ },
  { asked: /医院/, name: /医院$/ },
  { asked: /科研院所|研究院|研究所|科研机构|科研单位/, name: /(?:研究院|研究所|科学院)/ },
  { asked: /高校|大学/, name: /(?:大学|学院)$/ },
];

/**
 * The test a question puts to a case's applicants, if it puts one.
 * @example applicantTest("有几个案例是三家单位联合申报的？")?.(["甲公司", "乙公司", "丙研究院"]) // true
 */
export function applicantTest(question: string): ApplicantTest | undefined {
  const count = JOINT_COUNT.exec(question);
  if (count) {
    const wanted = COUNTS[count[1] as string];
    return (applicants) => applicants.length === wanted;
  }
  if (JOINT.test(question)) return (applicants) => applicants.length > 1;
  // The kind named in the clause that speaks of applying ("政府部门直接出面当申报单位"), not elsewhere ("跟医院合作").
  const clause = question.split(/[，,。？?！!；;]/).find((part) => ABOUT_APPLICANTS.test(part));
  const kind = clause === undefined ? undefined : KINDS.find(({ asked }) => asked.test(clause));
  return kind && ((applicants) => applicants.some((name) => kind.name.test(name)));
}
