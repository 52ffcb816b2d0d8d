import { apiError } from "./sse-client.js";

export type { SimilarCase } from "../similar/similar-service.js";

/** JSON calls to the app's own API. */
export async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw await apiError(response);
  return (await response.json()) as T;
}

export async function postJson<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw await apiError(response);
  return (await response.json()) as T;
}

/** POSTs and saves the response as a file download. */
export async function download(path: string, body: unknown, filename: string): Promise<void> {
  const response = await fetch(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw await apiError(response);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
}

export interface CaseSummary {
  caseId: string;
  title: string;
  domainNo: number;
  domain: string;
  applicants: string[];
}
export interface CaseDetail extends CaseSummary {
  sections: Array<{ name: string; text: string }>;
}
export interface DomainSummary {
  domainNo: number;
  domain: string;
  intro: string;
  caseCount: number;
}
