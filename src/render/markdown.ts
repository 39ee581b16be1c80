/**
 * The markdown format (GitHub-flavoured): what `ladder show director >> notes.md`
 * appends. Text from the ladder is plain text, so every character that
 * markdown would read as structure is escaped: it renders exactly as written
 * and never breaks a list or a table.
 */
import type {
  AboutView,
  AreaListView,
  DiffView,
  GrowthAreaView,
  LevelSummary,
  LevelView,
  LevelsView,
  SectionView,
  TransitionView,
} from "../core/views.js";
import { displayWidth, padEnd, stripControl } from "./width.js";
import { barLengths } from "./scale.js";
import { trackGroups } from "./levels.js";

/** Escapes one line of plain text for use inside markdown. */
export function escapeLine(line: string): string {
  // One line: a line break here would start a new heading or paragraph (the loader never lets one through).
  let out = stripControl(line)
    .replace(/\n/g, " ")
    // `$` too: GitHub reads $...$ as math.
    .replace(/[\\`*_[\]<>|~$]/g, (c) => `\\${c}`)
    .replace(/&(?=#?[a-zA-Z0-9]+;)/g, "&amp;");
  // Markers that only mean something at the start of a line.
  out = out.replace(/^(\s*)([#>=+-])/, "$1\\$2").replace(/^(\s*\d+)([.)])/, "$1\\$2");
  // Trailing #s would be read as the closing sequence of a heading and dropped.
  out = out.replace(/(^|[ \t])(#+)([ \t]*)$/, "$1\\$2$3");
  return out;
}

/** Plain text (maybe several lines) as markdown; later lines get `indent` so they stay in their list item. */
export function escapeText(text: string, indent = ""): string {
  return text
    .split("\n")
    .map((line, i) => (i === 0 ? escapeLine(line) : line.trim() === "" ? "" : indent + escapeLine(line)))
    .join("\n");
}

/** A table cell: one line, pipes escaped, line breaks as <br>. */
export function escapeCell(text: string): string {
  return text
    .split("\n")
    .map((line) => escapeLine(line.replace(/\t/g, " ")).replace(/^\\([#>=+-])/, "$1"))
    .join("<br>");
}

/** A GitHub table; cells must already be escaped (escapeCell). */
export function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.join(" | ")} |`)];
}

function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n/).flatMap((p, i) => (i === 0 ? [escapeText(p.trim())] : ["", escapeText(p.trim())]));
}

function levelHeading(level: LevelSummary, hashes = "#"): string[] {
  const out = [`${hashes} ${escapeLine(level.title)}`, ""];
  if (level.summary) out.push(`*${escapeLine(level.summary)}*`, "");
  const facts = level.facts.map((f) => `- **${escapeLine(f.label)}:** ${escapeText(f.value, "  ")}`);
  if (level.track) facts.unshift(`- **Track:** ${escapeLine(level.track.title)}`);
  if (facts.length > 0) out.push(...facts, "");
  return out;
}

function transition(t: TransitionView, hashes: string, lead = ""): string[] {
  return [`${hashes} ${lead}${escapeLine(t.title)}`, "", ...paragraphs(t.text), ""];
}

const finish = (lines: string[]) => lines.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";

export function showMarkdown(view: LevelView): string {
  const out = levelHeading(view.level);
  for (const section of view.sections) {
    out.push(`## ${escapeLine(section.title)}`, "");
    if (section.expectations.length === 0) out.push("*No expectations at this level.*");
    for (const e of section.expectations) out.push(`- ${escapeText(e, "  ")}`);
    out.push("");
  }
  if (view.growthAreas.length > 0) {
    out.push("## Growth areas", "");
    for (const area of view.growthAreas) {
      const shared = area.sharedWith.length > 0 ? ` *(shared with ${area.sharedWith.map((l) => escapeLine(l.title)).join(", ")})*` : "";
      out.push(`- **${escapeLine(area.title)}:** ${area.text === null ? "*no entry at this level*" : escapeText(area.text, "  ")}${shared}`);
    }
    out.push("");
  }
  const { into, outOf } = view.transitions;
  if (into.length + outOf.length > 0) {
    out.push("## Transitions", "");
    for (const t of into) out.push(...transition(t, "###", "Into this level: "));
    for (const t of outOf) out.push(...transition(t, "###", "Out of this level: "));
  }
  return finish(out);
}

/** `--checklist`: the expectations as tasks, for 1:1 and promotion notes. */
export function checklistMarkdown(view: LevelView): string {
  const out = [`# ${escapeLine(view.level.title)}: expectations checklist`, ""];
  for (const section of view.sections) {
    out.push(`## ${escapeLine(section.title)}`, "");
    if (section.expectations.length === 0) out.push("*No expectations at this level.*");
    for (const e of section.expectations) out.push(`- [ ] ${escapeText(e, "  ")}`);
    out.push("");
  }
  const areas = view.growthAreas.filter((a) => a.text !== null);
  if (areas.length > 0) {
    out.push("## Growth areas", "");
    for (const area of areas) out.push(`- [ ] **${escapeLine(area.title)}:** ${escapeText(area.text!, "  ")}`);
    out.push("");
  }
  return finish(out);
}

export function diffMarkdown(view: DiffView): string {
  const from = escapeCell(view.from.title);
  const to = escapeCell(view.to.title);
  const out = [`# ${escapeLine(view.from.title)} → ${escapeLine(view.to.title)}`, ""];
  if (view.facts.length > 0) {
    out.push("## Facts", "", ...table(["", from, to], view.facts.map((f) => [escapeCell(f.label), f.from === null ? "—" : escapeCell(f.from), f.to === null ? "—" : escapeCell(f.to)])), "");
  }
  for (const section of view.sections) {
    const rows: string[][] = [];
    const n = Math.max(section.from.length, section.to.length, 1);
    for (let i = 0; i < n; i++) {
      rows.push([section.from, section.to].map((list) => (list[i] !== undefined ? escapeCell(list[i]!) : i === 0 ? "*no expectations*" : "")));
    }
    out.push(`## ${escapeLine(section.title)}`, "", ...table([from, to], rows), "");
  }
  if (view.growthAreas.length > 0) {
    out.push(
      "## Growth areas",
      "",
      ...table(["Area", from, to], view.growthAreas.map((a) => [escapeCell(a.title), a.from === null ? "—" : escapeCell(a.from), a.to === null ? "—" : escapeCell(a.to)])),
      "",
    );
  }
  if (view.transitions.length > 0) {
    out.push(view.transitions.length === 1 ? "## Transition" : "## Transitions on the way", "");
    for (const t of view.transitions) out.push(...transition(t, "###"));
  } else {
    out.push("*No transition in this ladder leads from one of these levels to the other.*");
  }
  return finish(out);
}

export function areaMarkdown(view: GrowthAreaView | SectionView): string {
  const out: string[] = [];
  if (view.kind === "growth-area") {
    out.push(`# ${escapeLine(view.area.title)}`, "", "*Growth area, across levels.*", "");
    for (const entry of view.levels) {
      out.push(`## ${escapeLine(entry.level.title)}`, "");
      out.push(entry.text === null ? "*No entry at this level.*" : escapeText(entry.text));
      if (entry.sharedWith.length > 0) out.push("", `*(shared with ${entry.sharedWith.map((l) => escapeLine(l.title)).join(", ")})*`);
      out.push("");
    }
  } else {
    out.push(`# ${escapeLine(view.section.title)}`, "", "*Section, across levels.*", "");
    for (const entry of view.levels) {
      out.push(`## ${escapeLine(entry.level.title)}`, "");
      if (entry.expectations.length === 0) out.push("*No expectations at this level.*");
      for (const e of entry.expectations) out.push(`- ${escapeText(e, "  ")}`);
      out.push("");
    }
  }
  return finish(out);
}

export function areaListMarkdown(view: AreaListView): string {
  const out = ["## Growth areas", ""];
  for (const a of view.growthAreas) out.push(`- \`${a.id}\`: ${escapeLine(a.title)}`);
  if (view.growthAreas.length === 0) out.push("*None.*");
  out.push("", "## Sections", "");
  for (const s of view.sections) out.push(`- \`${s.id}\`: ${escapeLine(s.title)}`);
  return finish(out);
}

export function levelsMarkdown(view: LevelsView): string {
  const out = [`# ${escapeLine(view.ladder)}`, ""];
  let number = 0;
  for (const group of trackGroups(view)) {
    const sub = group.track ? "###" : "##";
    if (group.track) out.push(`## ${escapeLine(group.track.title)} track`, "");
    const factLabels: string[] = [];
    for (const l of group.levels) for (const f of l.facts) if (!factLabels.includes(f.label)) factLabels.push(f.label);
    out.push(
      ...table(
        ["#", "Id", "Title", "Aliases", ...factLabels.map(escapeCell)],
        group.levels.map((l, i) => [
          String(number + i + 1),
          `\`${l.id}\``,
          escapeCell(l.title) + (l.summary ? `<br>*${escapeCell(l.summary)}*` : ""),
          l.aliases.map(escapeCell).join(", "),
          ...factLabels.map((label) => {
            const value = l.facts.find((f) => f.label === label)?.value;
            return value === undefined ? "—" : escapeCell(value);
          }),
        ]),
      ),
      "",
    );
    number += group.levels.length;
    if (group.scope.length > 0) {
      // The picture is monospace art; a code block keeps it aligned (and nothing in it is markdown).
      out.push(`${sub} How scope grows`, "", "```text");
      for (const scale of group.scope) {
        const names = scale.levels.map((p) => codeSafe(p.level.title));
        const nameWidth = Math.max(...names.map((n) => displayWidth(n)));
        const bars = barLengths(scale.levels.map((p) => p.magnitude), 24);
        out.push(codeSafe(scale.label));
        scale.levels.forEach((p, i) => out.push(`  ${padEnd(names[i]!, nameWidth)}  ${"█".repeat(bars[i]!).padEnd(24)} ${codeSafe(p.value)}`));
      }
      out.push("```", "");
    }
  }
  if (view.roles.length > 0) out.push(`Roles outside the ladder: ${view.roles.map((r) => `${escapeLine(r.title)} (\`${r.id}\`)`).join(", ")}`, "");
  return finish(out);
}

/** Text inside a fenced code block: only a run of backticks could end it early. */
function codeSafe(text: string): string {
  return stripControl(text).replace(/`{3,}/g, (m) => m.split("").join("\u200b"));
}

export function aboutMarkdown(view: AboutView): string {
  const out = [`# ${escapeLine(view.ladder)}`, ""];
  if (view.description) out.push(...paragraphs(view.description), "");
  if (view.responsibilities.length > 0) {
    out.push("## Responsibilities shared by every level", "");
    for (const r of view.responsibilities) out.push(`- ${escapeText(r, "  ")}`);
    out.push("");
  }
  if (view.levels.length > 0) {
    out.push("## Levels", "");
    view.levels.forEach((l, i) => out.push(`${i + 1}. ${escapeLine(l.title)} (\`${l.id}\`)`));
    out.push("");
  }
  if (view.transitions.length > 0) {
    out.push("## Transitions", "");
    for (const t of view.transitions) out.push(...transition(t, "###"));
  }
  for (const note of view.notes) out.push(`## ${escapeLine(note.title)}`, "", ...paragraphs(note.text), "");
  return finish(out);
}
