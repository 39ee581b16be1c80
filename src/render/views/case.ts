/**
 * `ladder case`: a promotion case in markdown, to paste into a document:
 * the transition text as framing, then strengths, growing and gaps (the gaps
 * as `- [ ]` items to work through), each expectation with the answer, note
 * and evidence it has.
 */
import { RATING_LABELS } from "../../core/assessment.js";
import type { CaseItem, CaseView } from "../../core/promotion-case.js";
import { escapeLine, escapeText } from "../markdown/escape.js";
import { finish, prose } from "../markdown/layout.js";
import type { Renderers } from "../present.js";

function evidenceLines(item: CaseItem): string[] {
  const e = item.evidence;
  if (e === null) return [];
  const out: string[] = [];
  if (e.aligned && e.expectation !== item.expectation) out.push(`  - *Answered for:* ${escapeText(e.expectation, "    ")}`);
  if (e.note !== null) out.push(`  - *Note:* ${escapeText(e.note, "    ")}`);
  for (const link of e.links) if (!e.note?.includes(link)) out.push(`  - *Evidence:* <${link.replace(/[<>]/g, encodeURIComponent)}>`);
  return out;
}

/** Items under their section's title, in ladder order. */
function bySection(items: readonly CaseItem[], line: (item: CaseItem) => string[]): string[] {
  const out: string[] = [];
  let section: string | undefined;
  for (const item of items) {
    if (item.section.id !== section) {
      if (section !== undefined) out.push("");
      section = item.section.id;
      out.push(`### ${escapeLine(item.section.title)}`, "");
    }
    out.push(...line(item));
  }
  return [...out, ""];
}

export function caseMarkdown(view: CaseView): string {
  const out = [`# Promotion case: ${escapeLine(view.target.title)}`, ""];
  if (view.from?.for) out.push(`- **For:** ${escapeLine(view.from.for)}`);
  out.push(`- **Target level:** ${escapeLine(view.target.title)} (\`${view.target.id}\`)`, `- **Ladder:** ${escapeLine(view.ladder)}`);
  if (view.from) out.push(`- **From the assessment of:** ${view.from.date}, ${escapeLine(view.from.level.title)} (\`${view.from.file.replace(/`/g, "'")}\`)`);
  else out.push("- **From the assessment of:** *(none yet: fill in the evidence for each expectation)*");
  out.push("");
  if (view.framing.length > 0) {
    out.push("## The step", "");
    for (const t of view.framing) out.push(`### ${escapeLine(t.title)}`, "", ...prose(t.text));
  }
  const answered = (item: CaseItem) => `- ${escapeText(item.expectation, "  ")}${item.evidence ? ` *(${RATING_LABELS[item.evidence.answer]})*` : ""}`;
  if (view.from === null) {
    // The template: every expectation as an item to gather evidence for.
    out.push("## Evidence to gather", "");
    out.push(...bySection(view.gaps, (item) => [`- [ ] ${escapeText(item.expectation, "  ")}`, "  - *Evidence:*"]));
    return finish(out);
  }
  out.push("## Strengths", "");
  out.push(...(view.strengths.length > 0 ? bySection(view.strengths, (item) => [answered(item), ...evidenceLines(item)]) : ["*None yet.*", ""]));
  out.push("## Growing", "");
  out.push(...(view.growing.length > 0 ? bySection(view.growing, (item) => [answered(item), ...evidenceLines(item)]) : ["*Nothing in between.*", ""]));
  out.push("## Gaps", "");
  out.push(
    ...(view.gaps.length > 0
      ? bySection(view.gaps, (item) => [`- [ ] ${escapeText(item.expectation, "  ")} *(${item.evidence ? RATING_LABELS[item.evidence.answer] : "no answer yet"})*`, ...evidenceLines(item)])
      : ["*No gaps: every expectation of the target level has an answer of consistently or sometimes.*", ""]),
  );
  return finish(out);
}

/** A document to paste: markdown (also on a terminal) and JSON. */
export const caseRenderers: Renderers<CaseView> = { markdown: caseMarkdown };
