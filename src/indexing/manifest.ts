import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";

/** Bumped whenever the layout of index/ or the chunking changes, so older indexes are rebuilt. */
export const INDEX_FORMAT_VERSION = 7;

export const ManifestSchema = z.object({
  formatVersion: z.number().int(),
  corpusSha256: z.string().length(64),
  embedderId: z.string().min(1),
  tokenizerId: z.string().min(1),
  dimensions: z.number().int().positive(),
  chunkCount: z.number().int().nonnegative(),
  builtAt: z.string(),
  buildMs: z.number().nonnegative(),
});
export type Manifest = z.infer<typeof ManifestSchema>;

export type ManifestExpectation = Pick<Manifest, "corpusSha256" | "embedderId" | "tokenizerId">;

export async function readManifest(directory: string): Promise<Manifest | undefined> {
  try {
    const parsed = ManifestSchema.safeParse(JSON.parse(await readFile(join(directory, "manifest.json"), "utf8")));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export async function writeManifest(directory: string, manifest: Manifest): Promise<void> {
  await writeFile(join(directory, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
}

/**
 * Why an index on disk cannot serve the expected corpus, tokenizer and embedder; undefined when it can.
 * @example staleness(undefined, expected) // "no index yet"
 */
export function staleness(manifest: Manifest | undefined, expected: ManifestExpectation): string | undefined {
  if (!manifest) return "no index yet";
  if (manifest.formatVersion !== INDEX_FORMAT_VERSION) {
    return `index format ${manifest.formatVersion} is not the current ${INDEX_FORMAT_VERSION}`;
  }
  if (manifest.corpusSha256 !== expected.corpusSha256) return "the corpus changed since the index was built";
  if (manifest.embedderId !== expected.embedderId) {
    return `the index was built with embedder ${manifest.embedderId}, configured is ${expected.embedderId}`;
  }
  if (manifest.tokenizerId !== expected.tokenizerId) return "the tokenizer's dictionary changed";
  return undefined;
}
