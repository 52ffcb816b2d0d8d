import { parse, stringify } from "yaml";
import { SECTION_NAMES } from "../domain/book.js";
import { type Case, CaseMetaSchema, CaseSchema, type Domain, DomainSchema } from "../domain/case.js";
import { AppError } from "../errors.js";

/**
 * Case files are Markdown with YAML front matter: the metadata above, the four sections as `## 名称` below,
 * paragraphs separated by blank lines. Rendering then parsing gives back the same case.
 */

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;

export function renderCaseFile(item: Case): string {
  const { sections, ...meta } = CaseSchema.parse(item);
  const body = sections.map((section) => `## ${section.name}\n\n${section.text}\n`).join("\n");
  return `---\n${stringify(meta, { lineWidth: 0 })}---\n\n${body}`;
}

export function renderDomainFile(domain: Domain): string {
  const { intro, ...meta } = DomainSchema.parse(domain);
  return `---\n${stringify(meta, { lineWidth: 0 })}---\n\n${intro}\n`;
}

/**
 * Parses a case file; `path` only names the file in errors.
 * @throws AppError corpus_invalid naming the file and the field
 */
export function parseCaseFile(path: string, content: string): Case {
  const { meta, body } = splitFrontMatter(path, content);
  const sections: Array<{ name: string; text: string }> = [];
  const heading = /^## (.+)$/gm;
  const matches = [...body.matchAll(heading)];
  for (const [i, match] of matches.entries()) {
    const start = (match.index ?? 0) + match[0].length;
    const end = matches[i + 1]?.index ?? body.length;
    sections.push({ name: match[1] ?? "", text: body.slice(start, end).trim() });
  }
  const result = CaseSchema.safeParse({ ...meta, sections });
  if (!result.success) throw invalid(path, result.error.issues);
  return result.data;
}

export function parseDomainFile(path: string, content: string): Domain {
  const { meta, body } = splitFrontMatter(path, content);
  const result = DomainSchema.safeParse({ ...meta, intro: body.trim() });
  if (!result.success) throw invalid(path, result.error.issues);
  return result.data;
}

function splitFrontMatter(path: string, content: string): { meta: Record<string, unknown>; body: string } {
  const match = FRONT_MATTER.exec(content);
  if (!match) throw new AppError("corpus_invalid", `${path}: no YAML front matter (--- … ---) at the top`);
  let meta: unknown;
  try {
    meta = parse(match[1] ?? "");
  } catch (error) {
    throw new AppError("corpus_invalid", `${path}: front matter is not valid YAML`, { cause: error });
  }
  if (typeof meta !== "object" || meta === null) {
    throw new AppError(
      "corpus_invalid",
      `${path}: front matter must be a mapping of ${Object.keys(CaseMetaSchema.shape).join(", ")}`,
    );
  }
  return { meta: meta as Record<string, unknown>, body: content.slice(match[0].length) };
}

function invalid(path: string, issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): AppError {
  const issue = issues[0];
  const field = issue?.path.length ? describeField(issue.path) : "(file)";
  return new AppError("corpus_invalid", `${path}: field ${field}: ${issue?.message ?? "invalid"}`);
}

function describeField(path: PropertyKey[]): string {
  if (path[0] === "sections" && typeof path[1] === "number") {
    return `sections[${path[1]}] (${SECTION_NAMES[path[1]] ?? "extra section"})${path.length > 2 ? `.${String(path[2])}` : ""}`;
  }
  return path.map(String).join(".");
}
