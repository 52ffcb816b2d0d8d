/** One message of a chat with a model. */
export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

/**
 * A chat model that streams its reply. Implementation: openai-chat-model.ts (LangChain's ChatOpenAI, any
 * OpenAI-compatible server). `signal` aborts the request (time-outs).
 */
export interface ChatModel {
  readonly id: string;
  stream(messages: readonly ChatMessage[], signal: AbortSignal): AsyncIterable<string>;
}

/** The whole reply of a streaming model. */
export async function complete(
  model: ChatModel,
  messages: readonly ChatMessage[],
  signal: AbortSignal,
): Promise<string> {
  let text = "";
  for await (const piece of model.stream(messages, signal)) text += piece;
  return text;
}
