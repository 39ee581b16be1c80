/** `ladder levels`: every level in order, with its names and facts, and how scope grows. */
import { factValue } from "../../core/definitions.js";
import type { DescribedRef, LevelSummary, LevelsView, RankGrid, ScopeScale } from "../../core/views.js";
import { codeSafe, escapeCell, escapeLine } from "../markdown/escape.js";
import { finish, groupedTitle as groupedTitleMarkdown, prose, table as markdownTable } from "../markdown/layout.js";
import { titleList } from "../../core/names.js";
import { appendLines, factLabels } from "../parts.js";
import type { Renderers } from "../present.js";
import { block, factLead, groupedTitle, widest, type TextOptions } from "../text/layout.js";
import { proseLines, prosePlain } from "../text/prose.js";
import { cell, fitColumns, listCell, longestPiece, shareColumns, table } from "../text/table.js";
import { displayWidth, padEnd, stripControl, wrap } from "../width.js";

/** Levels grouped by track (one group without a track for a single-track ladder), in ladder order. */
export function trackGroups(view: LevelsView): { track: DescribedRef | null; levels: LevelSummary[]; scope: ScopeScale[] }[] {
  if (view.tracks.length === 0) return [{ track: null, levels: view.levels, scope: view.scope }];
  return view.tracks.map((track) => ({
    track,
    levels: view.levels.filter((l) => l.tracks.some((t) => t.id === track.id)),
    scope: view.scope.filter((s) => s.track?.id === track.id),
  }));
}

/** Bar lengths for the scope picture, on a log scale: team sizes and horizons grow by multiples. */
export function barLengths(magnitudes: number[], room: number): number[] {
  const logs = magnitudes.map((m) => Math.log(Math.max(m, 1e-3)));
  const lo = logs.reduce((a, b) => Math.min(a, b), Infinity);
  const hi = logs.reduce((a, b) => Math.max(a, b), -Infinity);
  if (hi === lo) return magnitudes.map(() => room);
  return logs.map((l) => 1 + Math.round(((l - lo) / (hi - lo)) * (room - 1)));
}

export function levelsText(view: LevelsView, o: TextOptions): string {
  const { style } = o;
  const out = block(view.ladder, o.width, "").map(style.title);
  const numberOf = levelNumbers(view);
  for (const group of trackGroups(view)) {
    if (group.track) {
      appendLines(out, "", block(`${groupedTitle(group.track)} track`, o.width, "").map(style.heading));
      if (group.track.description) appendLines(out, proseLines(group.track.description, o).map(style.dim));
    }
    appendLines(out, levelsTable(group.levels, numberOf, o));
    if (group.scope.length > 0) appendLines(out, "", scopeText(group.scope, o));
  }
  if (view.grid) out.push("", ...gridText(view.grid, o));
  if (view.roles.length > 0) {
    appendLines(out, "", block(view.roles.map((r) => `${r.title} (${r.id})`).join(", "), o.width, "", "Roles outside the ladder: ").map((l, i) => (i === 0 ? l.replace("Roles outside the ladder:", style.label("Roles outside the ladder:")) : l)));
  }
  return out.join("\n") + "\n";
}

/** Levels of equal rank side by side: a row per rank, a column per track. */
function gridText(grid: RankGrid, o: TextOptions): string[] {
  const { style } = o;
  const head = ["Rank", ...grid.tracks.map((t) => t.title)];
  const rows = grid.rows.map((r) => [String(r.rank), ...r.cells.map((levels) => levels.map((l) => l.title).join("\n"))]);
  const natural = head.map((h, c) => 2 + Math.max(displayWidth(stripControl(h)), ...rows.flatMap((r) => r[c]!.split("\n").map((x) => displayWidth(stripControl(x))))));
  const room = o.width - (head.length + 1);
  const out = [style.heading("Levels by rank")];
  if (head.length * 6 > room) {
    for (const r of grid.rows) out.push(...block(grid.tracks.map((t, i) => `${t.title}: ${titleList(r.cells[i]!.map((l) => l.title)) || "—"}`).join(" · "), o.width, "  ", `${r.rank}. `));
    return out;
  }
  const widths = fitColumns(natural, room, head.map(() => 5));
  const t = table(head.map((h, c) => style.label(cell(h, widths[c]!))), widths);
  for (const row of rows) t.push(row.map((value, c) => (value === "" ? style.dim(cell("—", widths[c]!)) : value.split("\n").map((v) => cell(v, widths[c]!)).join("\n"))));
  out.push(t.toString());
  return out;
}

/**
 * Each level's number: its place in the ladder, so that a level several
 * tracks share has the same number in each track's table.
 */
function levelNumbers(view: LevelsView): (level: LevelSummary) => number {
  const numbers = new Map(view.levels.map((l, i) => [l.id, i + 1]));
  return (level) => numbers.get(level.id)!;
}

function levelsTable(levels: LevelSummary[], numberOf: (level: LevelSummary) => number, o: TextOptions): string[] {
  const { style } = o;
  const labels = factLabels(levels);
  // The id leads the names, as in `ladder show`; each name is kept whole (no break at its hyphens).
  const head = ["#", "Level", "Names", ...labels];
  const names = levels.map((l) => [l.id, ...l.aliases].map(stripControl));
  const rows = levels.map((l, i) => [
    String(numberOf(l)),
    // The summary in brackets on its own line: apart from the title even without colour.
    l.summary ? `${l.title}\n(${prosePlain(l.summary)})` : l.title,
    names[i]!.join(", "),
    ...labels.map((label) => factValue(l, label) ?? "—"),
  ]);
  const natural = head.map((h, c) => 2 + Math.max(displayWidth(h), widest(rows.flatMap((r) => r[c]!.split("\n")), (s) => displayWidth(stripControl(s)))));
  const floor = head.map((h, c) =>
    2 + Math.max(longestPiece(h), c === 2 ? widest(names.flat(), (n) => displayWidth(n) + 1) : widest(rows.map((r) => stripControl(r[c]!)), longestPiece)),
  );
  const room = o.width - (head.length + 1);
  const layout = (c: number, w: number, r: number) => (c === 2 ? listCell(names[r]!, w) : rows[r]![c]!.split("\n").map((part) => cell(part, w)).join("\n"));
  const widths = shareColumns(natural, floor, room, (c, w) => rows.map((_, r) => layout(c, w, r).split("\n").length));
  if (!widths) return ["", ...levelsStacked(levels, numberOf, o)];
  const t = table(head.map((h, c) => style.label(cell(h, widths[c]!))), widths);
  rows.forEach((row, r) => {
    t.push(
      row.map((value, c) => {
        if (c === 2) {
          const [id, ...rest] = layout(c, widths[c]!, r).split("\n");
          // The id in the accent colour, the aliases plain.
          return [id!.replace(names[r]![0]!, style.accent(names[r]![0]!)), ...rest].join("\n");
        }
        return value
          .split("\n")
          .map((part, k) => (k === 0 ? cell(part, widths[c]!) : style.dim(cell(part, widths[c]!))))
          .join("\n");
      }),
    );
  });
  return [t.toString()];
}

/** `ladder levels` on a terminal too narrow for the table: one block per level. */
function levelsStacked(levels: LevelSummary[], numberOf: (level: LevelSummary) => number, o: TextOptions): string[] {
  const { style } = o;
  const out: string[] = [];
  levels.forEach((l, i) => {
    if (i > 0) out.push("");
    appendLines(out, block(`${l.title} (${l.id})`, o.width, "", `${numberOf(l)}. `).map(style.label));
    if (l.summary) appendLines(out, proseLines(l.summary, o, "   ").map(style.dim));
    if (l.aliases.length > 0) appendLines(out, block(l.aliases.join(", "), o.width, "   ", "aliases: "));
    for (const f of l.facts) appendLines(out, block(f.value, o.width, "   ", factLead(f.label)));
  });
  return out;
}

/** The small picture of how scope grows: one bar per level, on a log scale (sizes grow by multiples). */
export function scopeText(scales: ScopeScale[], o: TextOptions): string[] {
  const { style } = o;
  const out = [style.heading("How scope grows")];
  for (const scale of scales) {
    appendLines(out, block(scale.label, o.width, "  ").map(style.label));
    const nameWidth = Math.min(widest(scale.levels.map((p) => stripControl(p.level.title))), Math.floor(o.width / 3));
    const valueWidth = widest(scale.levels.map((p) => stripControl(p.value)));
    const inlineRoom = o.width - 4 - nameWidth - 2 - valueWidth - 1;
    // On a narrow terminal the value goes under the bar instead of beside it.
    const inline = inlineRoom >= 4;
    const barRoom = Math.max(1, Math.min(30, inline ? inlineRoom : o.width - 4 - nameWidth - 2));
    const bars = barLengths(scale.levels.map((p) => p.magnitude), barRoom);
    scale.levels.forEach((p, i) => {
      const name = wrap(stripControl(p.level.title), nameWidth);
      const bar = style.accent("█".repeat(bars[i]!)) + " ".repeat(barRoom - bars[i]!);
      out.push(`    ${padEnd(name[0]!, nameWidth)}  ${bar}${inline ? ` ${stripControl(p.value)}` : ""}`.trimEnd());
      for (const more of name.slice(1)) out.push(`    ${more}`);
      if (!inline) appendLines(out, block(p.value, o.width, "      ").map(style.dim));
    });
  }
  return out;
}

export function levelsMarkdown(view: LevelsView): string {
  const out = [`# ${escapeLine(view.ladder)}`, ""];
  const numberOf = levelNumbers(view);
  for (const group of trackGroups(view)) {
    const sub = group.track ? "###" : "##";
    if (group.track) {
      out.push(`## ${groupedTitleMarkdown(group.track)} track`, "");
      if (group.track.description) out.push(...prose(group.track.description));
    }
    const labels = factLabels(group.levels);
    out.push(
      ...markdownTable(
        ["#", "Id", "Title", "Aliases", ...labels.map(escapeCell)],
        group.levels.map((l) => [
          String(numberOf(l)),
          `\`${l.id}\``,
          // A cell cannot hold the summary's markdown (lists, paragraphs): its plain reading, in italics.
          escapeCell(l.title) + (l.summary ? `<br>*${escapeCell(prosePlain(l.summary))}*` : ""),
          l.aliases.map(escapeCell).join(", "),
          ...labels.map((label) => {
            const value = factValue(l, label);
            return value === undefined ? "—" : escapeCell(value);
          }),
        ]),
      ),
      "",
    );
    if (group.scope.length > 0) {
      // The picture is monospace art; a code block keeps it aligned (and nothing in it is markdown).
      out.push(`${sub} How scope grows`, "", "```text");
      for (const scale of group.scope) {
        const names = scale.levels.map((p) => codeSafe(p.level.title));
        const nameWidth = widest(names);
        const bars = barLengths(scale.levels.map((p) => p.magnitude), 24);
        out.push(codeSafe(scale.label));
        scale.levels.forEach((p, i) => out.push(`  ${padEnd(names[i]!, nameWidth)}  ${"█".repeat(bars[i]!).padEnd(24)} ${codeSafe(p.value)}`));
      }
      out.push("```", "");
    }
  }
  if (view.grid) {
    out.push("## Levels by rank", "");
    out.push(...markdownTable(["Rank", ...view.grid.tracks.map((t) => escapeCell(t.title))], view.grid.rows.map((r) => [String(r.rank), ...r.cells.map((levels) => levels.map((l) => escapeCell(l.title)).join("<br>") || "—")])), "");
  }
  if (view.roles.length > 0) out.push(`Roles outside the ladder: ${view.roles.map((r) => `${escapeLine(r.title)} (\`${r.id}\`)`).join(", ")}`, "");
  return finish(out);
}


export const levelsRenderers: Renderers<LevelsView> = { text: levelsText, markdown: levelsMarkdown };
