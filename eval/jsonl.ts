import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { z } from "zod";

/**
 * Every line of every `*.jsonl` file in `directory`, validated by `schema`, by file in name order; a bad line is an
 * error naming its file and line.
 */
export async function loadJsonlSets<Schema extends z.ZodType>(
  directory: string,
  schema: Schema,
): Promise<Map<string, z.infer<Schema>[]>> {
  const files = (await readdir(directory)).filter((name) => name.endsWith(".jsonl")).sort();
  const sets = new Map<string, z.infer<Schema>[]>();
  for (const file of files) {
    const items: z.infer<Schema>[] = [];
    (await readFile(join(directory, file), "utf8")).split("\n").forEach((line, i) => {
      if (!line.trim()) return;
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]?.message}`);
      items.push(parsed.data);
    });
    sets.set(file, items);
  }
  return sets;
}
