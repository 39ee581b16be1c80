/** `ladder export`: the whole ladder as one document, in each of its formats (no text view: it is a document to keep). */
import type { Ladder } from "../../../core/types.js";
import type { Renderers } from "../../present.js";
import { ladderCsv } from "./csv.js";
import { ladderHtml } from "./html.js";
import { ladderJson } from "./json.js";
import { ladderMarkdown } from "./markdown.js";

/** `generator` names the program in the HTML page, e.g. "ladder 0.1.0". */
export function exportRenderers(generator: string): Renderers<Ladder> {
  return { markdown: ladderMarkdown, html: (ladder) => ladderHtml(ladder, { generator }), json: ladderJson, csv: ladderCsv };
}
