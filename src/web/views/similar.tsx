import { useState } from "preact/hooks";
import { postJson, type SimilarCase } from "../api.js";
import { DomainPicker } from "../components/domain-picker.js";
import { ErrorMessage } from "../components/error-message.js";
import { caseHref } from "../links.js";

/** 相似案例: describe a project, get the closest precedents with reasons and highlights. */
export function SimilarView() {
  const [text, setText] = useState("");
  const [cases, setCases] = useState<SimilarCase[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  /** The domain the precedents are looked for in; "" for the whole book. */
  const [domain, setDomain] = useState("");

  async function find(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      setCases(
        (await postJson<{ cases: SimilarCase[] }>("/api/similar", { text, k: 5, ...(domain ? { domain } : {}) })).cases,
      );
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="view" aria-labelledby="similar-title">
      <h2 id="similar-title">相似案例</h2>
      <form onSubmit={find} class="stack">
        <label for="project">描述您的项目（背景、做法、数据来源、预期成效）</label>
        <textarea
          id="project"
          rows={6}
          maxLength={5000}
          value={text}
          placeholder="例如：我们是一家区域物流企业，想用仓储和运输数据帮银行给中小经销商做供应链融资……"
          onInput={(event) => setText((event.target as HTMLTextAreaElement).value)}
        />
        <div class="row">
          <DomainPicker value={domain} onChange={setDomain} label="只在这个领域里找先例" />
          <button type="submit" disabled={busy || text.trim().length < 10}>
            {busy ? "查找中…" : "查找先例"}
          </button>
        </div>
      </form>
      <ErrorMessage error={error} />
      {cases && (
        <ol class="cards">
          {cases.map((hit) => (
            <li key={hit.caseId} class="card">
              <h3>
                <a href={caseHref(hit.caseId)}>《{hit.title}》</a>
              </h3>
              <p class="meta">
                {hit.domain} · {hit.applicants.join("、")}
              </p>
              <ul class="reasons">
                {hit.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
              {hit.highlights.map((highlight) => (
                <blockquote key={highlight.text}>
                  <span class="section-name">{highlight.section}</span>
                  {highlight.text}
                </blockquote>
              ))}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
