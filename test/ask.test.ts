import { beforeAll, describe, expect, it } from "vitest";
import type { Answer } from "../src/domain/answer.js";
import type { Case, Corpus } from "../src/domain/case.js";
import { Evidence } from "../src/generate/evidence.js";
import type { createApp } from "../src/http/app.js";
import type { Retriever } from "../src/retrieve/retriever.js";
import { fullCorpus } from "./support/full-corpus.js";
import { parseSse } from "./support/sse.js";

let app: ReturnType<typeof createApp>;
let corpus: Corpus;
let retriever: Retriever;

beforeAll(async () => {
  ({ app, corpus, retriever } = await fullCorpus());
});

const ask = async (body: unknown) => {
  const response = await app.request("/api/ask", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as Answer & { error?: { code: string; message: string } },
  };
};

/** Every marker resolves to a citation, and every citation is the exact text at its offsets in its case. */
function expectGrounded(answer: Answer) {
  const ids = new Set(answer.citations.map((citation) => citation.id));
  const markers = [...answer.answer.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]));
  expect(markers.length).toBeGreaterThan(0);
  for (const marker of markers) expect(ids.has(marker), `marker [${marker}]`).toBe(true);
  for (const citation of answer.citations) {
    const section = corpus.cases
      .find((c) => c.caseId === citation.caseId)
      ?.sections.find((s) => s.name === citation.section);
    expect(section?.text.slice(citation.start, citation.end)).toBe(citation.text);
    if (citation.quote) expect(citation.text.length).toBeGreaterThanOrEqual(citation.quote.end);
  }
}

describe("POST /api/ask (extractive)", () => {
  it("answers with markers that resolve to verbatim passages of the right case", async () => {
    const { status, body } = await ask({ question: "京东物流那个仓单融资是怎么搞的？" });
    expect(status).toBe(200);
    expect(body).toMatchObject({ mode: "extractive", refused: false });
    expectGrounded(body);
    expect(body.citations[0]?.caseId).toBe("05-01");
  });

  it("quotes the sentence with the figure for a numeric question", async () => {
    const { body } = await ask({ question: "那个 iMOM 平台上了以后生产效率提高了多少？" });
    expectGrounded(body);
    expect(body.answer).toContain("生产效率提高 20% 以上");
  });

  it("lists several cases, each with a reason and a marker, for a which-cases question", async () => {
    const { body } = await ask({ question: "有哪些案例用了隐私计算？" });
    expectGrounded(body);
    const listed = new Set(body.citations.map((citation) => citation.caseId));
    expect(listed.size).toBeGreaterThanOrEqual(3);
    expect([...listed]).toEqual(expect.arrayContaining(["06-02", "05-04"]));
  });

  it("does not claim a count when more cases qualify than a list shows", async () => {
    const { body } = await ask({ question: "用到区块链技术的案例都有哪些？" });
    expectGrounded(body);
    expect(body.answer).toMatch(/^案例集中与此最相关的 8 个案例如下（按相关程度排列，可能还有其他相关案例）/);
    expect(body.answer).not.toMatch(/相关的案例有 \d+ 个/);
    expect(new Set(body.citations.map((citation) => citation.caseId)).size).toBe(8);
  });

  it("lists only cases of the domain a which-cases question names, also when it asks 哪几个", async () => {
    const { body } = await ask({ question: "科技创新领域里用了知识图谱的案例有哪几个？" });
    expect(body.refused).toBe(false);
    expect(body.answer).toMatch(/^案例集中与此相关的案例有 \d+ 个/);
    const listed = [...new Set(body.citations.map((citation) => citation.caseId))];
    expect(listed.length).toBeGreaterThanOrEqual(3);
    expect(listed.every((caseId) => caseId.startsWith("06-"))).toBe(true);
    expectGrounded(body);
  });

  it("lists every case an organisation named in a which-cases question applied for", async () => {
    const { body } = await ask({ question: "中科天玑这家公司参与申报的案例有几个？都列一下" });
    const listed = [...new Set(body.citations.map((citation) => citation.caseId))];
    const applied = corpus.cases.filter((item) => item.applicants.some((name) => name.includes("中科天玑")));
    expect(applied.length).toBeGreaterThanOrEqual(5);
    expect(listed.sort()).toEqual(applied.map((item) => item.caseId).sort());
    expectGrounded(body);
  });

  it("answers what an organisation did with every case it applied for, unless the question says which", async () => {
    for (const question of ["北京市测绘设计研究院做了什么？", "北京市测绘设计研究院是干什么的"]) {
      const { body } = await ask({ question });
      expect(body.refused).toBe(false);
      expect(new Set(body.citations.map((citation) => citation.caseId))).toEqual(new Set(["04-06", "07-02"]));
      expectGrounded(body);
    }
    const { body } = await ask({ question: "北京市测绘设计研究院在中轴线上做了什么？" });
    expect(new Set(body.citations.map((citation) => citation.caseId))).toEqual(new Set(["07-02"]));
  });

  it("answers which case is the most of something with the cases side by side, saying the book ranks none", async () => {
    for (const question of ["哪个案例的融资规模最大？", "书里哪个项目服务的用户最多"]) {
      const { body } = await ask({ question });
      expect(body.refused, question).toBe(false);
      expect(body.answer).toMatch(/^案例集没有对各案例做排名或比较/);
      expect(new Set(body.citations.map((citation) => citation.caseId)).size).toBeGreaterThanOrEqual(3);
      expectGrounded(body);
    }
    // The most of something within one case is that case's figure.
    const { body } = await ask({ question: "国承万通的VR竞技体验馆单个场地最大能做多大？" });
    expect(body.answer).not.toMatch(/排名或比较/);
    expect(body.citations[0]?.caseTitle).toContain("VR");
  });

  it("leaves out the domain a which-cases question excludes", async () => {
    const { body } = await ask({ question: "除了金融服务那一章，还有哪些案例给企业做了画像？" });
    expect(body.refused).toBe(false);
    const listed = new Set(body.citations.map((citation) => citation.caseId));
    expect(listed.size).toBeGreaterThanOrEqual(3);
    expect([...listed].filter((caseId) => caseId.startsWith("05-"))).toEqual([]);
    expectGrounded(body);
  });

  it("names the applicant for a who question", async () => {
    const { body } = await ask({ question: "推出猪小慧这个养猪数字人的是哪家公司？" });
    expect(body.answer).toContain("农信数智科技有限公司");
    expectGrounded(body);
  });

  it("resolves a follow-up against the history without an LLM", async () => {
    const { body } = await ask({
      question: "那它的应用成效呢？",
      history: [
        { role: "user", content: "做生猪产业数智生态平台的是哪家公司？" },
        { role: "assistant", content: "该项目是《生猪产业数智生态平台》，申报单位为农信数智科技有限公司。" },
      ],
    });
    expectGrounded(body);
    expect(body.citations.every((citation) => citation.caseId === "02-01" && citation.section === "应用成效")).toBe(
      true,
    );
  });

  it("asks which case is meant when a follow-up comes without its conversation", async () => {
    for (const question of ["那它的应用成效呢？", "该项目用了哪些数据？", "那应用成效呢？"]) {
      const { status, body } = await ask({ question });
      expect(status).toBe(200);
      expect(body.refused).toBe(true);
      expect(body.citations).toEqual([]);
      expect(body.answer).toContain("请写明案例名称或申报单位");
    }
    // A question that names its case stands alone, whatever pronoun it uses later.
    const { body } = await ask({ question: "那家做中西医结合动态健康监测的公司，给中石化员工做健康保障的效果怎样？" });
    expect(body.refused).toBe(false);
  });

  it("takes an enumeration of places as alternatives: a case in one of them answers", async () => {
    // Each case names one or two of the districts; weighed one by one, no case covered enough of the question.
    const { body } = await ask({ question: "有哪些案例落在延庆、门头沟、房山、平谷、密云这些远郊区？" });
    expect(body.refused).toBe(false);
    const cited = body.citations.map((citation) => citation.caseId);
    expect(cited).toContain("12-05"); // 密云
    expect(cited).toContain("02-03"); // 平谷
    expectGrounded(body);
  });

  it("lists the cases in a province a question asks about, found by the cities they name", async () => {
    const { body } = await ask({ question: "在山东落地过的案例有哪些？" });
    expect(body.refused).toBe(false);
    const cited = body.citations.map((citation) => citation.caseId);
    expect(cited).toContain("13-02"); // “保定、威海等地均有落地实践”: no 山东 in the case
    expect(cited).toContain("04-10"); // “在广东、吉林、山东等地落地应用”
    expectGrounded(body);
  });

  it("lists the cases whose applicants are as the question says, from the front matter", async () => {
    const { body } = await ask({ question: "哪些案例是由三家单位共同申报的？" });
    expect(body.refused).toBe(false);
    const cited = [...new Set(body.citations.map((citation) => citation.caseId))].sort();
    const three = corpus.cases.filter((item) => item.applicants.length === 3).map((item) => item.caseId);
    expect(three.length).toBeGreaterThan(1);
    expect(cited).toEqual(three.sort());
    expectGrounded(body);
  });

  it("says the book has no case on an off-topic question and lists the closest cases", async () => {
    const { body } = await ask({ question: "有没有用到量子计算的案例？" });
    expect(body.refused).toBe(true);
    expect(body.answer).toContain("没有找到");
    expectGrounded(body);
  });

  it("says the book has no case on a topic it only brushes against, and finds the case on a topic it has", async () => {
    // The closest cases share the words around the topic (保险公司, 医院, 数据; 银行, 违约, 预警), not the topic itself.
    for (const question of [
      "有没有保险公司用宠物医院的就诊数据来定价的案例？",
      "有没有用数据帮银行给城投平台做违约预警的案例？",
    ]) {
      const { body } = await ask({ question });
      expect(body.refused, question).toBe(true);
      expect(body.answer).toContain("没有找到");
      expectGrounded(body);
    }
    for (const [question, caseId] of [
      ["有没有帮养殖场给每头牛建档、盯它们日常行为的案例？", "02-05"],
      ["书里有没有拿手机信令数据看大型活动人流的案例？", "09-01"],
    ]) {
      const { body } = await ask({ question });
      expect(body.refused, question).toBe(false);
      expect(body.citations[0]?.caseId).toBe(caseId);
      expectGrounded(body);
    }
  });

  it("does not weigh the words that frame a question (那章, 都算, 类似的例子) as what it asks", async () => {
    for (const question of [
      "医疗健康那章里，跟卫健委打过交道的案例有哪些？给它干活的都算",
      "想找个类似的例子：帮着卫健委干活的那种案例，书里有吗",
    ]) {
      const { body } = await ask({ question });
      expect(body.refused).toBe(false);
      expect(body.citations.map((citation) => citation.caseId)).toContain("08-04");
      expectGrounded(body);
    }
    const { body } = await ask({ question: "有没有用到量子计算的案例？都算" });
    expect(body.refused).toBe(true);
  });

  it("finds the kind of figure a which-cases question asks for (金额, 百分比) as the cases write it", async () => {
    for (const [question, domain] of [
      ["文旅那章里，哪些案例算了经济账、给出了收入或效益的具体金额？", "07-"],
      ["政务服务那章里，哪些案例给出了提效或者降本的具体百分比？", "13-"],
    ] as const) {
      const { body } = await ask({ question });
      expect(body.refused, question).toBe(false);
      expect(body.citations.every((citation) => citation.caseId.startsWith(domain))).toBe(true);
      expectGrounded(body);
    }
    // None of these cases has the word: "营收 2 亿元", "提升 20%" are how they give such figures…
    const evidence = Evidence.of(retriever.index);
    const coverage = (question: string, caseId: string) =>
      evidence.caseCoverage(evidence.queryTerms(question), retriever.index.cases.get(caseId) as Case);
    expect(coverage("收入的具体金额", "07-08")).toBe(1);
    expect(coverage("效率提升的百分比", "01-03")).toBe(1);
    // …but a sum of money is the one asked for only beside what it is of: 12-02 has satellites and sums, not together.
    expect(coverage("卫星遥感的具体金额", "12-02")).toBeLessThan(coverage("卫星遥感", "12-02"));
  });

  it("says the case does not give a figure it lacks, and answers the figure it gives", async () => {
    const missing = await ask({ question: "罗克佳华那笔数据资产质押贷款，利率是多少？" });
    expect(missing.body.refused).toBe(true);
    expect(missing.body.answer).toContain("没有给出您问的这个数字");
    expect(missing.body.citations[0]?.caseId).toBe("05-12");
    expectGrounded(missing.body);
    const given = await ask({ question: "罗克佳华那笔数据资产质押贷款，贷到了多少钱？" });
    expect(given.body.refused).toBe(false);
    expect(given.body.answer).toContain("1000 万元");
    expectGrounded(given.body);
  });

  it("answers about the organisation a question names, not the case that shares its other words", async () => {
    // Another case reports 23 数据知识产权登记证书; 国机智能's case reports none.
    const named = await ask({ question: "国机智能的 iMOM 拿到过几项数据知识产权登记证书？" });
    expect(named.body.citations[0]?.caseId).toBe("01-03");
    expect(named.body.refused).toBe(true);
    expectGrounded(named.body);
  });

  it("says the case does not have a figure the question takes as given, and answers when it does", async () => {
    const wrong = await ask({ question: "罗克佳华那批空气质量数据估出 8000 万，后来质押贷到了多少钱？" });
    expect(wrong.body.refused).toBe(true);
    expect(wrong.body.answer).toContain("没有提到您问题里说的这个数字");
    expect(wrong.body.citations[0]?.caseId).toBe("05-12");
    expectGrounded(wrong.body);
    const right = await ask({ question: "罗克佳华那批空气质量数据估出 6088 万，后来质押贷到了多少钱？" });
    expect(right.body.refused).toBe(false);
    expect(right.body.answer).toContain("1000 万元");
  });

  it("says the case does not name a place the question puts it in, and answers when it does", async () => {
    const wrong = await ask({ question: "数坤的心肺AI筛查在海淀区落地了几家医院？" });
    expect(wrong.body.refused).toBe(true);
    expect(wrong.body.answer).toContain("没有提到您问题里说的这个地方（海淀）");
    expect(wrong.body.citations[0]?.caseId).toBe("08-03");
    expectGrounded(wrong.body);
    const right = await ask({ question: "数坤的心肺AI筛查在昌平区落地了几家医院？" });
    expect(right.body.refused).toBe(false);
    expect(right.body.answer).toContain("8 家医院");
    expectGrounded(right.body);
  });

  it("says the case does not mention a name in Latin letters the question gives it, and answers when it does", async () => {
    // ChatGLM is the base model of 海淀's tourism model (07-03), not part of 国机智能's iMOM (01-03).
    const wrong = await ask({ question: "国机智能的 iMOM 里，ChatGLM 是拿来干什么的？" });
    expect(wrong.body.refused).toBe(true);
    expect(wrong.body.answer).toContain("没有提到您问题里说的这个名称（ChatGLM）");
    expect(wrong.body.citations[0]?.caseId).toBe("01-03");
    const right = await ask({ question: "海淀文旅大模型里，ChatGLM 是拿来干什么的？" });
    expect(right.body.refused).toBe(false);
    expect(right.body.citations[0]?.caseId).toBe("07-03");
    expectGrounded(right.body);
    // So with a product or organisation name of the book's: 抖音 is 06-02's, not in 中科天玑's case (09-02).
    const product = await ask({ question: "中科天玑做舆情监测，抖音上的数据是怎么抓的？" });
    expect(product.body.refused).toBe(true);
    expect(product.body.citations[0]?.caseId).toBe("09-02");
    const own = await ask({ question: "抖音的隐私数据中台是怎么让各业务线共享数据的？" });
    expect(own.body.refused).toBe(false);
    expect(own.body.citations[0]?.caseId).toBe("06-02");
    // An abbreviation the case writes out in Chinese (MPC, 多方安全计算) is there.
    const written = await ask({ question: "武汉那边银行用MPC给科技型企业做授信评估，能支撑多大的授信规模？" });
    expect(written.body.refused).toBe(false);
  });

  it("says the case does not say which of the options a question lists, and answers when it names one", async () => {
    const none = await ask({ question: "罗克佳华那笔数据资产质押贷款，放款的是浦发银行还是工商银行？" });
    expect(none.body.refused).toBe(true);
    expect(none.body.answer).toContain("没有说明是您列出的哪一种（浦发银行、工商银行）");
    expect(none.body.citations[0]?.caseId).toBe("05-12");
    const one = await ask({ question: "罗克佳华那笔数据资产质押贷款，放款的是北京银行还是工商银行？" });
    expect(one.body.refused).toBe(false);
    expect(one.body.answer).toContain("北京银行");
    expectGrounded(one.body);
  });

  it("checks a follow-up's figure against the case in focus", async () => {
    const history = [
      { role: "user", content: "罗克佳华拿空气质量数据做资产质押贷款是怎么做的？" },
      { role: "assistant", content: "罗克佳华的数据资产经评估后质押贷款。" },
    ];
    const missing = await ask({ question: "那它的贷款利率是多少？", history });
    expect(missing.body.refused).toBe(true);
    expect(missing.body.answer).toContain("没有给出您问的这个数字");
    expect(missing.body.citations[0]?.caseId).toBe("05-12");
    const given = await ask({ question: "那它一共贷到了多少钱？", history });
    expect(given.body.refused).toBe(false);
    expect(given.body.answer).toContain("1000 万元");
    expectGrounded(given.body);
  });

  it("says the case does not name the partner it leaves anonymous, and names the one it gives", async () => {
    const anonymous = await ask({ question: "爱动超越做叉车智能化试点，合作的是哪家叉车厂？" });
    expect(anonymous.body.refused).toBe(true);
    expect(anonymous.body.answer).toContain("没有写明您问的具体名称");
    expect(anonymous.body.citations[0]?.caseId).toBe("01-01");
    expectGrounded(anonymous.body);
    const named = await ask({ question: "渝链贷是跟哪家银行一起打造的？" });
    expect(named.body.refused).toBe(false);
    expect(named.body.answer).toContain("三峡银行");
    expectGrounded(named.body);
  });

  it("streams citations first, then answer deltas, then the end, as the shared event union", async () => {
    const response = await app.request("/api/ask", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ question: "养猪的数字化平台是怎么帮养殖户的？", stream: true }),
    });
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const events = parseSse(await response.text());
    expect(events[0]?.type).toBe("citations");
    expect(events.at(-1)).toMatchObject({ type: "answer-end", refused: false, mode: "extractive" });
    expect(events.slice(1, -1).every((event) => event.type === "answer-delta")).toBe(true);
  });

  it("rejects bad input with a 400 naming the field, broken JSON with a 400, a huge body with a 413", async () => {
    for (const body of [
      { question: "" },
      { question: "x", k: 0 },
      { question: "x", history: [{ role: "bot", content: "" }] },
    ]) {
      const { status, body: error } = await ask(body);
      expect(status).toBe(400);
      expect(error.error?.code).toBe("bad_request");
    }
    expect((await ask({ question: "x".repeat(2001) })).body.error?.message).toMatch(/question/);
    expect((await ask({ question: "x", domain: "航空航天" })).status).toBe(400);
    const broken = await app.request("/api/ask", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{bad",
    });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toEqual({ error: { code: "bad_request", message: "请求体不是有效的 JSON" } });
    // Messages are Chinese, zod's own included, and a field left out is said to be missing.
    expect((await ask({})).body.error?.message).toBe("question：缺少此字段");
    expect((await ask({ question: 42 })).body.error?.message).toMatch(/^question：无效输入/);
    const form = await app.request("/api/ask", { method: "POST", body: new URLSearchParams({ question: "区块链" }) });
    expect(form.status).toBe(415);
    expect(await form.json()).toMatchObject({ error: { code: "unsupported_media_type" } });
    const huge = await app.request("/api/ask", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ question: "x", history: [{ role: "user", content: "长".repeat(70_000) }] }),
    });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: { code: "payload_too_large" } });
    // A body that states its length, as browsers and HTTP clients send it, is judged by that length.
    const withLength = (body: string) =>
      app.request("/api/ask", {
        method: "POST",
        headers: { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) },
        body,
      });
    const big = JSON.stringify({ question: "x", history: [{ role: "user", content: "长".repeat(30_000) }] });
    expect((await withLength(big)).status).toBe(413);
    expect((await withLength(JSON.stringify({ question: "京东物流仓单融资" }))).status).toBe(200);
  });
});

describe("POST /api/search", () => {
  const search = (body: unknown) =>
    app.request("/api/search", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });

  it("finds a known case first and returns verbatim chunk text", async () => {
    const response = await search({ query: "京东物流那个仓单融资是怎么搞的？", k: 5 });
    const { results } = (await response.json()) as {
      results: Array<{ caseId: string; text: string; section: string; start: number; end: number }>;
    };
    expect(results).toHaveLength(5);
    expect(results[0]?.caseId).toBe("05-01");
    const first = results[0] as (typeof results)[number];
    const section = corpus.cases.find((c) => c.caseId === first.caseId)?.sections.find((s) => s.name === first.section);
    expect(section?.text.slice(first.start, first.end)).toBe(first.text);
  });

  it("filters by domain and validates its input", async () => {
    const response = await search({ query: "数据平台", k: 10, domain: "医疗健康" });
    const { results } = (await response.json()) as { results: Array<{ domain: string }> };
    expect(results.every((result) => result.domain === "医疗健康")).toBe(true);
    for (const body of [{ query: "" }, { query: "x", k: 51 }, { k: 5 }, { query: 42 }]) {
      const bad = await search(body);
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({ error: { code: "bad_request" } });
    }
  });
});

describe("POST /api/ask with nothing to look up", () => {
  it("answers a greeting with how to ask, citing nothing", async () => {
    const response = await app.request("/api/ask", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ question: "你好" }),
    });
    const body = (await response.json()) as Answer;
    expect(body).toMatchObject({ refused: true, citations: [] });
    expect(body.answer).toContain("例如");
  });

  it("counts the book's cases, or a domain's, from the front matter, each case cited by its opening passage", async () => {
    const whole = (await ask({ question: "书里一共有多少个案例？" })).body;
    expect(whole.refused).toBe(false);
    expect(whole.answer).toContain(`共收录 ${corpus.cases.length} 个案例，分属 14 个领域`);
    expect(whole.answer).toContain("金融服务 16 个");
    for (const question of ["金融服务领域有多少个案例？", "书里有几个金融服务的案例"]) {
      const { body } = await ask({ question });
      expect(body.answer, question).toContain("“金融服务”领域共收录 16 个案例");
      expect(new Set(body.citations.map((citation) => citation.caseId)).size).toBe(16);
      expect(body.citations.every((citation) => citation.caseId.startsWith("05-"))).toBe(true);
      expectGrounded(body);
    }
    // A kind of case to count is a question about cases: searched, not counted.
    const { body } = await ask({ question: "有多少个案例用了区块链？" });
    expect(body.answer).not.toContain("共收录");
    expect(body.citations.some((citation) => citation.text.includes("区块链"))).toBe(true);
  });

  it("answers who compiled the book and why from its preface, verbatim, and no more than the preface says", async () => {
    for (const question of ["这本案例集是谁组织编的？", "什么是数据要素×三年行动计划？"]) {
      const { body } = await ask({ question });
      expect(body, question).toMatchObject({ refused: false, citations: [] });
      const quoted = /^案例集的序言写道：“(.+)”$/.exec(body.answer)?.[1] ?? "";
      expect(quoted).toContain("北京市政务服务和数据管理局");
      expect(corpus.preface).toContain(quoted);
    }
    const { body } = await ask({ question: "《“数据要素×”三年行动计划》要求到 2026 年底实现哪些量化目标？" });
    expect(body.refused).toBe(true);
  });

  it("answers a question to the assistant itself with what it does, pointing a request to write at 起草", async () => {
    for (const question of ["你们能帮我写申报材料吗？", "你能做什么？", "这个工具怎么用"]) {
      const { body } = await ask({ question });
      expect(body, question).toMatchObject({ refused: true, citations: [] });
      expect(body.answer).toContain("起草");
    }
    // Asking for cases about writing is a question about the book.
    const { body } = await ask({ question: "用大模型帮我写报告、写合同这类材料的案例有哪些？" });
    expect(body.refused).toBe(false);
    expect(body.citations.length).toBeGreaterThan(0);
  });
});
