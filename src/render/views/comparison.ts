/**
 * Two levels compared, as `diff` prints them and `path` prints each step: a
 * short summary (per section: how many changed, added, removed, same; what
 * is new), then the facts, each section and the growth areas as change lists
 * (changes-list.ts), each headed with the two level names.
 */
import type { LevelComparison, Ref, SectionChanges } from "../../core/views.js";
import { escapeCell, escapeInline, escapeLine } from "../markdown/escape.js";
import { table } from "../markdown/layout.js";
import { block, type TextOptions } from "../text/layout.js";
import { displayWidth, stripControl } from "../width.js";
import { changeListMarkdown, changeListText, MARKS, unlabelled, type ListedChange, type Unchanged } from "./changes-list.js";

export interface ComparisonOptions {
  unchanged: Unchanged;
  /** "down" when the comparison reads from the senior level to the junior: what the second has is then not "new". */
  direction?: "up" | "down" | null;
}

/** Counts of one section. Every expectation of the first level is same, changed or removed, so `same` holds even when --changes-only left the same ones out. */
function counts(section: SectionChanges) {
  const changed = section.changes.filter((c) => c.kind === "changed").length;
  const removed = section.changes.filter((c) => c.kind === "removed").length;
  const added = section.changes.filter((c) => c.kind === "added").length;
  return { changed, added, removed, same: section.from.length - changed - removed };
}

const newAt = (to: Ref, options: ComparisonOptions) => (options.direction === "down" ? `Only at ${to.title}` : `New at ${to.title}`);
const added = (c: LevelComparison) => c.sections.flatMap((s) => s.changes.filter((change) => change.kind === "added").map((change) => change.to!));
const factItems = (c: LevelComparison): ListedChange[] => c.facts.map((f) => ({ change: f.change, label: f.label }));
const areaItems = (c: LevelComparison): ListedChange[] => c.growthAreas.flatMap((a) => (a.change ? [{ change: a.change, label: a.title }] : []));
/** A section neither level fills says nothing; one whose every expectation --changes-only left out has nothing to list. */
const filled = (c: LevelComparison) => c.sections.filter((s) => s.from.length > 0 || s.to.length > 0);
const listed = (c: LevelComparison) => filled(c).filter((s) => s.changes.length > 0);

export function comparisonText(c: LevelComparison, from: Ref, to: Ref, o: TextOptions, options: ComparisonOptions, indent = ""): string[] {
  const { style } = o;
  const out: string[] = [...summaryText(c, to, o, options, indent)];
  const header = (title: string) => ["", ...block(`${title} · ${from.title} → ${to.title}`, o.width, indent).map(style.heading)];
  const inner = `${indent}  `;
  const facts = changeListText(factItems(c), o, inner, options.unchanged);
  if (facts.length > 0) out.push(...header("Facts"), ...facts);
  for (const section of listed(c)) out.push(...header(section.title), ...changeListText(unlabelled(section.changes), o, inner, options.unchanged));
  const areas = changeListText(areaItems(c), o, inner, options.unchanged);
  if (areas.length > 0) out.push(...header("Growth areas"), ...areas);
  return out;
}

/** Per section: the four counts, lined up; then the expectations that are new. */
function summaryText(c: LevelComparison, to: Ref, o: TextOptions, options: ComparisonOptions, indent: string): string[] {
  const { style } = o;
  if (filled(c).length === 0) return [];
  const rows = filled(c).map((s) => ({ title: stripControl(s.title), n: counts(s) }));
  const digits = (key: keyof ReturnType<typeof counts>) => Math.max(...rows.map((r) => String(r.n[key]).length));
  const pad = (r: (typeof rows)[number], key: keyof ReturnType<typeof counts>) => String(r.n[key]).padStart(digits(key));
  const nameWidth = Math.max(...rows.map((r) => displayWidth(r.title)));
  const out = [`${indent}${style.label("Summary")}`];
  for (const r of rows) {
    const line = `${pad(r, "changed")} changed  ${pad(r, "added")} added  ${pad(r, "removed")} removed  ${pad(r, "same")} same`;
    const lead = `${indent}  ${r.title}${" ".repeat(nameWidth - displayWidth(r.title) + 2)}`;
    // Lined up when the row fits; wrapped (which folds runs of spaces) when it does not.
    if (displayWidth(lead + line) <= o.width) out.push(lead + line);
    else out.push(...block(`${r.title}: ${line}`, o.width, `${indent}  `));
  }
  const fresh = added(c);
  if (fresh.length > 0) {
    out.push(...block(`${newAt(to, options)}:`, o.width, indent).map(style.label));
    for (const text of fresh) out.push(...block(text, o.width, `${indent}  `, `${MARKS.added} `).map(style.added));
  }
  return out;
}

/** The same in markdown; `hashes` is the heading level of each part. */
export function comparisonMarkdown(c: LevelComparison, from: Ref, to: Ref, options: ComparisonOptions, hashes = "##"): string[] {
  const out: string[] = [];
  if (filled(c).length > 0) {
    out.push(`${hashes} Summary`, "");
    const rows = filled(c).map((s) => {
      const n = counts(s);
      return [escapeCell(s.title), ...[n.changed, n.added, n.removed, n.same].map(String)];
    });
    out.push(...table(["Section", "changed", "added", "removed", "same"], rows), "");
    const fresh = added(c);
    if (fresh.length > 0) out.push(`**${escapeInline(newAt(to, options))}:**`, "", ...fresh.map((text) => `- ${escapeLine(text)}`), "");
  }
  const header = (title: string) => [`${hashes} ${escapeLine(`${title}: ${from.title} → ${to.title}`)}`, ""];
  const facts = changeListMarkdown(factItems(c), options.unchanged);
  if (facts.length > 0) out.push(...header("Facts"), ...facts, "");
  for (const section of listed(c)) out.push(...header(section.title), ...changeListMarkdown(unlabelled(section.changes), options.unchanged), "");
  const areas = changeListMarkdown(areaItems(c), options.unchanged);
  if (areas.length > 0) out.push(...header("Growth areas"), ...areas, "");
  return out;
}
