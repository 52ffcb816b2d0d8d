import { useEffect, useState } from "preact/hooks";
import { type CaseDetail, type CaseSummary, getJson } from "../api.js";
import { caseHref } from "../links.js";
import { useDomains } from "../use-domains.js";

/** 浏览: domains → cases. */
export function BrowseView(props: { domainNo?: number | undefined }) {
  const domains = useDomains();
  const [cases, setCases] = useState<CaseSummary[]>([]);
  useEffect(() => {
    if (props.domainNo)
      getJson<{ cases: CaseSummary[] }>(`/api/cases?domain=${props.domainNo}`).then(
        (body) => setCases(body.cases),
        () => {},
      );
  }, [props.domainNo]);
  const domain = domains.find((d) => d.domainNo === props.domainNo);
  return (
    <section class="view" aria-labelledby="browse-title">
      <h2 id="browse-title">{domain ? `浏览 · ${domain.domain}` : "浏览"}</h2>
      {!domain && (
        <ul class="domains">
          {domains.map((d) => (
            <li key={d.domainNo}>
              <a href={`#/browse/${d.domainNo}`}>
                {d.domain} <span class="count">{d.caseCount} 个案例</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      {domain && (
        <>
          <p class="intro">{domain.intro}</p>
          <p>
            <a href="#/browse">← 全部领域</a>
          </p>
          <ol class="case-list">
            {cases.map((item) => (
              <li key={item.caseId}>
                <a href={caseHref(item.caseId)}>{item.title}</a>
                <span class="meta">{item.applicants.join("、")}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

/** One case, with a cited passage highlighted and scrolled into view. */
export function CaseView(props: {
  caseId: string;
  highlight?: { section: string; start: number; end: number } | undefined;
}) {
  const [item, setItem] = useState<CaseDetail | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    setItem(undefined);
    getJson<CaseDetail>(`/api/cases/${encodeURIComponent(props.caseId)}`).then(setItem, (failure: Error) =>
      setError(failure.message),
    );
  }, [props.caseId]);
  useEffect(() => {
    if (item) document.getElementById("highlight")?.scrollIntoView({ block: "center" });
  }, [item, props.highlight]);
  if (error)
    return (
      <p class="error" role="alert">
        {error}
      </p>
    );
  if (!item) return <p aria-busy="true">加载中…</p>;
  const { highlight } = props;
  return (
    <article class="view case" aria-labelledby="case-title">
      <p class="meta">
        <a href={`#/browse/${item.domainNo}`}>{item.domain}</a> · {item.caseId}
      </p>
      <h2 id="case-title">{item.title}</h2>
      <p class="meta">申报单位：{item.applicants.join("、")}</p>
      {item.sections.map((section) => (
        <section key={section.name}>
          <h3>{section.name}</h3>
          <div class="section-text">
            {highlight && highlight.section === section.name ? (
              <>
                {section.text.slice(0, highlight.start)}
                <mark id="highlight">{section.text.slice(highlight.start, highlight.end)}</mark>
                {section.text.slice(highlight.end)}
              </>
            ) : (
              section.text
            )}
          </div>
        </section>
      ))}
    </article>
  );
}
