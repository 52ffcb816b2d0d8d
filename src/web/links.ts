/** Hash routes of the web app; the widget links to the same case view on the app's origin. */
export function caseHref(caseId: string, highlight?: { section: string; start: number; end: number }): string {
  if (!highlight) return `#/case/${caseId}`;
  const query = new URLSearchParams({
    section: highlight.section,
    start: String(highlight.start),
    end: String(highlight.end),
  });
  return `#/case/${caseId}?${query}`;
}

export interface Route {
  view: "ask" | "similar" | "draft" | "browse" | "case";
  caseId?: string;
  domainNo?: number;
  highlight?: { section: string; start: number; end: number };
}

/** @example parseRoute("#/case/05-03?section=解决方案&start=0&end=20") */
export function parseRoute(hash: string): Route {
  const [path = "", query = ""] = hash.replace(/^#\/?/, "").split("?");
  const [view, id] = path.split("/");
  const parameters = new URLSearchParams(query);
  if (view === "case" && id) {
    const section = parameters.get("section");
    const start = Number(parameters.get("start"));
    const end = Number(parameters.get("end"));
    return {
      view: "case",
      caseId: id,
      ...(section && Number.isFinite(start) && end > start ? { highlight: { section, start, end } } : {}),
    };
  }
  if (view === "browse") return { view: "browse", ...(id ? { domainNo: Number(id) } : {}) };
  if (view === "similar" || view === "draft") return { view };
  return { view: "ask" };
}
