/**
 * `ladder changes <old> <new>`: what changed between two editions of a
 * ladder. A summary to read in ten seconds, then what changed in the
 * ladder's structure, level by level (the change view of `ladder diff`),
 * in the transitions, and in the ladder's own prose. Markdown is a changelog
 * ready to publish.
 */
import type { ChangeSummary, ChangesSummary, ChangesView, EditionMatch, LevelChanges, MatchCounts, Ref, TransitionChange } from "../../core/views.js";
import { titleList } from "../../core/names.js";
import { escapeLine } from "../markdown/escape.js";
import { finish } from "../markdown/layout.js";
import { stripControl } from "../width.js";
import type { Renderers } from "../present.js";
import { block, type TextOptions } from "../text/layout.js";
import { changeListMarkdown, changeListText, changeMarkdown, unlabelled, type ListedChange, type Unchanged } from "./changes-list.js";

// ---- The summary, in words: shared by both formats ----

/** "3 levels changed, 1 added": the noun after the first count only; counts of 0 left out. */
function counted(singular: string, plural: string, parts: [number, string][]): string | null {
  const shown = parts.filter(([n]) => n > 0);
  if (shown.length === 0) return null;
  return shown.map(([n, verb], i) => (i === 0 ? `${n} ${n === 1 ? singular : plural} ${verb}` : `${n} ${verb}`)).join(", ");
}

const kinds = (s: ChangeSummary, changed = "changed"): [number, string][] => [
  [s.changed, changed],
  [s.added, "added"],
  [s.removed, "removed"],
];
const matches = (m: MatchCounts): [number, string][] => [
  [m.added, "added"],
  [m.removed, "removed"],
  [m.renamed, "renamed"],
  [m.reidentified, "re-identified"],
];

/** Whether the two editions differ at all (within the level asked for, with --level). */
export function hasChanges(s: ChangesSummary): boolean {
  const some = (c: ChangeSummary) => c.changed + c.added + c.removed > 0;
  const moved = (m: MatchCounts) => m.added + m.removed + m.renamed + m.reidentified > 0;
  return (
    s.levels.changed + s.levels.added + s.levels.removed > 0 ||
    [s.transitions, s.responsibilities, s.notes].some(some) ||
    [s.tracks, s.sections, s.growthAreas, s.roles, s.ratings].some(moved) ||
    (s.description !== null && s.description !== "same") ||
    (s.title !== null && s.title !== "same")
  );
}

/** "3 levels changed (1 renamed), 1 added; 14 expectations reworded, 6 added, 2 removed", or null when no level changed. */
export function headline(s: ChangesSummary): string | null {
  const identity = [
    [s.levels.renamed, "renamed"],
    [s.levels.reidentified, "re-identified"],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, verb]) => `${n} ${verb}`);
  const levels = counted("level", "levels", [
    [s.levels.changed, `changed${identity.length > 0 ? ` (${identity.join(", ")})` : ""}`],
    [s.levels.added, "added"],
    [s.levels.removed, "removed"],
  ]);
  // A pair whose text is the same changed by its rating alone: not reworded.
  const expectations = counted("expectation", "expectations", [
    [s.expectations.changed - s.ratingChanged, "reworded"],
    [s.ratingChanged, "rated differently"],
    [s.expectations.added, "added"],
    [s.expectations.removed, "removed"],
  ]);
  if (!levels) return null;
  return expectations ? `${levels}; ${expectations}` : levels;
}

/** What changed in the ladder's structure, in one sentence; null when nothing did. */
export function structureChanges(s: ChangesSummary): string | null {
  const parts = [
    counted("track", "tracks", matches(s.tracks)),
    counted("section", "sections", matches(s.sections)),
    counted("growth area", "growth areas", matches(s.growthAreas)),
    counted("role", "roles", matches(s.roles)),
    counted("rating", "ratings", matches(s.ratings)),
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join("; ") : null;
}

/** Everything else that changed, in one sentence; null when nothing else did. */
export function otherChanges(s: ChangesSummary): string | null {
  const parts = [
    counted("fact", "facts", kinds(s.facts)),
    counted("growth-area entry", "growth-area entries", kinds(s.growthAreaEntries, "reworded")),
    counted("transition", "transitions", kinds(s.transitions)),
    counted("responsibility", "responsibilities", kinds(s.responsibilities, "reworded")),
    counted("note", "notes", kinds(s.notes)),
    s.title && s.title !== "same" ? `the title ${s.title}` : null,
    s.description && s.description !== "same" ? `the description ${s.description}` : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join("; ") : null;
}

function summaryLines(view: ChangesView): string[] {
  if (!hasChanges(view.summary)) return [view.level ? `No changes at ${view.level.title}.` : "No changes."];
  const first = headline(view.summary);
  const structure = structureChanges(view.summary);
  const rest = otherChanges(view.summary);
  return [first && `${first}.`, structure && `Structure: ${structure}.`, rest && `${first ? "Also: " : ""}${rest}.`]
    .filter((l): l is string => l !== null)
    .map(capitalize);
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// ---- How one thing fares, in words ----

const STRUCTURE = [
  ["tracks", "Tracks", "track"],
  ["sections", "Sections", "section"],
  ["growthAreas", "Growth areas", "growth area"],
  ["roles", "Roles", "role"],
  ["ratings", "Ratings", "rating"],
] as const;

/** "Management → People Management (renamed)", "Engineering (new id engineer, was engineering)". */
function matchText(m: EditionMatch): string {
  const from = m.from!;
  const to = m.to!;
  switch (m.status) {
    case "added":
      return `${to.title} (${to.id})`;
    case "removed":
      return `${from.title} (${from.id})`;
    case "renamed":
      return `${from.title} → ${to.title} (renamed; id ${to.id})`;
    case "re-identified": {
      const how = m.matchedBy === "content" ? `matched by content, ${Math.round((m.similarity ?? 0) * 100)}% alike` : "same title";
      return `${from.title === to.title ? to.title : `${from.title} → ${to.title}`} (new id ${to.id}, was ${from.id}; ${how})`;
    }
    default:
      return `${to.title} (${to.id})`;
  }
}

const MATCH_MARKS: Record<EditionMatch["status"], string> = { kept: "= ", renamed: "~ ", "re-identified": "~ ", added: "+ ", removed: "- " };

/** A level's heading: its title and id, and how it came to be (renamed, re-identified, added, removed). */
function levelHeading(l: LevelChanges): string {
  const now = l.to ?? l.from!;
  const name = `${now.title} (${now.id})`;
  switch (l.status) {
    case "added":
      return `${name}: added`;
    case "removed":
      return `${name}: removed`;
    case "renamed":
      return `${name}: renamed from ${l.from!.title}`;
    case "re-identified":
      return l.from!.title === now.title ? `${name}: new id, was ${l.from!.id}` : `${name}: was ${l.from!.title} (${l.from!.id})`;
    default:
      return name;
  }
}


// ---- The lists of changes, shared by both formats ----

/** Unchanged items are in the view only with --all, and then shown in full. */
const unchangedOf = (view: ChangesView): Unchanged => (view.all ? "all" : "count");

/** A level's one-line summary and its facts. */
function aboutItems(level: LevelChanges, view: ChangesView): ListedChange[] {
  const items: ListedChange[] = [];
  if (level.summary && (level.summary.kind !== "same" || view.all)) items.push({ change: level.summary, label: "Summary" });
  return [...items, ...level.facts.map((f) => ({ change: f.change, label: f.label }))];
}

const areaItems = (level: LevelChanges): ListedChange[] => level.growthAreas.flatMap((g) => (g.change ? [{ change: g.change, label: g.title }] : []));

/** Each transition's text under its name; a new title of its own first. */
function transitionItems(view: ChangesView): ListedChange[] {
  return view.transitions.flatMap((t) => {
    const items: ListedChange[] = [];
    if (t.title?.kind === "changed") items.push({ change: t.title, label: null });
    if (t.text.kind !== "same" || view.all) items.push({ change: t.text, label: transitionName(t) });
    return items;
  });
}

/** A transition's name as the new edition gives it (the old one's, when removed). */
function transitionName(t: TransitionChange): string {
  return t.title === null ? `${t.from.title} to ${t.to.title}` : (t.title.to ?? t.title.from!);
}

const noteItems = (view: ChangesView): ListedChange[] => (view.ladderWide?.notes ?? []).map((n) => ({ change: n.change, label: n.title }));

// ---- Text ----

export function changesText(view: ChangesView, o: TextOptions): string {
  const { style } = o;
  const unchanged = unchangedOf(view);
  const out: string[] = [];
  const heading = (text: string) => out.push("", ...block(text, o.width, "").map(style.heading));
  const subheading = (text: string) => out.push(...block(text, o.width, "  ").map(style.label));

  const title = view.level ? `${view.to.ladder}: what changed at ${view.level.title}` : `${view.to.ladder}: what changed`;
  out.push(...block(title, o.width, "").map(style.title));
  out.push(...block(`${view.from.file} → ${view.to.file}`, o.width, "").map(style.dim));
  out.push("", ...summaryLines(view).flatMap((line) => block(line, o.width, "")));

  const wide = view.ladderWide;
  if (wide) {
    for (const [key, title_] of STRUCTURE) {
      if (wide[key].length === 0) continue;
      heading(title_);
      for (const m of wide[key]) {
        const paint = m.status === "added" ? style.added : m.status === "removed" ? style.removed : (line: string) => line;
        out.push(...block(matchText(m), o.width, "  ", MATCH_MARKS[m.status]).map(paint));
      }
    }
  }

  for (const level of view.levels) {
    heading(levelHeading(level));
    if (level.tracks) out.push(...block(trackLine(level.tracks), o.width, "  "));
    if (level.rank) out.push(...block(rankLine(level.rank), o.width, "  "));
    const aliases = [...level.aliases.added.map((a) => `+${a}`), ...level.aliases.removed.map((a) => `-${a}`)];
    if (aliases.length > 0) out.push(...block(`Aliases: ${aliases.join(" ")}`, o.width, "  "));
    out.push(...changeListText(aboutItems(level, view), o, "  ", unchanged));
    for (const section of level.sections) {
      subheading(section.reordered ? `${section.title} (order changed)` : section.title);
      out.push(...changeListText(unlabelled(section.changes), o, "    ", unchanged));
    }
    const areas = changeListText(areaItems(level), o, "    ", unchanged);
    if (areas.length > 0) {
      subheading("Growth areas");
      out.push(...areas);
    }
  }

  const transitions = changeListText(transitionItems(view), o, "  ", unchanged);
  if (transitions.length > 0) {
    heading("Transitions");
    out.push(...transitions);
  }

  if (wide) {
    const prose: [string, ListedChange[]][] = [
      ["Title", wide.title.kind === "same" ? [] : [{ change: wide.title, label: null }]],
      ["Description", wide.description && (wide.description.kind !== "same" || view.all) ? [{ change: wide.description, label: null }] : []],
      ["Responsibilities", unlabelled(wide.responsibilities)],
      ["Notes", noteItems(view)],
    ];
    for (const [name, items] of prose) {
      const lines = tidy(changeListText(items, o, "  ", unchanged));
      if (lines.length === 0) continue;
      heading(name);
      out.push(...lines);
    }
  }
  return out.join("\n") + "\n";
}

/** Prose of several paragraphs keeps the blank lines between them, without their indent, and none at the end. */
function tidy(lines: string[]): string[] {
  const out = lines.map((line) => (line.trim() === "" ? "" : line));
  while (out.at(-1) === "") out.pop();
  return out;
}

// ---- Markdown: a changelog ----

export function changesMarkdown(view: ChangesView): string {
  const unchanged = unchangedOf(view);
  const title = view.level ? `What changed at ${view.level.title}` : `What changed in ${view.to.ladder}`;
  const out = [`# ${escapeLine(title)}`, "", `From ${fileName(view.from.file)} to ${fileName(view.to.file)}.`, ""];
  for (const line of summaryLines(view)) out.push(escapeLine(line), "");
  const list = (lines: string[]) => {
    if (lines.length > 0) out.push(...lines, "");
  };

  const wide = view.ladderWide;
  if (wide && STRUCTURE.some(([key]) => wide[key].length > 0)) {
    out.push("## Structure", "");
    for (const [key, , noun] of STRUCTURE) for (const m of wide[key]) out.push(`- ${matchItem(m, noun)}`);
    out.push("");
  }

  if (view.levels.length > 0 && !view.level) out.push("## Levels", "");
  const hashes = view.level ? "##" : "###";
  for (const level of view.levels) {
    out.push(`${hashes} ${escapeLine(levelHeading(level))}`, "");
    const about: string[] = [];
    if (level.tracks) about.push(`- ${escapeLine(trackLine(level.tracks))}`);
    if (level.rank) about.push(`- ${escapeLine(rankLine(level.rank))}`);
    for (const a of level.aliases.added) about.push(`- Alias added: ${escapeLine(a)}`);
    for (const a of level.aliases.removed) about.push(`- Alias removed: ${escapeLine(a)}`);
    list([...about, ...changeListMarkdown(aboutItems(level, view), unchanged)]);
    for (const section of level.sections) {
      out.push(`${hashes}# ${escapeLine(section.title)}`, "");
      if (section.reordered) out.push("*Order changed.*", "");
      list(changeListMarkdown(unlabelled(section.changes), unchanged));
    }
    const areas = changeListMarkdown(areaItems(level), unchanged);
    if (areas.length > 0) out.push(`${hashes}# Growth areas`, "", ...areas, "");
  }

  const transitions = changeListMarkdown(transitionItems(view), unchanged);
  if (transitions.length > 0) out.push("## Transitions", "", ...transitions, "");

  if (wide) {
    if (wide.title.kind !== "same") out.push("## Title", "", changeMarkdown(wide.title), "");
    if (wide.description && (wide.description.kind !== "same" || view.all)) out.push("## Description", "", changeMarkdown(wide.description), "");
    const responsibilities = changeListMarkdown(unlabelled(wide.responsibilities), unchanged);
    if (responsibilities.length > 0) out.push("## Responsibilities", "", ...responsibilities, "");
    const notes = changeListMarkdown(noteItems(view), unchanged);
    if (notes.length > 0) out.push("## Notes", "", ...notes, "");
  }
  return finish(out);
}

/** A path as code, unless a backtick in it would end the code span early. */
const fileName = (file: string) => (/[`\n]/.test(file) ? escapeLine(file) : `\`${stripControl(file)}\``);

function matchItem(m: EditionMatch, noun: string): string {
  const name = (r: { id: string; title: string }) => `${escapeLine(r.title)} (\`${r.id}\`)`;
  switch (m.status) {
    case "added":
      return `Added ${noun}: ${name(m.to!)}`;
    case "removed":
      return `Removed ${noun}: ${name(m.from!)}`;
    case "renamed":
      return `Renamed ${noun}: ${escapeLine(m.from!.title)} → ${name(m.to!)}`;
    case "re-identified":
      return `Re-identified ${noun}: ${name(m.from!)} → ${name(m.to!)}${m.matchedBy === "content" ? " (matched by content)" : ""}`;
    default:
      return `${capitalize(noun)}: ${name(m.to!)}`;
  }
}

export const changesRenderers: Renderers<ChangesView> = { text: changesText, markdown: changesMarkdown };

/** "Track: A → B", or every track of a shared level: "Tracks: A; B → A". */
function trackLine(tracks: { from: Ref[]; to: Ref[] }): string {
  const titles = (refs: Ref[]) => titleList(refs.map((t) => t.title)) || "none";
  const label = tracks.from.length > 1 || tracks.to.length > 1 ? "Tracks" : "Track";
  return `${label}: ${titles(tracks.from)} → ${titles(tracks.to)}`;
}

/** "Rank: 3 → 4" ("none" where an edition gives the level no rank). */
const rankLine = (rank: { from: number | null; to: number | null }) => `Rank: ${rank.from ?? "none"} → ${rank.to ?? "none"}`;
