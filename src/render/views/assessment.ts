/**
 * The self-assessment report: as markdown for 1:1 and promotion notes (met
 * expectations as `- [x]`, gaps as `- [ ]` with how often they are met and
 * the person's notes, then what to work on next), and as text wrapped to the
 * terminal. Ladder text and notes are plain text and are escaped like every
 * other markdown output.
 */
import { appendLines } from "../parts.js";
import { RATING_LABELS, type AssessedExpectation, type AssessmentView, type RatingCounts } from "../../core/assessment.js";
import { escapeCell, escapeLine, escapeText } from "../markdown/escape.js";
import { finish, transition } from "../markdown/layout.js";
import type { Renderers } from "../present.js";
import { BULLET, block, type TextOptions } from "../text/layout.js";
import { transitionLines } from "../text/prose.js";
import { sharedWithText } from "./show.js";

/** "3 of 5 consistently, 1 sometimes, 1 not yet" (and ", 2 not answered" when some were left out) */
export function countsSentence(c: RatingCounts): string {
  const left = c.unanswered > 0 ? `, ${c.unanswered} not answered` : "";
  return `${c.consistently} of ${c.total} consistently, ${c.sometimes} sometimes, ${c.notYet} not yet${left}`;
}

/** "not yet", or "not answered" */
const howOften = (e: AssessedExpectation) => (e.rating === null ? "not answered" : RATING_LABELS[e.rating]);

export function assessmentMarkdown(view: AssessmentView): string {
  const level = view.level;
  const out = [`# Self-assessment: ${escapeLine(level.title)}`, ""];
  out.push(`- **Level:** ${escapeLine(level.title)} (\`${level.id}\`)`);
  if (level.track) out.push(`- **Track:** ${escapeLine(level.track.title)}`);
  out.push(`- **Ladder:** ${escapeLine(view.ladder)}`, `- **Date:** ${view.date}`, `- **Overall:** ${countsSentence(view.summary)}`, "");

  const t = view.summary;
  // A column for unanswered expectations only when an --answers file left some out.
  const left = t.unanswered > 0;
  out.push("## Summary", "", `| Section | Consistently | Sometimes | Not yet |${left ? " Not answered |" : ""}`, `| --- | --- | --- | --- |${left ? " --- |" : ""}`);
  for (const s of view.sections) {
    const c = s.summary;
    const extra = left ? (c.total === 0 ? " — |" : ` ${c.unanswered} |`) : "";
    out.push(c.total === 0 ? `| ${escapeCell(s.title)} | — | — | — |${extra}` : `| ${escapeCell(s.title)} | ${c.consistently} of ${c.total} | ${c.sometimes} | ${c.notYet} |${extra}`);
  }
  out.push(`| **Total** | **${t.consistently} of ${t.total}** | **${t.sometimes}** | **${t.notYet}** |${left ? ` **${t.unanswered}** |` : ""}`, "");

  for (const s of view.sections) {
    out.push(`## ${escapeLine(s.title)}`, "");
    if (s.expectations.length === 0) {
      out.push("*No expectations at this level.*", "");
      continue;
    }
    out.push(`${countsSentence(s.summary)}.`, "");
    for (const e of s.expectations) {
      const mark = e.met ? "[x]" : "[ ]";
      const how = e.met ? "" : ` *(${howOften(e)})*`;
      out.push(`- ${mark} ${escapeText(e.text, "  ")}${how}`);
      if (e.note !== null) out.push(`  - *Note:* ${escapeText(e.note, "    ")}`);
      for (const link of e.links) if (!e.note?.includes(link)) out.push(`  - *Evidence:* <${link.replace(/[<>]/g, encodeURIComponent)}>`);
    }
    out.push("");
  }

  out.push("## What to work on next", "");
  const gaps = t.sometimes + t.notYet;
  if (left) out.push(`${t.unanswered} expectation${t.unanswered === 1 ? " was" : "s were"} not answered.`, "");
  out.push(gaps === 0 ? (left ? "Every answered expectation is met consistently." : "Every expectation of this level is met consistently.") : `The ${gaps} gap${gaps === 1 ? "" : "s"} above (${t.notYet} not yet, ${t.sometimes} sometimes).`, "");
  if (view.next.growthAreas.length > 0) {
    out.push("### Growth areas at this level", "");
    for (const a of view.next.growthAreas) {
      const shared = a.sharedWith.length > 0 ? ` *${escapeLine(sharedWithText(a.sharedWith))}*` : "";
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

/** The report on a terminal: the same content as the markdown, wrapped to the width, no markup. */
export function assessmentText(view: AssessmentView, o: TextOptions): string {
  const { style, width } = o;
  const t = view.summary;
  const out = block(`Self-assessment: ${view.level.title} (${view.level.id})`, width, "").map(style.title);
  out.push(...block(`${view.ladder} · ${view.date}${view.level.track ? ` · track: ${view.level.track.title}` : ""}`, width, "").map(style.dim));
  out.push(...block(countsSentence(t), width, "", "Overall: "));
  for (const s of view.sections) {
    out.push("", ...block(s.title, width, "").map(style.heading));
    if (s.expectations.length === 0) {
      out.push(...block("(no expectations at this level)", width, "  ").map(style.dim));
      continue;
    }
    out.push(...block(countsSentence(s.summary), width, "  ").map(style.dim));
    for (const e of s.expectations) {
      const mark = e.met ? "[x] " : "[ ] ";
      out.push(...block(e.met ? e.text : `${e.text} (${howOften(e)})`, width, "  ", mark));
      if (e.note !== null) out.push(...block(e.note, width, "      ", "note: ").map(style.dim));
      for (const link of e.links) if (!e.note?.includes(link)) out.push(...block(link, width, "      ", "evidence: ").map(style.dim));
    }
  }
  out.push("", style.heading("What to work on next"));
  const gaps = t.sometimes + t.notYet;
  out.push(...block(gaps === 0 ? "Every answered expectation is met consistently." : `The ${gaps} gap${gaps === 1 ? "" : "s"} above (${t.notYet} not yet, ${t.sometimes} sometimes).`, width, "  "));
  for (const a of view.next.growthAreas) {
    const shared = a.sharedWith.length > 0 ? ` ${sharedWithText(a.sharedWith)}` : "";
    out.push(...block(`${a.text}${shared}`, width, "  ", `${BULLET}${a.title}: `));
  }
  for (const tr of view.next.transitions) out.push("", ...transitionLines(tr, o, "Next: "));
  return out.join("\n") + "\n";
}

/** Text on a terminal, markdown to keep, and JSON (the view as it is). */
export const assessmentRenderers: Renderers<AssessmentView> = { text: assessmentText, markdown: assessmentMarkdown };
