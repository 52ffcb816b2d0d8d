import type { Case } from "../domain/case.js";
import { mentionedApplicant } from "../text/user-dictionary.js";

/**
 * "…做了什么？", "…是干什么的", "…有哪些项目", "…的总体情况", "…的整体工作，能概括一下吗": asks what someone did, as a
 * whole.
 */
const ASKING =
  /(?:做|干|搞)(?:了|过)?些?(?:什么|啥|哪些)(?:事情?|工作|项目|案例)?|是(?:做|干|搞)(?:什么|啥)的|有(?:什么|啥|哪些)(?:项目|案例|成果)|(?:总体|整体|总的)(?:上|来说|来讲)?(?:的)?(?:情况|工作|做了|干了|参与)?|概括|介绍一下/g;

/**
 * The words of such a question that say nothing of which case: where ("在这本书里", "在案例集中"), how much ("一共涉及哪些
 * 领域"), and the asker's courtesy ("想了解下", "能…吗").
 */
const FRAME =
  /在|这本书|书里|书中|案例集中?|一共|总共|涉及|哪些|各个|领域|方向|方面|数据要素|应用|想|全面|了解(?:一)?下?|能|吗|请|麻烦|总结(?:一下)?|讲讲|说说|总的来说|来说|做了啥|做了什么|这家(?:单位|公司|机构|企业)?|他们|参与的?(?:案例)?/g;

/**
 * The organisation a question asks about as a whole ("北京市测绘设计研究院做了什么？"), when it applied for more than one
 * of the cases: its short name, and what else the question says once the name and the asking are taken out ("在中轴线上"
 * of "北京市测绘设计研究院在中轴线上做了什么？"), which may narrow it to one case.
 * @example askedOverview("中科天玑是做什么的？", cases) // {name: "中科天玑", rest: "？"} when it applied for two cases
 */
export function askedOverview(question: string, cases: Iterable<Case>): { name: string; rest: string } | undefined {
  // search(), unlike test(), ignores the global flag's lastIndex; every asking is taken out below ("介绍一下…的总体情况").
  if (question.search(ASKING) < 0) return undefined;
  const applied = new Map<string, { count: number; written: string }>();
  for (const item of cases) {
    const mention = mentionedApplicant(question, item.applicants);
    // Only a whole short name: its first characters ("中小企业…") are too often ordinary words.
    if (!mention || mention.length < mention.name.length) continue;
    // The name as the question writes it: the full name ("中科天玑数据科技股份有限公司"), without its company suffix,
    // or the short name.
    const written =
      item.applicants
        .flatMap((applicant) => [applicant, applicant.replace(/(?:股份)?有限(?:责任)?公司$/, "")])
        .filter((form) => form.includes(mention.name) && question.includes(form))
        .sort((a, b) => b.length - a.length)[0] ?? mention.name;
    const seen = applied.get(mention.name);
    applied.set(mention.name, {
      count: (seen?.count ?? 0) + 1,
      written: seen && seen.written.length > written.length ? seen.written : written,
    });
  }
  const [name, mention] = [...applied].find(([, { count }]) => count >= 2) ?? [];
  if (!name || !mention) return undefined;
  const rest = question.replace(mention.written, " ").replace(ASKING, " ").replace(FRAME, " ");
  return { name, rest };
}
