/**
 * The embeddable chat widget: `<script src="https://HOST/widget.js" data-key="KEY" data-title="案例助手" async>`;
 * `data-domain="金融服务"` keeps its answers to one domain of the book.
 * It adds a floating button and a chat panel inside a Shadow DOM (no style leaks either way), streams answers over
 * SSE from the server the script came from, and shows citation cards that link to that server's case view. All
 * corpus and model text is inserted as text, never as HTML.
 */
import type { Citation } from "../domain/stream-events.js";
import { askStream } from "../web/sse-client.js";
import { WIDGET_CSS } from "./widget-css.js";

const script = document.currentScript as HTMLScriptElement | null;
const origin = script?.src ? new URL(script.src).origin : location.origin;
const key = script?.dataset.key ?? "";
const title = script?.dataset.title || "案例助手";
/** The one domain the site's answers come from (a name or number, as the API's `domain`), if the site says. */
const domain = script?.dataset.domain?.trim() || undefined;
const session = sessionId();

function sessionId(): string {
  const name = "data-elements-widget-session";
  try {
    const existing = sessionStorage.getItem(name);
    if (existing) return existing;
    const created = crypto.randomUUID();
    sessionStorage.setItem(name, created);
    return created;
  } catch {
    return crypto.randomUUID();
  }
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  text?: string,
) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

const host = element("div", { "data-elements-widget": "" });
const root = host.attachShadow({ mode: "open" });
const style = element("style");
style.textContent = WIDGET_CSS;
const launcher = element(
  "button",
  { class: "launcher", "aria-expanded": "false", "aria-controls": "panel", "aria-label": `打开${title}` },
  "问",
);
const panel = element("section", { id: "panel", class: "panel", role: "dialog", "aria-label": title, hidden: "" });
const header = element("header");
const heading = element("h2", {}, title);
const close = element("button", { class: "close", "aria-label": "关闭" }, "×");
header.append(heading, close);
const log = element("div", { class: "log", "aria-live": "polite" });
const form = element("form");
const label = element("label", { for: "q", class: "hidden" }, "问题");
const input = element("textarea", {
  id: "q",
  rows: "2",
  maxlength: "2000",
  placeholder: "问问《2024 北京“数据要素 ×”典型案例集》",
});
const send = element("button", { type: "submit" }, "发送");
form.append(label, input, send);
panel.append(header, log, form);
root.append(style, launcher, panel);
document.body.append(host);

const history: Array<{ role: "user" | "assistant"; content: string }> = [];
let busy = false;

function toggle(open: boolean) {
  panel.hidden = !open;
  launcher.setAttribute("aria-expanded", String(open));
  if (open) input.focus();
  else launcher.focus();
}
launcher.addEventListener("click", () => toggle(panel.hidden));
close.addEventListener("click", () => toggle(false));
panel.addEventListener("keydown", (event) => {
  if (event.key === "Escape") toggle(false);
});
input.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    form.requestSubmit();
  }
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  const question = input.value.trim();
  if (question && !busy) void ask(question);
});

function caseLink(citation: Citation): string {
  const start = citation.start + (citation.quote?.start ?? 0);
  const end = citation.start + (citation.quote?.end ?? citation.text.length);
  const query = new URLSearchParams({ section: citation.section, start: String(start), end: String(end) });
  return `${origin}/#/case/${citation.caseId}?${query}`;
}

/** Answer text with `[n]` markers as links to the citation cards below it. */
function renderAnswer(target: HTMLElement, text: string, citations: Citation[], turn: number) {
  target.replaceChildren();
  const ids = new Set(citations.map((citation) => citation.id));
  for (const part of text.split(/(\[\d+\])/)) {
    const id = /^\[(\d+)\]$/.test(part) ? Number(part.slice(1, -1)) : undefined;
    if (id !== undefined && ids.has(id)) {
      target.append(
        element("a", { class: "marker", href: `#w${turn}-c${id}`, "aria-label": `引用 ${id}` }, String(id)),
      );
    } else target.append(document.createTextNode(part));
  }
}

function renderCitations(target: HTMLElement, citations: Citation[], turn: number) {
  target.replaceChildren(
    ...citations.map((citation) => {
      const card = element("article", { class: "card", id: `w${turn}-c${citation.id}` });
      const link = element(
        "a",
        { href: caseLink(citation), target: "_blank", rel: "noopener" },
        `${citation.id}. 《${citation.caseTitle}》· ${citation.section}`,
      );
      const quote = element(
        "blockquote",
        {},
        citation.quote ? citation.text.slice(citation.quote.start, citation.quote.end) : citation.text.slice(0, 160),
      );
      card.append(link, quote);
      return card;
    }),
  );
}

let turns = 0;
async function ask(question: string) {
  busy = true;
  send.disabled = true;
  const turn = ++turns;
  log.append(element("p", { class: "q" }, question));
  const answer = element("div", { class: "a", "aria-busy": "true" }, "…");
  const cards = element("div", { class: "cards" });
  log.append(answer, cards);
  input.value = "";
  let text = "";
  let citations: Citation[] = [];
  try {
    for await (const event of askStream(
      origin,
      { question, history: history.slice(-20), ...(domain ? { domain } : {}) },
      { "x-widget-key": key, "x-widget-session": session },
    )) {
      if (event.type === "citations" || event.type === "answer-reset") {
        citations = event.citations;
        if (event.type === "answer-reset") text = "";
      } else if (event.type === "answer-delta") text += event.text;
      else if (event.type === "error") throw new Error(event.message);
      else if (event.type === "answer-end" && event.refused) answer.classList.add("refused");
      renderAnswer(answer, text || "…", citations, turn);
      log.scrollTop = log.scrollHeight;
    }
    renderCitations(cards, citations, turn);
    history.push({ role: "user", content: question }, { role: "assistant", content: text });
  } catch (error) {
    // A refused cross-origin call has no CORS headers, so the browser reports only a network error.
    answer.textContent =
      error instanceof TypeError
        ? "无法连接案例助手服务：此网站可能未被授权使用，或网络不可用。"
        : (error as Error).message || "出错了，请稍后再试";
    answer.setAttribute("role", "alert");
  } finally {
    answer.setAttribute("aria-busy", "false");
    busy = false;
    send.disabled = false;
    input.focus();
  }
}
