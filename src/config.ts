import { z } from "zod";
import { AppError } from "./errors.js";

/**
 * All configuration, parsed once at start-up from the environment. An explicit argument beats an environment
 * variable, which beats the default; an invalid value is an error naming the variable.
 */
export const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).default("127.0.0.1"),
  CORPUS_DIR: z.string().min(1).optional(),
  /** Where the generated search index lives (the repository's index/ by default). */
  INDEX_DIR: z.string().min(1).optional(),
  /** `local`: the offline LSA embedder fitted on the corpus; `openai`: an OpenAI-compatible /v1/embeddings server. */
  EMBEDDINGS_PROVIDER: z.enum(["local", "openai"]).default("local"),
  EMBEDDINGS_MODEL: z.string().min(1).default("text-embedding-3-small"),
  /** Enables the LLM mode (and remote embeddings when EMBEDDINGS_PROVIDER=openai). */
  OPENAI_API_KEY: z.string().min(1).optional(),
  /** Any OpenAI-compatible server: vLLM, Ollama, Xinference, …; e.g. http://127.0.0.1:11434/v1 */
  OPENAI_BASE_URL: z.url().optional(),
  /** Origins allowed to call the API from a browser (the widget on other sites), comma-separated. */
  ALLOWED_ORIGINS: z
    .string()
    .default("")
    .transform((value, context) => parseOrigins(value, "ALLOWED_ORIGINS", context)),
  /**
   * Public widget keys, each bound to its origins: `key1=https://a.example|https://b.example,key2=https://c.example`.
   * When set, a cross-origin call needs a key that is bound to its origin.
   */
  WIDGET_KEYS: z
    .string()
    .default("")
    .transform((value, context) => parseWidgetKeys(value, context)),
  /** Requests per minute per client IP on POST /api/* (0: no limit). */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(60),
  /** Requests per minute per widget key (0: no limit). */
  WIDGET_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(300),
  /** Questions one widget chat session may ask (0: no cap). */
  CHAT_SESSION_CAP: z.coerce.number().int().min(0).default(50),
  /** Questions per widget key (or origin) per day (0: no cap). */
  CHAT_DAILY_CAP: z.coerce.number().int().min(0).default(5000),
  OPENAI_MODEL: z.string().min(1).default("gpt-4o-mini"),
  /** How long the LLM may take for one answer before the extractive answer is served instead. */
  LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(20_000),
  LOG_REQUESTS: z
    .enum(["true", "false", "1", "0"])
    .default("true")
    .transform((value) => value === "true" || value === "1"),
});
export type Config = z.infer<typeof ConfigSchema>;

/** @example loadConfig({ PORT: "9000" }).PORT // 9000 */
export function loadConfig(
  environment: Record<string, string | undefined> = process.env,
  overrides: Partial<Record<keyof z.input<typeof ConfigSchema>, string>> = {},
): Config {
  const input: Record<string, string | undefined> = {};
  for (const key of Object.keys(ConfigSchema.shape)) {
    const value = overrides[key as keyof typeof overrides] ?? environment[key];
    if (value !== undefined && value !== "") input[key] = value;
  }
  const result = ConfigSchema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new AppError("bad_request", `configuration ${issue?.path.join(".")}: ${issue?.message}`);
  }
  if (result.data.EMBEDDINGS_PROVIDER === "openai" && !result.data.OPENAI_API_KEY) {
    throw new AppError("bad_request", "configuration EMBEDDINGS_PROVIDER=openai needs OPENAI_API_KEY");
  }
  return result.data;
}

function parseOrigins(value: string, variable: string, context: z.RefinementCtx): string[] {
  const origins = value.split(/[,\s]+/).filter(Boolean);
  for (const origin of origins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
      context.addIssue({
        code: "custom",
        message: `"${origin}" is not an origin like https://example.com (${variable})`,
      });
    }
  }
  return origins;
}

function parseWidgetKeys(value: string, context: z.RefinementCtx): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  for (const entry of value
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [key, origins] = entry.split("=");
    if (!key || !origins) {
      context.addIssue({ code: "custom", message: `"${entry}" is not key=https://origin|https://origin` });
      continue;
    }
    keys.set(key.trim(), parseOrigins(origins.replaceAll("|", ","), "WIDGET_KEYS", context));
  }
  return keys;
}
