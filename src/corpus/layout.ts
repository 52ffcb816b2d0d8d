import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { SECTION_NAMES } from "../domain/book.js";
import { AppError } from "../errors.js";

/**
 * A layout file (corpus/layout/NN.yaml) says, in reading order, which raw lines make up each part of each case
 * of one domain. See corpus/layout/README.md for the format and why it exists.
 */

const LineItem = z.union([
  z.number().int().positive(),
  z.string().regex(/^\s*\d+\s*-\s*\d+\s*$|^\d+\[\d*:\d*\]$/, 'a range is written "a-b", a part of a line "n[from:to]"'),
  z.enum(["break", "join"]),
]);
export type LineItem = z.infer<typeof LineItem>;
const LineList = z.array(LineItem);

const LayoutCase = z
  .object({
    caseId: z.string().regex(/^\d{2}-\d{2}$/),
    title: LineList.min(1),
    applicants: z.array(z.union([LineList.min(1), z.number().int().positive()])).min(1),
    案例背景: LineList.min(1),
    解决方案: LineList.min(1),
    创新点: LineList.min(1),
    应用成效: LineList.min(1),
    why: z.string().min(1, "every case layout says why in one line"),
  })
  .strict();
export type LayoutCase = z.infer<typeof LayoutCase>;

const Fix = z
  .object({
    line: z.number().int().positive(),
    from: z.string().min(1),
    to: z.string(),
    why: z.string().min(1),
  })
  .strict();
export type Fix = z.infer<typeof Fix>;

const Duplicate = z
  .object({
    line: z.number().int().positive(),
    of: z.number().int().positive(),
    why: z.string().min(1),
  })
  .strict();

export const DomainLayoutSchema = z
  .object({
    domainNo: z.number().int().min(1).max(14),
    domain: z.string().min(1),
    heading: z.number().int().positive(),
    intro: LineList,
    cases: z.array(LayoutCase).min(1),
    fixes: z.array(Fix).optional(),
    /** Lines the extraction printed twice: `line` repeats `of` word for word and is not text of its own. */
    duplicates: z.array(Duplicate).optional(),
  })
  .strict();
export type DomainLayout = z.infer<typeof DomainLayoutSchema>;

/** Part of a raw line, by character offsets (for the rare line the extraction glued together from two cases). */
export interface LinePart {
  line: number;
  from: number;
  to: number | undefined;
}
export type ExpandedItem = number | LinePart | "break" | "join";

/** Expands `[12, "14-16", "break", "20[:8]"]` to `[12, 14, 15, 16, "break", {line: 20, from: 0, to: 8}]`. */
export function expandLines(items: readonly LineItem[]): ExpandedItem[] {
  const out: ExpandedItem[] = [];
  for (const item of items) {
    if (typeof item === "number" || item === "break" || item === "join") {
      out.push(item);
      continue;
    }
    const part = /^(\d+)\[(\d*):(\d*)\]$/.exec(item);
    if (part) {
      out.push({ line: Number(part[1]), from: Number(part[2] || 0), to: part[3] ? Number(part[3]) : undefined });
      continue;
    }
    const [from, to] = item.split("-").map((part) => Number(part.trim())) as [number, number];
    if (to < from) throw new AppError("layout_invalid", `reversed range "${item}"`);
    for (let line = from; line <= to; line++) out.push(line);
  }
  return out;
}

/** The section lists of a layout case, in book order. */
export function sectionLines(layoutCase: LayoutCase): Array<[(typeof SECTION_NAMES)[number], LineItem[]]> {
  return SECTION_NAMES.map((name) => [name, layoutCase[name]]);
}

/** Reads and validates every `NN.yaml` in `directory`, in domain order. */
export async function readLayouts(directory: string): Promise<DomainLayout[]> {
  const files = (await readdir(directory)).filter((name) => /^\d{2}\.yaml$/.test(name)).sort();
  const layouts: DomainLayout[] = [];
  for (const file of files) {
    const path = join(directory, file);
    let data: unknown;
    try {
      data = parse(await readFile(path, "utf8"));
    } catch (error) {
      throw new AppError("layout_invalid", `${path}: not valid YAML: ${(error as Error).message.split("\n")[0]}`);
    }
    const result = DomainLayoutSchema.safeParse(data);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new AppError(
        "layout_invalid",
        `${path}: ${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid layout"}`,
      );
    }
    layouts.push(result.data);
  }
  return layouts;
}
