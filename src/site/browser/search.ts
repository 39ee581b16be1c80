/**
 * The search page: the texts of the page's search index that match the query
 * of its address (`search.html?q=WORDS`), matched by core/match.ts, the rules
 * of `ladder search`, and listed in its order under its locations.
 */
import { matchFields, queryWords, type Span } from "../../core/match.js";
import type { SearchMatch } from "../../core/search-views.js";
import type { SearchItem } from "../data.js";

export function search(items: SearchItem[]): void {
  const box = document.getElementById("search-q") as HTMLInputElement;
  const status = document.getElementById("search-status")!;
  const list = document.getElementById("search-results")!;
  const query = new URLSearchParams(location.search).get("q") ?? "";
  box.value = query;
  if (query.trim() === "") {
    box.focus();
    return;
  }
  const words = queryWords(query);
  const hits: { item: SearchItem; matches: SearchMatch[] }[] = [];
  for (const item of items) {
    const fields = item.title === null ? [{ field: "text" as const, text: item.text }] : [{ field: "title" as const, text: item.title }, { field: "text" as const, text: item.text }];
    const matches = matchFields(fields, query, words);
    if (matches.length > 0) hits.push({ item, matches });
  }
  document.title = `Search: ${query} · ${document.title.replace(/^Search · /, "")}`;
  status.textContent =
    hits.length === 0 ? `Nothing contains “${query}”.` : `Found “${query}” in ${hits.length} ${hits.length === 1 ? "place" : "places"}.`;
  for (const { item, matches } of hits) {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.className = "where";
    a.href = item.href;
    a.textContent = item.location;
    li.append(a);
    const inTitle = matches.filter((m) => m.field === "title");
    if (item.title !== null && inTitle.length > 0) li.append(marked(item.title, inTitle, "meta"));
    li.append(marked(item.text, matches.filter((m) => m.field === "text"), "text"));
    list.append(li);
  }
}

/** The text with each match in a <mark>. */
function marked(text: string, matches: readonly Span[], className: string): HTMLSpanElement {
  const span = document.createElement("span");
  span.className = className;
  let at = 0;
  for (const m of matches) {
    const mark = document.createElement("mark");
    mark.textContent = text.slice(m.start, m.end);
    span.append(text.slice(at, m.start), mark);
    at = m.end;
  }
  span.append(text.slice(at));
  return span;
}
