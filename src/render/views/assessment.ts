/**
 * The self-assessment report as markdown, for 1:1 and promotion notes: met
 * expectations as `- [x]`, gaps as `- [ ]` with how often they are met and
 * the person's notes, then what to work on next. Ladder text and notes are
 * plain text and are escaped like every other markdown output.
 */
import { appendLines } from "../parts.js";
import { RATING_LABELS, type AssessmentView, type RatingCounts } from "../../core/assessment.js";
import { escapeCell, escapeLine, escapeText } from "../markdown/escape.js";
import { finish, transition } from "../markdown/layout.js";
import type { Renderers } from "../present.js";

/** "3 of 5 consistently, 1 sometimes, 1 not yet" */
export function countsSentence(c: RatingCounts): string {
  return `${c.consistently} of ${c.total} consistently, ${c.sometimes} sometimes, ${c.notYet} not yet`;
}

export function assessmentMarkdown(view: AssessmentView): string {
  const level = view.level;
  const out = [`# Self-assessment: ${escapeLine(level.title)}`, ""];
  out.push(`- **Level:** ${escapeLine(level.title)} (\`${level.id}\`)`);
  if (level.track) out.push(`- **Track:** ${escapeLine(level.track.title)}`);
  out.push(`- **Ladder:** ${escapeLine(view.ladder)}`, `- **Date:** ${view.date}`, `- **Overall:** ${countsSentence(view.summary)}`, "");

  out.push("## Summary", "", "| Section | Consistently | Sometimes | Not yet |", "| --- | --- | --- | --- |");
  for (const s of view.sections) {
    const c = s.summary;
    out.push(c.total === 0 ? `| ${escapeCell(s.title)} | — | — | — |` : `| ${escapeCell(s.title)} | ${c.consistently} of ${c.total} | ${c.sometimes} | ${c.notYet} |`);
  }
  const t = view.summary;
  out.push(`| **Total** | **${t.consistently} of ${t.total}** | **${t.sometimes}** | **${t.notYet}** |`, "");

  for (const s of view.sections) {
    out.push(`## ${escapeLine(s.title)}`, "");
    if (s.expectations.length === 0) {
      out.push("*No expectations at this level.*", "");
      continue;
    }
    out.push(`${countsSentence(s.summary)}.`, "");
    for (const e of s.expectations) {
      const mark = e.met ? "[x]" : "[ ]";
      const how = e.met ? "" : ` *(${RATING_LABELS[e.rating]})*`;
      out.push(`- ${mark} ${escapeText(e.text, "  ")}${how}`);
      if (e.note !== null) out.push(`  - *Note:* ${escapeText(e.note, "    ")}`);
    }
    out.push("");
  }

  out.push("## What to work on next", "");
  const gaps = t.sometimes + t.notYet;
  out.push(gaps === 0 ? "Every expectation of this level is met consistently." : `The ${gaps} gap${gaps === 1 ? "" : "s"} above (${t.notYet} not yet, ${t.sometimes} sometimes).`, "");
  if (view.next.growthAreas.length > 0) {
    out.push("### Growth areas at this level", "");
    for (const a of view.next.growthAreas) {
      const shared = a.sharedWith.length > 0 ? ` *(shared with ${a.sharedWith.map((l) => escapeLine(l.title)).join(", ")})*` : "";
      out.push(`- **${escapeLine(a.title)}:** ${escapeText(a.text, "  ")}${shared}`);
    }
    out.push("");
  }
  if (view.next.transitions.length === 0) {
    out.push("*No transition in this ladder leads on from this level.*", "");
  }
  for (const tr of view.next.transitions) appendLines(out, transition(tr, "###", "Next: "));
  return finish(out);
}

/** The report is markdown (and JSON); it has no text form of its own. */
export const assessmentRenderers: Renderers<AssessmentView> = { markdown: assessmentMarkdown };
