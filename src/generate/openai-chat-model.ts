import { AIMessage, type BaseMessage, HumanMessage, SystemMessage } from "@langchain/core/messages";
import { ChatOpenAI } from "@langchain/openai";
import type { ChatMessage, ChatModel } from "./chat-model.js";

export interface OpenAIChatModelOptions {
  apiKey: string;
  model: string;
  /** Any OpenAI-compatible server (vLLM, Ollama, Xinference, …); the OpenAI API when omitted. */
  baseURL?: string | undefined;
  temperature?: number;
}

/** A ChatModel on LangChain's ChatOpenAI, streaming over the chat-completions protocol. */
export class OpenAIChatModel implements ChatModel {
  readonly id: string;
  readonly #client: ChatOpenAI;

  constructor(options: OpenAIChatModelOptions) {
    this.#client = new ChatOpenAI({
      apiKey: options.apiKey,
      model: options.model,
      temperature: options.temperature ?? 0.1,
      maxRetries: 0,
      streaming: true,
      configuration: options.baseURL ? { baseURL: options.baseURL } : {},
    });
    this.id = `openai:${options.baseURL ? new URL(options.baseURL).host : "api.openai.com"}:${options.model}`;
  }

  async *stream(messages: readonly ChatMessage[], signal: AbortSignal): AsyncIterable<string> {
    const stream = await this.#client.stream(messages.map(toLangChain), { signal });
    for await (const chunk of stream) {
      const content = typeof chunk.content === "string" ? chunk.content : "";
      if (content) yield content;
    }
  }
}

function toLangChain(message: ChatMessage): BaseMessage {
  if (message.role === "system") return new SystemMessage(message.content);
  if (message.role === "assistant") return new AIMessage(message.content);
  return new HumanMessage(message.content);
}
