/**
 * `ladder export --format markdown`: the whole ladder as one GitHub-flavoured
 * document, in reading order: description, shared responsibilities, the
 * levels at a glance, each level in full, growth areas across levels,
 * transitions and notes. Every text verbatim and escaped.
 */
import type { Ladder, Level } from "../../../core/types.js";
import { escapeCell, escapeLine, escapeText } from "../../markdown/escape.js";
import { factLine, finish, prose, table } from "../../markdown/layout.js";
import { appendLines, factLabels } from "../../parts.js";

const trackOf = (ladder: Ladder, level: Level) => ladder.tracks.find((t) => t.id === level.track);

export function ladderMarkdown(ladder: Ladder): string {
  const out = [`# ${escapeLine(ladder.title)}`, ""];
  if (ladder.description) appendLines(out, prose(ladder.description));

  if (ladder.responsibilities.length > 0) {
    out.push("## Responsibilities shared by every level", "");
    for (const r of ladder.responsibilities) out.push(`- ${escapeText(r, "  ")}`);
    out.push("");
  }

  const hasTracks = ladder.tracks.length > 0;
  const labels = factLabels(ladder.levels);
  out.push("## Levels", "");
  out.push(
    ...table(
      ["#", "Id", "Title", ...(hasTracks ? ["Track"] : []), "Aliases", ...labels.map(escapeCell)],
      ladder.levels.map((l, i) => [
        String(i + 1),
        `\`${l.id}\``,
        escapeCell(l.title) + (l.summary ? `<br>*${escapeCell(l.summary)}*` : ""),
        ...(hasTracks ? [escapeCell(trackOf(ladder, l)?.title ?? "")] : []),
        l.aliases.map(escapeCell).join(", "),
        ...labels.map((label) => {
          const value = l.facts.find((f) => f.label === label)?.value;
          return value === undefined ? "—" : escapeCell(value);
        }),
      ]),
    ),
    "",
  );

  for (const level of ladder.levels) {
    out.push(`## ${escapeLine(level.title)}`, "");
    if (level.summary) out.push(`*${escapeLine(level.summary)}*`, "");
    const facts = level.facts.map((f) => factLine(f.label, f.value));
    const track = trackOf(ladder, level);
    if (track) facts.unshift(`- **Track:** ${escapeLine(track.title)}`);
    facts.unshift(`- **Id:** \`${level.id}\`${level.aliases.length > 0 ? ` (also: ${level.aliases.map(escapeLine).join(", ")})` : ""}`);
    appendLines(out, facts, "");
    for (const section of ladder.sections) {
      out.push(`### ${escapeLine(section.title)}`, "");
      const items = level.expectations[section.id] ?? [];
      if (items.length === 0) out.push("*No expectations at this level.*");
      for (const e of items) out.push(`- ${escapeText(e, "  ")}`);
      out.push("");
    }
  }

  if (ladder.growthAreas.length > 0) {
    out.push("## Growth areas across levels", "");
    for (const area of ladder.growthAreas) {
      out.push(`### ${escapeLine(area.title)}`, "");
      // A shared entry is written once, on the first of its levels, naming them all.
      const written = new Set<object>();
      const rows = ladder.levels.flatMap((level): string[][] => {
        const entry = area.byLevel.find((e) => e.levels.includes(level.id));
        if (!entry) return [[escapeCell(level.title), "—"]];
        if (written.has(entry)) return [];
        written.add(entry);
        const names = ladder.levels.filter((l) => entry.levels.includes(l.id)).map((l) => escapeCell(l.title));
        return [[names.join(", "), escapeCell(entry.text)]];
      });
      appendLines(out, table(["Level", "Entry"], rows), "");
    }
  }

  if (ladder.transitions.length > 0) {
    out.push("## Transitions", "");
    for (const t of ladder.transitions) appendLines(out, `### ${escapeLine(t.title)}`, "", prose(t.text));
  }

  for (const note of ladder.notes) appendLines(out, `## ${escapeLine(note.title)}`, "", prose(note.text));
  return finish(out);
}
