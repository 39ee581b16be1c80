/** Building blocks of the markdown format (GitHub-flavoured), shared by every view. */
import type { DescribedRef, ExpectationView, TransitionView } from "../../core/views.js";
import { proseMarkdown } from "../prose.js";
import { escapeLine, escapeText } from "./escape.js";

/** A GitHub table; cells must already be escaped (escapeCell). */
export function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.join(" | ")} |`)];
}

/** Prose (a markdown subset) as written, raw HTML escaped, followed by a blank line. */
export function prose(text: string): string[] {
  return [proseMarkdown(text).trim(), ""];
}

/** A track's or section's title, after its group where it has one ("Results › Impact"). */
export const groupedTitle = (x: { title: string; group: string | null }) => escapeLine(x.group ? `${x.group} › ${x.title}` : x.title);

/** A heading for a track or section, and its description under it. */
export function describedHeading(x: DescribedRef, hashes: string): string[] {
  return [`${hashes} ${groupedTitle(x)}`, "", ...(x.description ? prose(x.description) : [])];
}

/** An expectation as a list item (`- ` or `- [ ] `), its rating after it, its examples and links nested under it. */
export function expectationItem(e: ExpectationView, marker = "- "): string[] {
  const out = [`${marker}${escapeText(e.text, "  ")}${e.rating ? ` *(${escapeLine(e.rating.title)})*` : ""}`];
  for (const example of e.examples) out.push(`  - *e.g.* ${escapeText(example, "    ")}`);
  for (const link of e.links) out.push(`  - [${escapeLine(link.title ?? link.url)}](<${link.url.replace(/[<>\s]/g, encodeURIComponent)}>)`);
  return out;
}

/** `- **Label:** value`, a fact of a level. */
export function factLine(label: string, value: string): string {
  return `- **${escapeLine(label)}:** ${escapeText(value, "  ")}`;
}

/** The document: one blank line between blocks, one line break at the end. */
export const finish = (lines: string[]) => lines.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";

/** A transition: its title as a heading, then its text. */
export function transition(t: TransitionView, hashes: string, lead = ""): string[] {
  return [`${hashes} ${lead}${escapeLine(t.title)}`, "", ...prose(t.text)];
}
