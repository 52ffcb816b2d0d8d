import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { parseRoute } from "./links.js";
import { AskView } from "./views/ask.js";
import { BrowseView, CaseView } from "./views/browse.js";
import { DraftView } from "./views/draft.js";
import { SimilarView } from "./views/similar.js";
import "./styles.css";

const TABS = [
  { view: "ask", label: "问答", href: "#/ask" },
  { view: "similar", label: "相似案例", href: "#/similar" },
  { view: "draft", label: "起草", href: "#/draft" },
  { view: "browse", label: "浏览", href: "#/browse" },
] as const;

function App() {
  const [route, setRoute] = useState(parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    addEventListener("hashchange", onChange);
    return () => removeEventListener("hashchange", onChange);
  }, []);
  const current = route.view === "case" ? "browse" : route.view;
  return (
    <>
      <header class="top">
        <h1>数据要素 × 案例助手</h1>
        <nav aria-label="功能">
          {TABS.map((tab) => (
            <a key={tab.view} href={tab.href} aria-current={current === tab.view ? "page" : undefined}>
              {tab.label}
            </a>
          ))}
        </nav>
      </header>
      <main>
        {/* The ask view stays mounted so a conversation survives a look at a cited case. */}
        <div hidden={route.view !== "ask"}>
          <AskView />
        </div>
        {route.view === "similar" && <SimilarView />}
        {route.view === "draft" && <DraftView />}
        {route.view === "browse" && <BrowseView domainNo={route.domainNo} />}
        {route.view === "case" && route.caseId && <CaseView caseId={route.caseId} highlight={route.highlight} />}
      </main>
      <footer>依据《2024 北京“数据要素 ×”典型案例集》· 回答仅引用案例原文</footer>
    </>
  );
}

render(<App />, document.getElementById("app") as HTMLElement);
