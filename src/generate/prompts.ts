import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PromptTemplate } from "@langchain/core/prompts";
import { AppError } from "../errors.js";

/** The repository's prompts/ directory. */
export const DEFAULT_PROMPTS_DIR = fileURLToPath(new URL("../../prompts", import.meta.url));

export interface Prompts {
  answer: PromptTemplate;
  condense: PromptTemplate;
  draft: PromptTemplate;
}

/** Loads the prompt templates (LangChain PromptTemplate, `{name}` placeholders) from prompts/*.md. */
export async function loadPrompts(directory = DEFAULT_PROMPTS_DIR): Promise<Prompts> {
  const load = async (name: string) => {
    try {
      return PromptTemplate.fromTemplate(await readFile(join(directory, `${name}.md`), "utf8"));
    } catch (error) {
      throw new AppError("internal", `cannot load prompt ${name}.md from ${directory}: ${(error as Error).message}`);
    }
  };
  return { answer: await load("answer"), condense: await load("condense"), draft: await load("draft") };
}
