import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DraftService } from "../src/draft/draft-service.js";
import { OpenAIChatModel } from "../src/generate/openai-chat-model.js";
import { loadPrompts } from "../src/generate/prompts.js";
import { SimilarService } from "../src/similar/similar-service.js";
import { fullCorpus } from "./support/full-corpus.js";
import { type OpenAICompatibleServer, startOpenAICompatibleServer } from "./support/openai-server.js";

let server: OpenAICompatibleServer;
let service: DraftService;
const NOTES = "我们是一家冷链物流公司，有12个冷库。打算把出入库数据和运输轨迹数据共享给银行，做存货质押融资风控。";

beforeAll(async () => {
  server = await startOpenAICompatibleServer();
  const { retriever } = await fullCorpus();
  const model = new OpenAIChatModel({ apiKey: "test-key", model: "local-chat", baseURL: server.baseURL });
  const { draft } = await loadPrompts();
  service = new DraftService(retriever, new SimilarService(retriever), { model, prompt: draft, timeoutMs: 1500 });
});
afterAll(async () => {
  await server.close();
});

describe("drafting with an LLM (a local OpenAI-compatible server)", () => {
  it("uses the model's sections, grounded on precedents, and marks figures and organisations the notes lack", async () => {
    server.chat = {
      kind: "reply",
      content: [
        "## 案例背景",
        "中小经销商融资难，冷链企业拥有 12 个冷库的货物数据。",
        "## 解决方案",
        "汇聚出入库数据和运输轨迹数据，与中国工商银行共享，开展存货质押融资风控。",
        "## 创新点",
        "【待补充：创新点】",
        "## 应用成效",
        "经济效益方面，融资审批时间缩短 60%。",
      ].join("\n"),
    };
    const result = await service.draft({ notes: NOTES, organization: "某冷链物流有限公司" });
    const messages = (server.requests.at(-1)?.body.messages ?? []) as Array<{ content: string }>;
    const prompt = String(messages[0]?.content);
    expect(prompt).toContain(NOTES);
    expect(prompt).toContain(result.precedents[0]?.title ?? "∅");
    const text = Object.fromEntries(result.draft.sections.map((s) => [s.name, s.text]));
    expect(result.mode).toBe("llm");
    expect(text.案例背景).toContain("12 个冷库");
    expect(text.案例背景).not.toContain("12【待核实】");
    expect(text.应用成效).toContain("60%【待核实】");
    expect(text.解决方案).toContain("中国工商银行【待核实】");
  });

  it("falls back to the offline draft, degraded, when the reply lacks the sections or the server fails", async () => {
    server.chat = { kind: "reply", content: "好的，这是草稿：……" };
    const malformed = await service.draft({ notes: NOTES });
    expect(malformed).toMatchObject({ mode: "llm", degraded: true });
    expect(malformed.draft.sections.map((s) => s.text).join("")).toContain("打算把出入库数据和运输轨迹数据共享给银行");
    server.chat = { kind: "error", status: 500 };
    expect(await service.draft({ notes: NOTES })).toMatchObject({ degraded: true });
  });
});
