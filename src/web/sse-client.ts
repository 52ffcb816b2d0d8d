import { type StreamEvent, StreamEventSchema } from "../domain/stream-events.js";

/** An error answer of the API, with the message it gave. */
export class ApiError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

/** Reads a fetch response's error body into an ApiError. */
export async function apiError(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => undefined)) as { error?: { message?: string } } | undefined;
  return new ApiError(response.status, body?.error?.message ?? `请求失败（${response.status}）`);
}

/**
 * The events of a text/event-stream response, validated against the shared StreamEventSchema. Used by the web
 * app and the widget (EventSource cannot POST a question).
 */
export async function* readEvents(response: Response): AsyncGenerator<StreamEvent> {
  if (!response.body) return;
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let end = buffer.indexOf("\n\n");
    while (end !== -1) {
      const data = buffer
        .slice(0, end)
        .split("\n")
        .filter((line) => line.startsWith("data:"))
        .map((line) => line.slice(5).trimStart())
        .join("\n");
      buffer = buffer.slice(end + 2);
      if (data) {
        const parsed = StreamEventSchema.safeParse(JSON.parse(data));
        if (parsed.success) yield parsed.data;
      }
      end = buffer.indexOf("\n\n");
    }
  }
}

export interface AskBody {
  question: string;
  history?: Array<{ role: "user" | "assistant"; content: string }>;
  domain?: string;
}

/** POSTs a question with `stream: true` and yields the answer's events. */
export async function* askStream(baseUrl: string, body: AskBody, headers: Record<string, string> = {}) {
  const response = await fetch(`${baseUrl}/api/ask`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ ...body, stream: true }),
  });
  if (!response.ok) throw await apiError(response);
  yield* readEvents(response);
}
