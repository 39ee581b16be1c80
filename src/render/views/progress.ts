/** `ladder progress`: what moved between assessment records, as text and markdown (JSON is the report as it is). */
import { RATING_LABELS } from "../../core/assessment.js";
import type { AnswerAt, Movement, ProgressItem, ProgressReport, ProgressView, RecordRef } from "../../core/progress.js";
import { escapeLine, escapeText } from "../markdown/escape.js";
import { finish } from "../markdown/layout.js";
import type { Renderers } from "../present.js";
import { BULLET, block, type TextOptions } from "../text/layout.js";

const GROUPS: { movement: Movement; title: string }[] = [
  { movement: "up", title: "Moved up" },
  { movement: "down", title: "Moved down" },
  { movement: "new", title: "New" },
  { movement: "dropped", title: "No longer asked" },
  { movement: "same", title: "Unchanged" },
];

const who = (r: RecordRef) => (r.for ? ` for ${r.for}` : "");
const recordLine = (r: RecordRef) => `${r.date}, ${r.level.title} (${r.level.id})${who(r)}: ${r.file}`;

/** "sometimes → consistently" */
function moveWords(item: ProgressItem): string {
  const word = (a: AnswerAt | null) => (a ? RATING_LABELS[a.answer] : "");
  if (item.movement === "new") return `new: ${word(item.to)}`;
  if (item.movement === "dropped") return `was ${word(item.from)}`;
  if (item.movement === "same") return word(item.to);
  return `${word(item.from)} → ${word(item.to)}`;
}

function summaryWords(view: ProgressView): string {
  const s = view.summary;
  return `${s.up} up, ${s.down} down, ${s.new} new, ${s.dropped} no longer asked, ${s.same} unchanged`;
}

function changedWords(view: ProgressView): string[] {
  const out: string[] = [];
  if (view.ladderChanged) out.push(`The ladder file changed between the two records: ${view.summary.aligned} expectation${view.summary.aligned === 1 ? " was" : "s were"} matched by the diff alignment (marked "reworded").`);
  else if (view.levelChanged) out.push(`The level changed between the two records: ${view.summary.aligned} expectation${view.summary.aligned === 1 ? " was" : "s were"} matched by the diff alignment (marked "reworded").`);
  return out;
}

function viewText(view: ProgressView, o: TextOptions): string[] {
  const { style, width } = o;
  const out = block(`Progress: ${view.from.date} → ${view.to.date}`, width, "").map(style.title);
  out.push(...block(recordLine(view.from), width, "", "from: ").map(style.dim), ...block(recordLine(view.to), width, "", "to:   ").map(style.dim));
  out.push(...block(summaryWords(view), width, ""));
  for (const line of changedWords(view)) out.push(...block(line, width, "").map(style.dim));
  for (const section of view.sections) {
    out.push("", ...block(section.title, width, "").map(style.heading));
    for (const group of GROUPS) {
      const items = section.items.filter((i) => i.movement === group.movement);
      if (items.length === 0) continue;
      out.push(...block(group.title, width, "  ").map(style.label));
      for (const item of items) {
        out.push(...block(`${item.expectation} (${moveWords(item)})`, width, "    ", BULLET));
        if (item.previously !== null) out.push(...block(item.previously, width, "        ", "reworded, was: ").map(style.dim));
        const notes = [item.from?.note ? `then: ${item.from.note}` : null, item.to?.note ? `now: ${item.to.note}` : null].filter((n) => n !== null);
        for (const note of notes) out.push(...block(note, width, "        ").map(style.dim));
        for (const link of item.to?.links ?? []) if (!item.to?.note?.includes(link)) out.push(...block(link, width, "        ", "evidence: ").map(style.dim));
      }
    }
  }
  return out;
}

export function progressText(report: ProgressReport, o: TextOptions): string {
  return report.comparisons.map((view) => viewText(view, o).join("\n")).join("\n\n") + "\n";
}

function viewMarkdown(view: ProgressView): string[] {
  const out = [`# Progress: ${view.from.date} → ${view.to.date}`, ""];
  out.push(`- **From:** ${escapeLine(recordLine(view.from))}`, `- **To:** ${escapeLine(recordLine(view.to))}`, `- **Moved:** ${summaryWords(view)}`, "");
  for (const line of changedWords(view)) out.push(`*${escapeLine(line)}*`, "");
  for (const section of view.sections) {
    out.push(`## ${escapeLine(section.title)}`, "");
    for (const group of GROUPS) {
      const items = section.items.filter((i) => i.movement === group.movement);
      if (items.length === 0) continue;
      out.push(`### ${group.title}`, "");
      for (const item of items) {
        out.push(`- ${escapeText(item.expectation, "  ")} *(${escapeLine(moveWords(item))})*`);
        if (item.previously !== null) out.push(`  - *Reworded, was:* ${escapeText(item.previously, "    ")}`);
        if (item.from?.note) out.push(`  - *Then:* ${escapeText(item.from.note, "    ")}`);
        if (item.to?.note) out.push(`  - *Now:* ${escapeText(item.to.note, "    ")}`);
        for (const link of item.to?.links ?? []) if (!item.to?.note?.includes(link)) out.push(`  - *Evidence:* <${link.replace(/[<>]/g, encodeURIComponent)}>`);
      }
      out.push("");
    }
  }
  return out;
}

export function progressMarkdown(report: ProgressReport): string {
  return finish(report.comparisons.flatMap((view) => [...viewMarkdown(view), ""]));
}

export const progressRenderers: Renderers<ProgressReport> = { text: progressText, markdown: progressMarkdown };
