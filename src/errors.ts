/**
 * The one error type of the project. Each code has one HTTP status; `app.onError` maps an AppError to
 * `{error: {code, message}}` with that status, and anything else to a 500 without internals.
 */
export const ERROR_CODES = {
  bad_request: 400,
  forbidden: 403,
  not_found: 404,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  corpus_invalid: 500,
  layout_invalid: 500,
  import_failed: 500,
  index_unavailable: 503,
  upstream_failed: 502,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: (typeof ERROR_CODES)[ErrorCode];

  /** @example throw new AppError("not_found", "没有编号为 99-01 的案例") */
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "AppError";
    this.code = code;
    this.status = ERROR_CODES[code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
