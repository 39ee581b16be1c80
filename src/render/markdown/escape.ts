/**
 * Markdown escaping, in one place. Text from the ladder is plain text, so
 * every character that markdown would read as structure is escaped: it
 * renders exactly as written and never breaks a list or a table.
 */
import { stripControl } from "../width.js";

/** Escapes one line of plain text for use inside markdown. */
export function escapeLine(line: string): string {
  return escapeLineEdges(escapeInline(line));
}

/**
 * Escapes plain text for use in the middle of a markdown line: every
 * character markdown reads as inline structure. A piece of a line (a word
 * wrapped in `**`) needs only this; the whole line then needs escapeLineEdges.
 */
export function escapeInline(text: string, cell = false): string {
  // One line: a line break here would start a new heading or paragraph (the loader never lets one through).
  const line = stripControl(text).replace(/\n/g, " ");
  // A URL GitHub links by itself is kept raw: a backslash inside it would show and break the link.
  let out = "";
  let from = 0;
  for (const url of autolinks(line, cell)) {
    const text = line.slice(url.start, url.end);
    const link = line.slice(url.start, url.linkEnd);
    const trail = line.slice(url.linkEnd, url.end);
    out += escapePlain(line.slice(from, url.start));
    // A raw `*`, `_` or `~` after the link could close the emphasis or strikethrough around it (diff's
    // `~~removed~~`, `**added**`): the link is closed explicitly, `<https://...>`, so its trail can be escaped.
    if (url.raw && /[*_~]/.test(trail)) out += /^https?:/i.test(link) && !link.includes(">") ? `<${link}>${escapePlain(trail)}` : unlinked(text);
    // A URL that cannot stay raw is escaped and kept from being linked (`http\:`), so it still reads as written.
    else out += url.raw ? text : unlinked(text);
    from = url.end;
  }
  return out + escapePlain(line.slice(from));
}

/** A URL escaped and kept from being linked (`http\:`), so it still reads as written. */
const unlinked = (text: string) => escapePlain(text).replace(/(https?):/gi, "$1\\:").replace(/(www)\./gi, "$1\\.");

function escapePlain(text: string): string {
  return (
    text
      // `$` too: GitHub reads $...$ as math. `>` means something only at the start of a line.
      .replace(/[\\`*_[\]<|~$]/g, (c) => `\\${c}`)
      .replace(/&(?=#?[a-zA-Z0-9]+;)/g, "&amp;")
  );
}

/**
 * Where GitHub turns a bare URL into a link (GFM autolink literals: `http://`,
 * `https://` or `www.`, a domain without `_` in its last two parts, a path up
 * to a space or `<`, less trailing punctuation). The trailing punctuation is
 * kept raw too, so the link ends where GitHub would. A URL with `&` in its
 * trail or right before a `<` cannot be kept raw: it is escaped and not linked.
 */
function autolinks(line: string, cell: boolean): { start: number; linkEnd: number; end: number; raw: boolean }[] {
  const found: { start: number; linkEnd: number; end: number; raw: boolean }[] = [];
  // A path runs to a space or `<`. In a table cell `|` splits cells before links are read, so it ends a URL here.
  const path = cell ? String.raw`[^\s<|]*` : String.raw`[^\s<]*`;
  const candidate = new RegExp(String.raw`(?<![A-Za-z])https?:\/\/${path}|(?<=^|[\s(*_[\]~])www\.${path}`, "gi");
  for (const m of line.matchAll(candidate)) {
    const run = m[0];
    const body = run.replace(/^(https?:\/\/|www\.)/i, "");
    const linkEnd = run.length - body.length + pathEnd(body);
    const domain = /^(?:[^\s\p{P}\p{S}]|[-._])*/u.exec(run.slice(run.length - body.length, linkEnd))![0];
    const parts = domain.split(".");
    const valid = domain !== "" && !/^[\p{P}\p{S}]/u.test(domain) && !parts.slice(-2).some((p) => p.includes("_"));
    const trail = run.slice(linkEnd);
    if (!valid) continue;
    // Followed by `<`: the backslash escaping it would join the link. A `&name;` trail would be read as a character reference.
    const next = line[m.index + run.length];
    // A `]` before `(` or `[` ends a link on GitHub, but escaping what follows would undo that.
    // After leading spaces (written as &nbsp;, see escapeLineEdges) GitHub does not link `www.`, nor after
    // the <br> that starts a later line of a cell (which cannot be told apart here from the first).
    const indented = /^www/i.test(run) && (m.index > 0 || cell) && /^[ \t]*$/.test(line.slice(0, m.index));
    const raw = !indented && !/[&<|]/.test(trail) && next !== "<" && !(cell && next === "|") && !/\][([]/.test(run);
    found.push({ start: m.index, linkEnd: m.index + linkEnd, end: m.index + run.length, raw });
  }
  return found;
}

/** Where a URL's path ends: before the punctuation at its end (a `)` closing an earlier `(` stays). Linear. */
function pathEnd(body: string): number {
  // The trailing run GitHub treats as punctuation, found from the end.
  let trailStart = body.length;
  while (trailStart > 0) {
    const c = body[trailStart - 1]!;
    if (`!"')*,.:;?_~]`.includes(c)) {
      const entity = c === ";" ? /&[a-zA-Z]+;$/.exec(body.slice(Math.max(0, trailStart - 40), trailStart)) : null;
      trailStart -= entity ? entity[0].length : 1;
    } else break;
  }
  let open = 0;
  let close = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === "(") open++;
    else if (c === ")" && close < open) {
      close++;
      continue;
    }
    if (i >= trailStart) return i;
  }
  return body.length;
}

/** Escapes what only means something at the edges of a line (already escaped inline). */
export function escapeLineEdges(line: string): string {
  // Markers that only mean something at the start of a line.
  let out = line.replace(/^(\s*)([#>=+-])/, "$1\\$2").replace(/^(\s*\d+)([.)])/, "$1\\$2");
  // Leading spaces and tabs (a tab as four) as no-break spaces: they stay visible, never start a code
  // block and never move a list item's text.
  out = out.replace(/^[ \t]+/, (ws) => "&nbsp;".repeat(ws.replace(/\t/g, "    ").length));
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
    .map((line) => escapeLineEdges(escapeInline(line.replace(/\t/g, " "), true)).replace(/^\\([#>=+-])/, "$1"))
    .join("<br>");
}

/** Text inside a fenced code block: only a run of backticks could end it early. */
export function codeSafe(text: string): string {
  return stripControl(text).replace(/`{3,}/g, (m) => m.split("").join("\u200b"));
}
