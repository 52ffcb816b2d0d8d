import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A real HTTP server on 127.0.0.1 that speaks the parts of the OpenAI protocol the product uses:
 * POST /v1/embeddings and POST /v1/chat/completions (plain and `stream: true` SSE). Tests script its replies and
 * read the requests it received. Not a mock object: the client under test goes through its real HTTP stack.
 */
export interface RecordedRequest {
  path: string;
  headers: IncomingMessage["headers"];
  body: Record<string, unknown>;
}

export type ChatBehaviour =
  | { kind: "reply"; content: string | ((request: RecordedRequest) => string) }
  | { kind: "error"; status: number }
  | { kind: "hang" };

export interface OpenAICompatibleServer {
  baseURL: string;
  requests: RecordedRequest[];
  /** How the next chat completions are answered (default: reply "好的。"). */
  chat: ChatBehaviour;
  embeddingDimensions: number;
  close(): Promise<void>;
}

/** A deterministic embedding: hashed character bigrams, so similar texts get similar vectors. */
export function hashedEmbedding(text: string, dimensions: number): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  const characters = [...text];
  for (let i = 0; i + 1 < characters.length; i++) {
    let hash = 2166136261;
    for (const code of `${characters[i]}${characters[i + 1]}`)
      hash = Math.imul(hash ^ (code.codePointAt(0) ?? 0), 16777619);
    const slot = (hash >>> 0) % dimensions;
    vector[slot] = (vector[slot] ?? 0) + 1;
  }
  const norm = Math.hypot(...vector) || 1;
  return vector.map((value) => value / norm);
}

export async function startOpenAICompatibleServer(options: { embeddingDimensions?: number } = {}) {
  const state: OpenAICompatibleServer = {
    baseURL: "",
    requests: [],
    chat: { kind: "reply", content: "好的。" },
    embeddingDimensions: options.embeddingDimensions ?? 64,
    close: async () => {},
  };
  const hanging = new Set<ServerResponse>();

  const server: Server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as Record<string, unknown>;
    const recorded = { path: request.url ?? "", headers: request.headers, body };
    state.requests.push(recorded);

    if (request.headers.authorization !== "Bearer test-key") {
      return json(response, 401, { error: { message: "invalid api key", type: "invalid_request_error" } });
    }
    if (request.url === "/v1/embeddings") {
      const input = Array.isArray(body.input) ? (body.input as string[]) : [String(body.input)];
      return json(response, 200, {
        object: "list",
        model: body.model,
        data: input.map((text, index) => {
          const vector = hashedEmbedding(String(text), state.embeddingDimensions);
          // Clients such as the openai SDK ask for base64-packed float32, as real servers offer.
          const embedding =
            body.encoding_format === "base64"
              ? Buffer.from(Float32Array.from(vector).buffer).toString("base64")
              : vector;
          return { object: "embedding", index, embedding };
        }),
        usage: { prompt_tokens: 0, total_tokens: 0 },
      });
    }
    if (request.url === "/v1/chat/completions") {
      const behaviour = state.chat;
      if (behaviour.kind === "hang") {
        hanging.add(response);
        return;
      }
      if (behaviour.kind === "error") {
        return json(response, behaviour.status, { error: { message: "upstream exploded", type: "server_error" } });
      }
      const content = typeof behaviour.content === "function" ? behaviour.content(recorded) : behaviour.content;
      const base = { id: "chatcmpl-test", created: 0, model: body.model };
      if (body.stream) {
        response.writeHead(200, { "content-type": "text/event-stream" });
        for (const piece of content.match(/[\s\S]{1,6}/g) ?? []) {
          const delta = {
            ...base,
            object: "chat.completion.chunk",
            choices: [{ index: 0, delta: { content: piece }, finish_reason: null }],
          };
          response.write(`data: ${JSON.stringify(delta)}\n\n`);
        }
        const done = {
          ...base,
          object: "chat.completion.chunk",
          choices: [{ index: 0, delta: {}, finish_reason: "stop" }],
        };
        response.write(`data: ${JSON.stringify(done)}\n\ndata: [DONE]\n\n`);
        return response.end();
      }
      return json(response, 200, {
        ...base,
        object: "chat.completion",
        choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
        usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
      });
    }
    return json(response, 404, { error: { message: `no route ${request.url}` } });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  state.close = async () => {
    for (const response of hanging) response.destroy();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return state;
}

function json(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}
