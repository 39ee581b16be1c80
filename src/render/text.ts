/**
 * The text format: for reading on a terminal. Width-aware (every line fits
 * `width` columns), coloured when the style says so, and verbatim: wrapping
 * only moves line breaks, it never drops or changes a word.
 */
import Table from "cli-table3";
import stringWidth from "string-width";
import type {
  AboutView,
  AreaListView,
  DiffView,
  GrowthAreaView,
  LevelSummary,
  LevelView,
  LevelsView,
  Ref,
  ScopeScale,
  SectionView,
  TransitionView,
} from "../core/views.js";
import type { Style } from "./style.js";
import { displayWidth, padEnd, stripControl, wrap } from "./width.js";
import { barLengths } from "./scale.js";
import { block } from "./text-blocks.js";
import { trackGroups } from "./levels.js";

export interface TextOptions {
  width: number;
  style: Style;
}

const BULLET = "• ";

const clean = stripControl;

function levelHeader(level: LevelSummary, o: TextOptions): string[] {
  const { style } = o;
  const out = block(level.title, o.width, "").map(style.title);
  if (level.summary) out.push(...block(level.summary, o.width, "").map(style.dim));
  const names = [level.id, ...level.aliases].map(clean).join(", ");
  const track = level.track ? ` · track: ${clean(level.track.title)}` : "";
  out.push(...block(`names: ${names}${track}`, o.width, "").map(style.dim));
  for (const fact of level.facts) out.push(...block(fact.value, o.width, "", `${clean(fact.label)}: `).map((l, i) => (i === 0 ? styleLabel(l, fact.label, style) : l)));
  return out;
}

function styleLabel(line: string, label: string, style: Style): string {
  const head = `${clean(label)}:`;
  return line.startsWith(head) ? style.label(head) + line.slice(head.length) : line;
}

function transitionLines(t: TransitionView, o: TextOptions, lead: string): string[] {
  return [...block(`${lead}${t.title}`, o.width, "  ").map(o.style.label), ...block(t.text, o.width, "    ")];
}

export function showText(view: LevelView, o: TextOptions): string {
  const { style } = o;
  const out = levelHeader(view.level, o);
  for (const section of view.sections) {
    out.push("", ...block(section.title, o.width, "").map(style.heading));
    if (section.expectations.length === 0) out.push(...block("(no expectations at this level)", o.width, "  ").map(style.dim));
    for (const e of section.expectations) out.push(...block(e, o.width, "  ", BULLET));
  }
  if (view.growthAreas.length > 0) {
    out.push("", style.heading("Growth areas"));
    for (const area of view.growthAreas) {
      out.push(...block(area.title, o.width, "  ").map(style.label));
      if (area.text === null) out.push(...block("(no entry at this level)", o.width, "    ").map(style.dim));
      else out.push(...block(area.text, o.width, "    "));
      if (area.sharedWith.length > 0) out.push(...block(`(shared with ${area.sharedWith.map((l) => l.title).join(", ")})`, o.width, "    ").map(style.dim));
    }
  }
  const { into, outOf } = view.transitions;
  if (into.length + outOf.length > 0) {
    out.push("", style.heading("Transitions"));
    for (const t of into) out.push(...transitionLines(t, o, "Into this level: "));
    for (const t of outOf) out.push(...transitionLines(t, o, "Out of this level: "));
  }
  return out.join("\n") + "\n";
}

/** Two-column tables need at least this much room per column to stay readable. */
const MIN_COLUMN = 10; // two of them and the borders fit the narrowest layout (MIN_WIDTH, 24)

function table(head: string[], colWidths: number[]): Table.Table {
  return new Table({
    head,
    colWidths,
    wordWrap: false,
    // cli-table3 colours borders and header even when piped; colour is ours to decide.
    style: { head: [], border: [], "padding-left": 1, "padding-right": 1 },
  });
}

/**
 * The width of cell text by what the terminal shows and by what cli-table3
 * measures (string-width 4, which counts most combining marks and zero-width
 * characters as a column): cli-table3 cuts a line it finds wider than its
 * column, so cells are wrapped to fit by both. Printable ASCII is one column
 * a character by either.
 */
const cellWidth = (text: string) => (/^[\x20-\x7e]*$/.test(text) ? text.length : Math.max(displayWidth(text), stringWidth(text)));

/** Wrapped cell content for a column of `width` (padding included). */
function cell(text: string, width: number, first = ""): string {
  return block(text, width - 2, "", first, cellWidth).join("\n");
}

const WIDE_TABLE = 160;

export function diffText(view: DiffView, o: TextOptions): string {
  const { style } = o;
  // 3 border columns; the rest split between the two levels.
  // A very wide terminal gets a table as wide as its longest cell needs, not an ocean of padding.
  // (Up to WIDE_TABLE columns the table simply fills the line, and nothing needs measuring.)
  const longest = o.width <= WIDE_TABLE ? o.width : Math.max(
    displayWidth(view.from.title),
    displayWidth(view.to.title),
    ...view.facts.flatMap((f) => [f.from, f.to].map((v) => (v === null ? 0 : displayWidth(`${f.label}: ${v}`)))),
    ...view.sections.flatMap((s) => [...s.from, ...s.to].map((e) => displayWidth(e) + 2)),
    ...view.growthAreas.flatMap((a) => [a.from, a.to].map((v) => (v === null ? 0 : displayWidth(v)))),
  );
  const usable = Math.min(o.width, 2 * (longest + 2) + 3);
  const column = Math.max(MIN_COLUMN, Math.floor((usable - 3) / 2));
  const widths = [column, usable - 3 - column >= MIN_COLUMN ? usable - 3 - column : column];
  const out: string[] = [];
  out.push(...block(`${view.from.title} → ${view.to.title}`, o.width, "").map(style.title));
  const t = table([cell(view.from.title, widths[0]!), cell(view.to.title, widths[1]!)].map(style.label), widths);
  const span = (text: string) => ({ colSpan: 2, content: style.heading(cell(text, widths[0]! + widths[1]! + 1)) });
  if (view.facts.length > 0) {
    t.push([span("Facts")]);
    for (const fact of view.facts) {
      t.push([fact.from, fact.to].map((v, i) => (v === null ? style.dim(cell("—", widths[i]!)) : cell(v, widths[i]!, `${clean(fact.label)}: `))));
    }
  }
  for (const section of view.sections) {
    t.push([span(section.title)]);
    const rows = Math.max(section.from.length, section.to.length, 1);
    for (let i = 0; i < rows; i++) {
      t.push(
        [section.from, section.to].map((list, side) => {
          const text = list[i];
          if (text !== undefined) return cell(text, widths[side]!, BULLET);
          return i === 0 ? style.dim(cell("(no expectations)", widths[side]!)) : "";
        }),
      );
    }
  }
  if (view.growthAreas.length > 0) {
    for (const area of view.growthAreas) {
      t.push([span(`Growth area: ${area.title}`)]);
      t.push([area.from, area.to].map((text, side) => (text === null ? style.dim(cell("(no entry)", widths[side]!)) : cell(text, widths[side]!))));
    }
  }
  out.push(t.toString());
  if (view.transitions.length > 0) {
    out.push("", style.heading(view.transitions.length === 1 ? "Transition" : "Transitions on the way"));
    view.transitions.forEach((tr, i) => out.push(...transitionLines(tr, o, view.transitions.length > 1 ? `${i + 1}. ` : "")));
  } else {
    out.push("", ...block("No transition in this ladder leads from one of these levels to the other.", o.width, "").map(style.dim));
  }
  return out.join("\n") + "\n";
}

export function areaText(view: GrowthAreaView | SectionView, o: TextOptions): string {
  const { style } = o;
  const out: string[] = [];
  if (view.kind === "growth-area") {
    out.push(...block(view.area.title, o.width, "").map(style.title), ...block("growth area, across levels", o.width, "").map(style.dim));
    for (const entry of view.levels) {
      out.push("", ...block(entry.level.title, o.width, "").map(style.heading));
      if (entry.text === null) out.push(...block("(no entry at this level)", o.width, "  ").map(style.dim));
      else out.push(...block(entry.text, o.width, "  "));
      if (entry.sharedWith.length > 0) out.push(...block(`(shared with ${entry.sharedWith.map((l) => l.title).join(", ")})`, o.width, "  ").map(style.dim));
    }
  } else {
    out.push(...block(view.section.title, o.width, "").map(style.title), ...block("section, across levels", o.width, "").map(style.dim));
    for (const entry of view.levels) {
      out.push("", ...block(entry.level.title, o.width, "").map(style.heading));
      if (entry.expectations.length === 0) out.push(...block("(no expectations at this level)", o.width, "  ").map(style.dim));
      for (const e of entry.expectations) out.push(...block(e, o.width, "  ", BULLET));
    }
  }
  return out.join("\n") + "\n";
}

export function areaListText(view: AreaListView, o: TextOptions): string {
  const { style } = o;
  const out: string[] = [];
  const list = (heading: string, items: { id: string; title: string }[]) => {
    out.push(style.heading(heading));
    if (items.length === 0) out.push(style.dim("  (none)"));
    const idWidth = Math.max(0, ...items.map((i) => displayWidth(clean(i.id))));
    for (const item of items) out.push(...block(item.title, o.width, "  ", padEnd(clean(item.id), idWidth + 2)).map((l, i) => (i === 0 ? `  ${style.accent(padEnd(clean(item.id), idWidth))}${l.slice(2 + idWidth)}` : l)));
  };
  list("Growth areas", view.growthAreas);
  out.push("");
  list("Sections", view.sections);
  out.push("", ...block("Show one across all levels: ladder area <name>", o.width, "").map(style.dim));
  return out.join("\n") + "\n";
}

/**
 * Fits column widths into `total`: shrinks the widest column first, and only
 * below `floor[i]` (the longest unbreakable piece) when nothing else is left.
 */
export function fitColumns(natural: number[], total: number, floor: number[] = [], min = 5): number[] {
  const widths = [...natural];
  let excess = widths.reduce((a, b) => a + b, 0) - total;
  for (const limit of [(i: number) => Math.max(min, floor[i] ?? min), () => min]) {
    while (excess > 0) {
      let pick = -1;
      widths.forEach((w, i) => {
        if (w > limit(i) && (pick < 0 || w - limit(i) > widths[pick]! - limit(pick))) pick = i;
      });
      if (pick < 0) break;
      widths[pick]!--;
      excess--;
    }
  }
  return widths;
}

/** The widest piece of `text` that wrapping cannot break (a word, or a hyphenated word's part). */
function longestPiece(text: string): number {
  return Math.max(0, ...text.split(/[\s]+|(?<=-)/).map((w) => displayWidth(w)));
}

export function levelsText(view: LevelsView, o: TextOptions): string {
  const { style } = o;
  const out = block(view.ladder, o.width, "").map(style.title);
  let number = 0;
  for (const group of trackGroups(view)) {
    if (group.track) out.push("", ...block(`${group.track.title} track`, o.width, "").map(style.heading));
    out.push(...levelsTable(group.levels, number, o));
    if (group.scope.length > 0) out.push("", ...scopeText(group.scope, o));
    number += group.levels.length;
  }
  if (view.roles.length > 0) {
    out.push("", ...block(view.roles.map((r) => `${r.title} (${r.id})`).join(", "), o.width, "", "Roles outside the ladder: ").map((l, i) => (i === 0 ? l.replace("Roles outside the ladder:", style.label("Roles outside the ladder:")) : l)));
  }
  return out.join("\n") + "\n";
}

function levelsTable(levels: LevelSummary[], offset: number, o: TextOptions): string[] {
  const { style } = o;
  const factLabels: string[] = [];
  for (const l of levels) for (const f of l.facts) if (!factLabels.includes(f.label)) factLabels.push(f.label);
  const head = ["#", "Id", "Title", "Aliases", ...factLabels];
  const rows = levels.map((l, i) => [
    String(offset + i + 1),
    l.id,
    l.summary ? `${l.title}\n${l.summary}` : l.title,
    l.aliases.join(", "),
    ...factLabels.map((label) => l.facts.find((f) => f.label === label)?.value ?? "—"),
  ]);
  const natural = head.map((h, c) => 2 + Math.max(displayWidth(h), ...rows.map((r) => Math.max(...r[c]!.split("\n").map((s) => displayWidth(clean(s)))))));
  const floor = head.map((h, c) => 2 + Math.max(longestPiece(h), ...rows.map((r) => longestPiece(clean(r[c]!)))));
  const room = o.width - (head.length + 1);
  if (floor.reduce((a, b) => a + b, 0) > room) return ["", ...levelsStacked(levels, offset, o)];
  const widths = fitColumns(natural, room, floor);
  const t = table(head.map((h, c) => style.label(cell(h, widths[c]!))), widths);
  for (const row of rows) {
    t.push(row.map((value, c) => {
      const lines = value.split("\n").map((part, k) => (k === 0 ? cell(part, widths[c]!) : style.dim(cell(part, widths[c]!))));
      const text = lines.join("\n");
      return c === 1 ? style.accent(text) : text;
    }));
  }
  return [t.toString()];
}

/** `ladder levels` on a terminal too narrow for the table: one block per level. */
function levelsStacked(levels: LevelSummary[], offset: number, o: TextOptions): string[] {
  const { style } = o;
  const out: string[] = [];
  levels.forEach((l, i) => {
    if (i > 0) out.push("");
    out.push(...block(`${l.title} (${l.id})`, o.width, "", `${offset + i + 1}. `).map(style.label));
    if (l.summary) out.push(...block(l.summary, o.width, "   ").map(style.dim));
    if (l.aliases.length > 0) out.push(...block(l.aliases.join(", "), o.width, "   ", "aliases: "));
    for (const f of l.facts) out.push(...block(f.value, o.width, "   ", `${clean(f.label)}: `));
  });
  return out;
}

/** The small picture of how scope grows: one bar per level, on a log scale (sizes grow by multiples). */
export function scopeText(scales: ScopeScale[], o: TextOptions): string[] {
  const { style } = o;
  const out = [style.heading("How scope grows")];
  for (const scale of scales) {
    out.push(...block(scale.label, o.width, "  ").map(style.label));
    const nameWidth = Math.min(Math.max(...scale.levels.map((p) => displayWidth(clean(p.level.title)))), Math.floor(o.width / 3));
    const valueWidth = Math.max(...scale.levels.map((p) => displayWidth(clean(p.value))));
    const inlineRoom = o.width - 4 - nameWidth - 2 - valueWidth - 1;
    // On a narrow terminal the value goes under the bar instead of beside it.
    const inline = inlineRoom >= 4;
    const barRoom = Math.max(1, Math.min(30, inline ? inlineRoom : o.width - 4 - nameWidth - 2));
    const bars = barLengths(scale.levels.map((p) => p.magnitude), barRoom);
    scale.levels.forEach((p, i) => {
      const name = wrap(clean(p.level.title), nameWidth);
      const bar = style.accent("█".repeat(bars[i]!)) + " ".repeat(barRoom - bars[i]!);
      out.push(`    ${padEnd(name[0]!, nameWidth)}  ${bar}${inline ? ` ${clean(p.value)}` : ""}`.trimEnd());
      for (const more of name.slice(1)) out.push(`    ${more}`);
      if (!inline) out.push(...block(p.value, o.width, "      ").map(style.dim));
    });
  }
  return out;
}

export function aboutText(view: AboutView, o: TextOptions): string {
  const { style } = o;
  const out = block(view.ladder, o.width, "").map(style.title);
  if (view.description) out.push("", ...block(view.description, o.width, ""));
  if (view.responsibilities.length > 0) {
    out.push("", ...block("Responsibilities shared by every level", o.width, "").map(style.heading));
    for (const r of view.responsibilities) out.push(...block(r, o.width, "  ", BULLET));
  }
  if (view.levels.length > 0) {
    out.push("", style.heading("Levels"));
    view.levels.forEach((l, i) => out.push(...block(l.title, o.width, "  ", `${i + 1}. `)));
  }
  if (view.transitions.length > 0) {
    out.push("", style.heading("Transitions"));
    for (const t of view.transitions) out.push(...transitionLines(t, o, ""));
  }
  for (const note of view.notes) {
    out.push("", ...block(note.title, o.width, "").map(style.heading));
    note.text.split(/\n\s*\n/).forEach((paragraph, i) => {
      if (i > 0) out.push("");
      out.push(...block(paragraph, o.width, "  "));
    });
  }
  return out.join("\n") + "\n";
}

