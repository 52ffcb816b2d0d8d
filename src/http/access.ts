import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context, MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import { rateLimiter } from "hono-rate-limiter";
import { AppError } from "../errors.js";
import { errorResponse } from "./error-handler.js";

/** Who may call the API from which web origin, and how much. */
export interface AccessPolicy {
  /** Origins allowed without a key. */
  allowedOrigins: readonly string[];
  /** Public widget keys and the origins each works from. */
  widgetKeys: ReadonlyMap<string, readonly string[]>;
  /** Per client IP, per minute, on POST /api/* (0: none). */
  ipPerMinute: number;
  /** Per widget key (or origin), per minute (0: none). */
  keyPerMinute: number;
  /** Questions per widget chat session (0: none). */
  sessionCap: number;
  /** Questions per widget key (or origin) per day (0: none). */
  dailyCap: number;
  /** Clock for the day of the daily cap, passed in so tests are deterministic. */
  now?: () => number;
}

export const WIDGET_KEY_HEADER = "x-widget-key";
export const WIDGET_SESSION_HEADER = "x-widget-session";

/**
 * The API's access rules, as middleware for `/api/*`:
 * - CORS answers only for allowed origins (ALLOWED_ORIGINS, or an origin some widget key is bound to);
 * - a cross-origin call is refused (403) unless its origin is allowed, and, when widget keys are configured, unless
 *   it carries a key bound to that very origin: a key seen on one site does not work from another;
 * - rate limits per client IP and per widget key, and per-session / per-day question caps for the widget (429).
 */
export function accessControl(policy: AccessPolicy): MiddlewareHandler[] {
  const keyOrigins = new Set([...policy.widgetKeys.values()].flat());
  const maybeAllowed = (origin: string) => policy.allowedOrigins.includes(origin) || keyOrigins.has(origin);
  const preflight = cors({
    origin: (origin) => (maybeAllowed(origin) ? origin : null),
    allowMethods: ["GET", "POST", "OPTIONS"],
    allowHeaders: ["content-type", WIDGET_KEY_HEADER, WIDGET_SESSION_HEADER],
    maxAge: 600,
  });
  const handlers: MiddlewareHandler[] = [
    // Preflights go through hono's cors. On an actual request it would add its two headers with `c.header` once the
    // response is made, which rebuilds the response around its body as a stream: a tenth of the server's time per
    // request. The same two headers are set on the finished response's headers instead.
    async (c, next) => {
      if (c.req.method === "OPTIONS") return preflight(c, next);
      await next();
      const origin = c.req.header("origin");
      if (origin && maybeAllowed(origin)) c.res.headers.set("Access-Control-Allow-Origin", origin);
      c.res.headers.append("Vary", "Origin");
    },
    async (c, next) => {
      const origin = crossOrigin(c);
      if (origin && c.req.method !== "OPTIONS") {
        const refusal = refuse(policy, origin, c.req.header(WIDGET_KEY_HEADER));
        if (refusal) return errorResponse(c, new AppError("forbidden", refusal));
      }
      await next();
    },
  ];
  const tooMany = (message: string) => (c: Context) => errorResponse(c, new AppError("rate_limited", message));
  if (policy.ipPerMinute > 0) {
    handlers.push(
      rateLimiter({
        windowMs: 60_000,
        limit: policy.ipPerMinute,
        standardHeaders: "draft-7",
        keyGenerator: (c) => clientAddress(c),
        skip: (c) => c.req.method !== "POST",
        handler: tooMany("请求太频繁，请稍后再试（每个 IP 每分钟有上限）"),
      }),
    );
  }
  if (policy.keyPerMinute > 0) {
    handlers.push(
      rateLimiter({
        windowMs: 60_000,
        limit: policy.keyPerMinute,
        keyGenerator: (c) => widgetIdentity(c) ?? "",
        skip: (c) => c.req.method !== "POST" || !widgetIdentity(c),
        handler: tooMany("此网站嵌入的案例助手请求太频繁，请稍后再试"),
      }),
    );
  }
  handlers.push(chatCaps(policy));
  return handlers;
}

/** Why a cross-origin call is refused, or undefined when it may go on. */
function refuse(policy: AccessPolicy, origin: string, key: string | undefined): string | undefined {
  if (policy.widgetKeys.size > 0) {
    if (!key) return `来自 ${origin} 的调用需要 data-key（widget key）`;
    const origins = policy.widgetKeys.get(key);
    if (!origins) return "widget key 无效";
    return origins.includes(origin) ? undefined : `此 widget key 未授权在 ${origin} 使用`;
  }
  return policy.allowedOrigins.includes(origin) ? undefined : `${origin} 未被允许调用本服务（ALLOWED_ORIGINS）`;
}

/** Per-session and per-day caps on widget questions, counted in memory. */
function chatCaps(policy: AccessPolicy): MiddlewareHandler {
  const now = policy.now ?? Date.now;
  const sessions = new Map<string, number>();
  const daily = new Map<string, number>();
  let today = "";
  return async (c, next) => {
    const identity = widgetIdentity(c);
    if (!identity || c.req.method !== "POST" || !c.req.path.startsWith("/api/ask")) return next();
    const session = c.req.header(WIDGET_SESSION_HEADER);
    const day = new Date(now()).toISOString().slice(0, 10);
    if (day !== today) {
      // Sessions and daily counts start afresh each day, so the maps stay small.
      today = day;
      sessions.clear();
      daily.clear();
    }
    if (session && policy.sessionCap > 0) {
      const asked = (sessions.get(session) ?? 0) + 1;
      if (asked > policy.sessionCap) {
        return errorResponse(
          c,
          new AppError("rate_limited", `本次对话已达 ${policy.sessionCap} 个问题的上限，请刷新页面开始新的对话`),
        );
      }
      sessions.set(session, asked);
    }
    if (policy.dailyCap > 0) {
      const count = (daily.get(identity) ?? 0) + 1;
      if (count > policy.dailyCap) {
        return errorResponse(c, new AppError("rate_limited", "此网站今天的提问次数已用完，请明天再试"));
      }
      daily.set(identity, count);
    }
    return next();
  };
}

/** The calling origin when it is not this server's own, else undefined. */
function crossOrigin(c: Context): string | undefined {
  const origin = c.req.header("origin");
  if (!origin || origin === "null") return origin === "null" ? "null" : undefined;
  return origin === new URL(c.req.url).origin ? undefined : origin;
}

/** The widget a request comes from: its key, or its origin when keys are not used; undefined for the app itself. */
function widgetIdentity(c: Context): string | undefined {
  const key = c.req.header(WIDGET_KEY_HEADER);
  if (key) return `key:${key}`;
  const origin = crossOrigin(c);
  return origin ? `origin:${origin}` : undefined;
}

function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown";
  }
}
