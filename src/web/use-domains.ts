import { useEffect, useState } from "preact/hooks";
import { type DomainSummary, getJson } from "./api.js";

/** The book's fourteen domains, for a view's domain picker: empty until they arrive (and if they cannot be loaded). */
export function useDomains(): DomainSummary[] {
  const [domains, setDomains] = useState<DomainSummary[]>([]);
  useEffect(() => {
    getJson<{ domains: DomainSummary[] }>("/api/domains").then(
      (body) => setDomains(body.domains),
      () => {},
    );
  }, []);
  return domains;
}
