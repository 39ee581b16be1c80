/**
 * `ladder export --format markdown`: the whole ladder as one GitHub-flavoured
 * document, in reading order: description, shared responsibilities, the
 * levels at a glance, each level in full, growth areas across levels,
 * transitions and notes. Every text verbatim and escaped.
 */
import { factValue } from "../../../core/definitions.js";
import { expectationView } from "../../../core/query.js";
import { describedRef, levelTitle, sectionsFor, tracksOf } from "../../../core/tracks.js";
import type { Ladder, Level } from "../../../core/types.js";
import { escapeCell, escapeLine, escapeText } from "../../markdown/escape.js";
import { describedHeading, expectationItem, factLine, finish, prose, table } from "../../markdown/layout.js";
import { appendLines, factLabels } from "../../parts.js";
import { prosePlain } from "../../text/prose.js";
import { titleList } from "../../../core/names.js";

const trackTitles = (ladder: Ladder, level: Level) => tracksOf(ladder, level).map((t) => t.title).join("; ");

export function ladderMarkdown(ladder: Ladder): string {
  const out = [`# ${escapeLine(ladder.title)}`, ""];
  if (ladder.description) appendLines(out, prose(ladder.description));

  if (ladder.responsibilities.length > 0) {
    out.push("## Responsibilities shared by every level", "");
    for (const r of ladder.responsibilities) out.push(`- ${escapeText(r, "  ")}`);
    out.push("");
  }

  if (ladder.tracks.length > 0) {
    out.push("## Tracks", "");
    for (const track of ladder.tracks) {
      // Its levels in order under each track, so that no heading stands empty (most tracks have no description).
      // A title that repeats across tracks is qualified here too, as in every output.
      const levels = ladder.levels.filter((l) => l.tracks.includes(track.id)).map((l) => levelTitle(ladder, l));
      out.push(...describedHeading(describedRef(track), "###"), `Levels: ${escapeLine(titleList(levels)) || "none"}`, "");
    }
  }
  if (ladder.ratings.length > 0) {
    out.push("## Ratings", "", "From lowest to highest:", "");
    ladder.ratings.forEach((r, i) => out.push(`${i + 1}. **${escapeLine(r.title)}**${r.description ? `: ${escapeText(r.description, "   ")}` : ""}`));
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
        escapeCell(levelTitle(ladder, l)) + (l.summary ? `<br>*${escapeCell(prosePlain(l.summary))}*` : ""),
        ...(hasTracks ? [escapeCell(trackTitles(ladder, l))] : []),
        l.aliases.map(escapeCell).join(", "),
        ...labels.map((label) => {
          const value = factValue(l, label);
          return value === undefined ? "—" : escapeCell(value);
        }),
      ]),
    ),
    "",
  );

  for (const level of ladder.levels) {
    out.push(`## ${escapeLine(levelTitle(ladder, level))}`, "");
    if (level.summary) out.push(...prose(level.summary));
    const facts = level.facts.map((f) => factLine(f.label, f.value));
    if (level.rank !== undefined) facts.unshift(`- **Rank:** ${level.rank}`);
    if (level.tracks.length > 0) facts.unshift(`- **Track${level.tracks.length > 1 ? "s" : ""}:** ${escapeLine(trackTitles(ladder, level))}`);
    facts.unshift(`- **Id:** \`${level.id}\`${level.aliases.length > 0 ? ` (also: ${level.aliases.map(escapeLine).join(", ")})` : ""}`);
    appendLines(out, facts, "");
    for (const section of sectionsFor(ladder, [level])) {
      appendLines(out, describedHeading(describedRef(section), "###"));
      const items = level.expectations[section.id] ?? [];
      if (items.length === 0) out.push("*No expectations at this level.*");
      for (const e of items) out.push(...expectationItem(expectationView(ladder, e)));
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
        if (!entry) return [[escapeCell(levelTitle(ladder, level)), "—"]];
        if (written.has(entry)) return [];
        written.add(entry);
        const names = ladder.levels.filter((l) => entry.levels.includes(l.id)).map((l) => escapeCell(levelTitle(ladder, l)));
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
