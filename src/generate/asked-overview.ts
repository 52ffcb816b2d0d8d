import type { Case } from "../domain/case.js";
import { mentionedApplicant } from "../text/user-dictionary.js";

/** "…做了什么？", "…是干什么的", "…有哪些项目": asks what someone did, as a whole. */
const OVERVIEW =
  /(?:做|干|搞)(?:了|过)?些?(?:什么|啥|哪些)(?:事情?|工作|项目|案例)?|是(?:做|干|搞)(?:什么|啥)的|有(?:什么|啥|哪些)(?:项目|案例|成果)/;

/**
 * The organisation a question asks about as a whole ("北京市测绘设计研究院做了什么？"), when it applied for more than one
 * of the cases: its short name, and what else the question says once the name and the asking are taken out ("在中轴线上"
 * of "北京市测绘设计研究院在中轴线上做了什么？"), which may narrow it to one case.
 * @example askedOverview("中科天玑是做什么的？", cases) // {name: "中科天玑", rest: "？"} when it applied for two cases
 */
export function askedOverview(question: string, cases: Iterable<Case>): { name: string; rest: string } | undefined {
  const asking = OVERVIEW.exec(question);
  if (!asking) return undefined;
  const applied = new Map<string, { count: number; at: number; length: number }>();
  for (const item of cases) {
    const mention = mentionedApplicant(question, item.applicants);
    // Only a whole short name: its first characters ("中小企业…") are too often ordinary words.
    if (!mention || mention.length < mention.name.length) continue;
    const seen = applied.get(mention.name);
    applied.set(mention.name, { count: (seen?.count ?? 0) + 1, at: mention.at, length: mention.length });
  }
  const [name, mention] = [...applied].find(([, { count }]) => count >= 2) ?? [];
  if (!name || !mention) return undefined;
  const spans = [
    { at: mention.at, end: mention.at + mention.length },
    { at: asking.index, end: asking.index + asking[0].length },
  ].sort((a, b) => b.at - a.at);
  let rest = question;
  for (const { at, end } of spans) rest = `${rest.slice(0, at)} ${rest.slice(end)}`;
  return { name, rest };
}
