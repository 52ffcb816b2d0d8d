import type { Case } from "../domain/case.js";
import { caseText, headingText } from "../indexing/search-index.js";
import { escapeRegExp } from "../text/escape-regexp.js";
import { mentionedApplicant, shortName } from "../text/user-dictionary.js";

/**
 * The organisations a question names by an applicant's name ("国机智能的 iMOM …", "罗克佳华那套系统"), and the cases
 * that mention one of them. A case that never mentions the organisation a question is about is not the case asked
 * about, however many of the question's other words it shares: "国机智能的 iMOM 拿到了多少项数据知识产权登记证书？"
 * is about 国机智能's case, not the case that reports 23 such certificates.
 */
export class NamedOrganisations {
  readonly #cases: readonly Case[];
  /** Each case's heading and text without white space, by case id (filled when first needed). */
  #texts: Map<string, string> | undefined;
  /** Each case's applicants' shortenings its text uses (see `#mentionedAlias`). */
  readonly #aliases = new Map<string, Array<[string, string[]]>>();
  /** The cases using each name looked up (see `#casesUsing`). */
  readonly #using = new Map<string, readonly string[]>();

  constructor(cases: Iterable<Case>) {
    this.#cases = [...cases];
  }

  /**
   * The ids of the cases that mention an organisation `question` names, by the words the question uses for it, its
   * short name or its full name; undefined when it names none (or only by a word many cases use).
   */
  casesNaming(question: string): Set<string> | undefined {
    const naming = new Set<string>();
    for (const item of this.#cases) {
      const mention = mentionedApplicant(question, item.applicants) ?? this.#mentionedAlias(question, item);
      if (!mention) continue;
      const names = [question.slice(mention.at, mention.at + mention.length), mention.name];
      for (const applicant of item.applicants) if (applicant.includes(mention.name)) names.push(applicant);
      const cases = [...new Set(names.flatMap((name) => this.#casesUsing(sameBeijing(name))))];
      // A name many cases use is a word, not a name; so, in a few cases, are the first four characters of a longer
      // name ("中小企业" of 中小企业融资再担保).
      if (cases.length <= (mention.length < mention.name.length ? MAX_CASES_BY_PREFIX : MAX_CASES))
        for (const caseId of cases) naming.add(caseId);
    }
    return naming.size > 0 ? naming : undefined;
  }

  /**
   * An applicant mentioned by a shortening its own case uses ("邮储银行" for 邮政储蓄银行): the first character of its
   * short name, some of the middle ones in order, and the last two, four characters at least.
   */
  #mentionedAlias(question: string, item: Case): { name: string; at: number; length: number } | undefined {
    for (const [name, aliases] of this.#aliasesOf(item)) {
      for (const alias of aliases) {
        const at = question.indexOf(alias);
        if (at >= 0) return { name, at, length: alias.length };
      }
    }
    return undefined;
  }

  #aliasesOf(item: Case): Array<[string, string[]]> {
    let aliases = this.#aliases.get(item.caseId);
    if (!aliases) {
      const text = this.#caseTexts().get(item.caseId) ?? "";
      aliases = item.applicants
        .map((applicant) => shortName(applicant))
        .filter((name) => name.length >= 5)
        .map((name): [string, string[]] => {
          const middle = [...name.slice(1, -2)].map((char) => `${escapeRegExp(char)}?`).join("");
          const pattern = new RegExp(`${escapeRegExp(name[0] as string)}${middle}${escapeRegExp(name.slice(-2))}`, "g");
          const found = [...text.matchAll(pattern)].map((match) => match[0]);
          return [name, [...new Set(found)].filter((alias) => alias.length >= 4 && alias !== name)];
        });
      this.#aliases.set(item.caseId, aliases);
    }
    return aliases;
  }

  /** The ids of the cases whose text has `name`, kept: a name is asked about again and again. */
  #casesUsing(name: string): readonly string[] {
    let caseIds = this.#using.get(name);
    if (!caseIds) {
      const texts = this.#caseTexts();
      caseIds = this.#cases.filter((item) => texts.get(item.caseId)?.includes(name)).map((item) => item.caseId);
      if (this.#using.size >= 1024) this.#using.clear();
      this.#using.set(name, caseIds);
    }
    return caseIds;
  }

  #caseTexts(): Map<string, string> {
    if (!this.#texts) {
      this.#texts = new Map(
        this.#cases.map((item) => [
          item.caseId,
          sameBeijing(`${headingText(item)}${caseText(item)}`.replace(/\s+/g, "")),
        ]),
      );
    }
    return this.#texts;
  }
}

/** More cases than this using a name make it a word. */
const MAX_CASES = 10;
/** … and more than this using the first four characters of a longer name. */
const MAX_CASES_BY_PREFIX = 3;

/** "北京市测绘设计研究院" is called "北京测绘院": 北京市 and 北京 are one in names. */
function sameBeijing(text: string): string {
  return text.replace(/北京市/g, "北京");
}
