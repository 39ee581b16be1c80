/**
 * The site's one script (site.js), bundled for the browser by
 * scripts/build.js and loaded by every page as a file, so the
 * Content-Security-Policy can forbid inline code. It reads only the data the
 * page carries in JSON blocks (src/site/data.ts), writes only the page and
 * the browser's storage, and sends nothing anywhere. Three jobs, chosen by
 * the page's data-page: search, the comparison picker and the
 * self-assessment. What they share with the command line (search matching,
 * slugs, record names) is imported from src/core, never copied.
 */
import type { AssessmentData, PickerData, SearchItem } from "../data.js";
import { assess } from "./assess.js";
import { picker } from "./picker.js";
import { search } from "./search.js";

/** The JSON block a page carries for the script (layout.ts dataBlock). */
function data<T>(id: string): T {
  return JSON.parse(document.getElementById(id)?.textContent ?? "null") as T;
}

// "/" moves to the search box, from anywhere but a text field.
document.addEventListener("keydown", (e) => {
  if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
  const t = e.target;
  if (t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement || (t instanceof HTMLElement && t.isContentEditable)) return;
  const box = document.getElementById("search-q") ?? document.getElementById("site-q");
  if (box) {
    e.preventDefault();
    box.focus();
  }
});

// Closed <details> would not print: a printed comparison shows the unchanged expectations too.
window.addEventListener("beforeprint", () => {
  for (const d of document.querySelectorAll("details")) d.open = true;
});

switch (document.body.getAttribute("data-page")) {
  case "search":
    search(data<SearchItem[]>("search-index"));
    break;
  case "picker":
    picker(data<PickerData>("picker-data"));
    break;
  case "assess":
    assess(data<AssessmentData>("assessment-data"));
    break;
}
