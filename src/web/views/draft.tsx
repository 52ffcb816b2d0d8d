import { useState } from "preact/hooks";
import type { Citation } from "../../domain/stream-events.js";
import { download, postJson, type SimilarCase } from "../api.js";
import { CitationCard } from "../components/citation-card.js";
import { ErrorMessage } from "../components/error-message.js";
import { useDomains } from "../use-domains.js";

interface DraftResult {
  draft: {
    title: string;
    domain: string;
    applicants: string[];
    sections: Array<{ name: string; text: string; examples: Citation[] }>;
  };
  precedents: SimilarCase[];
  gaps: Array<{ section: string; message: string }>;
  mode: string;
  degraded?: boolean;
}

/** 起草: notes in, a draft in the book's four sections out, gaps marked, precedents' examples beside each section. */
export function DraftView() {
  const [form, setForm] = useState({ notes: "", title: "", organization: "", domain: "" });
  const domains = useDomains();
  const [result, setResult] = useState<DraftResult | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const field = (name: keyof typeof form) => (event: Event) =>
    setForm((current) => ({ ...current, [name]: (event.target as HTMLInputElement).value }));

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const body = Object.fromEntries(Object.entries(form).filter(([, value]) => value.trim()));
      setResult(await postJson<DraftResult>("/api/draft", body));
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  }

  async function save(format: "md" | "docx") {
    if (!result) return;
    try {
      await download("/api/draft/export", { draft: result.draft, format }, `案例申报稿.${format}`);
    } catch (failure) {
      setError((failure as Error).message);
    }
  }

  return (
    <section class="view" aria-labelledby="draft-title">
      <h2 id="draft-title">起草申报稿</h2>
      <form onSubmit={submit} class="stack">
        <label for="notes">项目笔记（做了什么、用了哪些数据、效果如何）</label>
        <textarea id="notes" rows={8} maxLength={20000} value={form.notes} onInput={field("notes")} />
        <div class="row">
          <label>
            案例名称
            <input value={form.title} maxLength={200} onInput={field("title")} />
          </label>
          <label>
            申报单位
            <input value={form.organization} maxLength={500} onInput={field("organization")} />
          </label>
          <label>
            领域
            <select value={form.domain} onChange={field("domain")}>
              <option value="">（按先例推断）</option>
              {domains.map((domain) => (
                <option key={domain.domainNo} value={domain.domain}>
                  {domain.domain}
                </option>
              ))}
            </select>
          </label>
        </div>
        <button type="submit" disabled={busy || form.notes.trim().length < 10}>
          {busy ? "起草中…" : "生成草稿"}
        </button>
      </form>
      <ErrorMessage error={error} />
      {result && (
        <div class="draft">
          <div class="row">
            <button type="button" onClick={() => save("md")}>
              下载 Markdown
            </button>
            <button type="button" onClick={() => save("docx")}>
              下载 Word
            </button>
          </div>
          {result.degraded && <p class="notice">大模型暂时不可用，以下为按句归类的草稿。</p>}
          <h3>{result.draft.title}</h3>
          <p class="meta">
            {result.draft.domain} · 申报单位：{result.draft.applicants.join("、")}
          </p>
          {result.gaps.length > 0 && (
            <div class="gaps" role="status">
              <h4>需要补充</h4>
              <ul>
                {result.gaps.map((gap) => (
                  <li key={gap.section + gap.message}>
                    {gap.section}：{gap.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {result.draft.sections.map((section) => (
            <div class="draft-section" key={section.name}>
              <div>
                <h4>{section.name}</h4>
                <p>
                  {section.text.split(/(【[^】]*】)/).map((part, i) =>
                    part.startsWith("【") ? (
                      <mark key={i} class="gap">
                        {part}
                      </mark>
                    ) : (
                      part
                    ),
                  )}
                </p>
              </div>
              <aside aria-label={`${section.name}的先例写法`}>
                {section.examples.map((example) => (
                  <CitationCard key={example.id} citation={example} />
                ))}
              </aside>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
