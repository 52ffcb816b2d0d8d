import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Corpus } from "../src/domain/case.js";
import { DraftService } from "../src/draft/draft-service.js";
import { AnswerService } from "../src/generate/answer-service.js";
import { LlmAnswerer } from "../src/generate/llm-answerer.js";
import { OpenAIChatModel } from "../src/generate/openai-chat-model.js";
import { loadPrompts } from "../src/generate/prompts.js";
import { createApp } from "../src/http/app.js";
import type { Retriever } from "../src/retrieve/retriever.js";
import { SimilarService } from "../src/similar/similar-service.js";
import { fullCorpus } from "./support/full-corpus.js";
import {
  type OpenAICompatibleServer,
  type RecordedRequest,
  startOpenAICompatibleServer,
} from "./support/openai-server.js";
import { parseSse } from "./support/sse.js";

let server: OpenAICompatibleServer;
let retriever: Retriever;
let corpus: Corpus;
let app: ReturnType<typeof createApp>;
const logged: string[] = [];

beforeAll(async () => {
  server = await startOpenAICompatibleServer();
  ({ retriever, corpus } = await fullCorpus());
  const model = new OpenAIChatModel({ apiKey: "test-key", model: "local-chat", baseURL: server.baseURL });
  const llm = new LlmAnswerer(model, await loadPrompts(), { timeoutMs: 1500, log: (line) => logged.push(line) });
  const answers = new AnswerService(retriever, llm);
  const similar = new SimilarService(retriever);
  app = createApp({ corpus, retriever, answers, similar, drafts: new DraftService(retriever, similar) });
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.requests.length = 0;
});

const ask = async (body: Record<string, unknown>) => {
  const response = await app.request("/api/ask", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return response;
};

const systemPrompt = (request: RecordedRequest) =>
  ((request.body.messages as Array<{ role: string; content: string }>)[0]?.content ?? "") as string;

describe("POST /api/ask with an LLM (a local OpenAI-compatible server)", () => {
  it("sends numbered passages, keeps the markers that resolve and removes those that do not", async () => {
    server.chat = { kind: "reply", content: "京东物流用物流数据为中小企业提供融资支持[1]。另见[9]。" };
    const response = await ask({ question: "京东物流那个仓单融资是怎么搞的？" });
    const answer = (await response.json()) as {
      answer: string;
      mode: string;
      citations: Array<{ id: number; caseId: string; text: string }>;
    };
    expect(answer.mode).toBe("llm");
    expect(answer.answer).toBe("京东物流用物流数据为中小企业提供融资支持[1]。另见。");
    const request = server.requests.find((r) => r.path === "/v1/chat/completions") as RecordedRequest;
    expect(request.body.model).toBe("local-chat");
    expect(systemPrompt(request)).toContain("[1] 《基于智慧物流大数据的数字普惠金融深化应用典型案例》");
    // The citations are the passages the model was shown, rebuilt from the index, not from its reply.
    expect(answer.citations[0]?.caseId).toBe("05-01");
    expect(systemPrompt(request)).toContain(answer.citations[0]?.text ?? "∅");
  });

  it("streams the model's reply as answer deltas, with a marker split across pieces kept whole", async () => {
    server.chat = { kind: "reply", content: "农信数智的平台提升了养殖效率[1][2]，并推出了数字人[12]。" };
    const events = parseSse(await (await ask({ question: "养猪的数字化平台是怎么帮养殖户的？", stream: true })).text());
    expect(events[0]?.type).toBe("citations");
    const text = events.flatMap((event) => (event.type === "answer-delta" ? [event.text] : [])).join("");
    expect(events.filter((event) => event.type === "answer-delta").length).toBeGreaterThan(2);
    expect(text).toBe("农信数智的平台提升了养殖效率[1][2]，并推出了数字人。");
    expect(events.at(-1)).toEqual({ type: "answer-end", refused: false, mode: "llm" });
  });

  it("condenses a follow-up with the history into a standalone question before retrieving", async () => {
    server.chat = {
      kind: "reply",
      content: (request) =>
        systemPrompt(request).includes("对话记录")
          ? "生猪产业数智生态平台的应用成效如何？"
          : "每头生猪可增收 151 元[1]。",
    };
    const response = await ask({
      question: "那它的应用成效呢？",
      history: [
        { role: "user", content: "做生猪产业数智生态平台的是哪家公司？" },
        { role: "assistant", content: "农信数智科技有限公司。" },
      ],
    });
    const answer = (await response.json()) as { answer: string; citations: Array<{ caseId: string }> };
    const [condense, final] = server.requests;
    expect(systemPrompt(condense as RecordedRequest)).toContain("做生猪产业数智生态平台的是哪家公司？");
    expect(systemPrompt(final as RecordedRequest)).toContain("生猪产业数智生态平台");
    expect(answer.citations[0]?.caseId).toBe("02-01");
    expect(answer.answer).toBe("每头生猪可增收 151 元[1]。");
  });

  it("tells the model what the checks did not find in the best case, and nothing when they found it", async () => {
    server.chat = { kind: "reply", content: "【无法回答】" };
    const declined = (await (await ask({ question: "罗克佳华那笔数据资产质押贷款，利率是多少？" })).json()) as Record<
      string,
      unknown
    >;
    const flagged = systemPrompt(server.requests.at(-1) as RecordedRequest);
    expect(flagged).toContain("核对提示");
    expect(flagged).toContain("问题所问的这个数字");
    expect(declined).toMatchObject({ refused: true, mode: "llm" });
    // … naming what it looked for, when the question gave it.
    await ask({ question: "罗克佳华那笔数据资产质押贷款，放款的是浦发银行还是工商银行？" });
    expect(systemPrompt(server.requests.at(-1) as RecordedRequest)).toContain("（浦发银行、工商银行）");
    server.requests.length = 0;
    server.chat = { kind: "reply", content: "贷到 1000 万元[1]。" };
    await ask({ question: "罗克佳华那笔数据资产质押贷款，贷到了多少钱？" });
    expect(systemPrompt(server.requests.at(-1) as RecordedRequest)).not.toContain("核对提示");
    // Which case is the most of something: the passages are a few cases, and the book ranks none.
    await ask({ question: "哪个案例的融资规模最大？" });
    expect(systemPrompt(server.requests.at(-1) as RecordedRequest)).toContain("比较提示");
    await ask({ question: "京东物流那个仓单融资是怎么搞的？" });
    expect(systemPrompt(server.requests.at(-1) as RecordedRequest)).not.toContain("比较提示");
  });

  it("falls back to the extractive answer, degraded, when the server answers 500", async () => {
    server.chat = { kind: "error", status: 500 };
    const answer = (await (await ask({ question: "京东物流那个仓单融资是怎么搞的？" })).json()) as Record<
      string,
      unknown
    >;
    expect(answer).toMatchObject({ mode: "llm", degraded: true, refused: false });
    expect(answer.answer).toContain("《基于智慧物流大数据的数字普惠金融深化应用典型案例》");
  });

  it("falls back with the extractive checks: a figure the case does not give is still declined, not quoted", async () => {
    server.chat = { kind: "error", status: 500 };
    const answer = (await (await ask({ question: "罗克佳华那笔数据资产质押贷款，利率是多少？" })).json()) as Record<
      string,
      unknown
    >;
    expect(answer).toMatchObject({ mode: "llm", degraded: true, refused: true });
    expect(answer.answer).toContain("没有给出您问的这个数字");
  });

  it("falls back when the server hangs past LLM_TIMEOUT_MS, and tells a streaming client to reset", async () => {
    server.chat = { kind: "hang" };
    const started = Date.now();
    const events = parseSse(await (await ask({ question: "京东物流那个仓单融资是怎么搞的？", stream: true })).text());
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(events.map((event) => event.type)).toEqual(["citations", "answer-reset", "answer-delta", "answer-end"]);
    expect(events.at(-1)).toMatchObject({ degraded: true });
    expect(logged.some((line) => line.includes("falling back"))).toBe(true);
  });

  it("falls back when the reply cites nothing, and refuses when the model says the passages do not answer", async () => {
    server.chat = { kind: "reply", content: "这是一个很好的问题。" };
    expect(await (await ask({ question: "京东物流那个仓单融资是怎么搞的？" })).json()).toMatchObject({
      degraded: true,
    });
    server.chat = { kind: "reply", content: "【无法回答】" };
    const refused = (await (await ask({ question: "京东物流的仓单融资利率是多少？" })).json()) as Record<
      string,
      unknown
    >;
    expect(refused).toMatchObject({ refused: true, mode: "llm" });
    expect(refused.answer).toContain("没有找到");
  });
});
