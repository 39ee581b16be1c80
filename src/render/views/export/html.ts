/**
 * `ladder export --format html`: the whole ladder as one standalone page
 * (inline CSS; no scripts, fonts, images or other requests), to read on
 * screen, share, or print to PDF. The heart of it is a matrix of levels by
 * sections and one of growth areas across levels; a multi-track ladder gets
 * one matrix per track. Every text is HTML-escaped and stripped of control
 * characters; nothing is shortened.
 */
import { Marked, type Tokens } from "marked";
import { factValue } from "../../../core/definitions.js";
import { levelTitle, sectionsFor, sectionsOfTrack } from "../../../core/tracks.js";
import type { Expectation, GrowthArea, GrowthAreaEntry, Ladder, Level, Section, Track } from "../../../core/types.js";
import { factLabels } from "../../parts.js";
import { isSafeUrl, PROSE_OPTIONS, proseTokens } from "../../prose.js";
import { stripControl } from "../../width.js";

export interface HtmlOptions {
  /** Named in the footer and the generator meta tag, e.g. "ladder 0.1.0". */
  generator?: string;
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text as HTML: the five special characters escaped, control characters dropped. */
export function escapeHtml(text: string): string {
  return stripControl(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * marked's HTML writer with our rules: raw HTML is shown as text, only web
 * and mail links are links, images are their alt text, and headings inside
 * prose are strong paragraphs (the page's own headings give its outline).
 */
const writer = new Marked({
  ...PROSE_OPTIONS,
  renderer: {
    html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text),
    link({ href, tokens }: Tokens.Link) {
      const inner = this.parser.parseInline(tokens);
      return isSafeUrl(href) ? `<a href="${escapeHtml(href.trim())}">${inner}</a>` : inner;
    },
    image: ({ text }: Tokens.Image) => escapeHtml(text),
    heading({ tokens }: Tokens.Heading) {
      return `<p><strong>${this.parser.parseInline(tokens)}</strong></p>\n`;
    },
  },
});

/** Prose (the markdown subset) as HTML. */
export function prose(text: string): string {
  return (writer.parser(proseTokens(text)) as string).trim();
}

/** Prose under a title (a summary, a section's description), in the title's cell. */
const subProse = (text: string) => `<div class="sub">${prose(text)}</div>`;

/** One line of text that may still hold line breaks (an expectation, an entry). */
const inline = (text: string) => escapeHtml(text.trim()).replace(/\n/g, "<br>");

interface Group {
  track: Track | null;
  levels: Level[];
}

/** Levels by track (in track order), or one group for a single-track ladder. */
function groups(ladder: Ladder): Group[] {
  if (ladder.tracks.length === 0) return [{ track: null, levels: ladder.levels }];
  const out = ladder.tracks.map((track) => ({ track, levels: ladder.levels.filter((l) => l.tracks.includes(track.id)) })).filter((g) => g.levels.length > 0);
  const placed = new Set(out.flatMap((g) => g.levels));
  const rest = ladder.levels.filter((l) => !placed.has(l));
  return rest.length > 0 ? [...out, { track: null, levels: rest }] : out;
}

const levelAnchor = (level: Level) => `level-${level.id}`;

function columnHeads(ladder: Ladder, levels: Level[], corner: string): string {
  const heads = levels.map((l) => {
    const summary = l.summary ? subProse(l.summary) : "";
    return `<th scope="col"><a href="#${levelAnchor(l)}">${escapeHtml(levelTitle(ladder, l))}</a>${summary}</th>`;
  });
  return `<thead><tr><th scope="col" class="corner">${corner}</th>${heads.join("")}</tr></thead>`;
}

function expectationHtml(ladder: Ladder, e: Expectation): string {
  const rating = e.rating === undefined ? "" : ` <span class="rating">${escapeHtml(ladder.ratings.find((r) => r.id === e.rating)?.title ?? e.rating)}</span>`;
  const examples = e.examples.length > 0 ? `<ul class="examples">${e.examples.map((x) => `<li>${inline(x)}</li>`).join("")}</ul>` : "";
  const links = e.links.filter((l) => isSafeUrl(l.url)).map((l) => `<a class="more" href="${escapeHtml(l.url)}">${escapeHtml(l.title ?? l.url)}</a>`).join(" ");
  return `<li>${inline(e.text)}${rating}${examples}${links}</li>`;
}

const sectionHead = (section: Section) =>
  `<th scope="row">${section.group ? `<span class="sub">${escapeHtml(section.group)}</span>` : ""}${escapeHtml(section.title)}${section.description ? subProse(section.description) : ""}</th>`;

function expectationsMatrix(ladder: Ladder, group: Group): string {
  // A track shows the sections it uses, in its own order.
  const sections = group.track ? sectionsOfTrack(ladder, group.track) : sectionsFor(ladder, group.levels);
  const rows = sections.map((section) => {
    const cells = group.levels.map((level) => {
      const items = level.expectations[section.id] ?? [];
      if (items.length === 0) return `<td class="empty">No expectations at this level</td>`;
      return `<td><ul>${items.map((e) => expectationHtml(ladder, e)).join("")}</ul></td>`;
    });
    return `<tr>${sectionHead(section)}${cells.join("")}</tr>`;
  });
  return matrix(group, columnHeads(ladder, group.levels, "Section"), rows);
}

function growthMatrix(ladder: Ladder, group: Group): string {
  const rows = ladder.growthAreas.map((area) => `<tr><th scope="row">${escapeHtml(area.title)}</th>${growthCells(ladder, area, group.levels).join("")}</tr>`);
  return matrix(group, columnHeads(ladder, group.levels, "Growth area"), rows);
}

/** One cell per level; an entry shared by neighbouring levels spans their columns. */
function growthCells(ladder: Ladder, area: GrowthArea, levels: Level[]): string[] {
  const entryOf = (level: Level): GrowthAreaEntry | undefined => area.byLevel.find((e) => e.levels.includes(level.id));
  const cells: string[] = [];
  for (let i = 0; i < levels.length; ) {
    const entry = entryOf(levels[i]!);
    if (!entry) {
      cells.push(`<td class="empty">No entry at this level</td>`);
      i++;
      continue;
    }
    let span = 1;
    while (i + span < levels.length && entryOf(levels[i + span]!) === entry) span++;
    const others = ladder.levels.filter((l) => entry.levels.includes(l.id) && !levels.slice(i, i + span).includes(l));
    const notes: string[] = [];
    if (span > 1) notes.push(`Shared by ${span} levels`);
    if (others.length > 0) notes.push(`Also at ${others.map((l) => escapeHtml(levelTitle(ladder, l))).join("; ")}`);
    const note = notes.length > 0 ? `<span class="shared">${notes.join(" · ")}</span>` : "";
    cells.push(`<td${span > 1 ? ` colspan="${span}" class="span"` : ""}>${inline(entry.text)}${note}</td>`);
    i += span;
  }
  return cells;
}

function matrix(group: Group, head: string, rows: string[]): string {
  const t = group.track;
  const caption = t ? `<h3>${t.group ? `${escapeHtml(t.group)} › ` : ""}${escapeHtml(t.title)} track</h3>\n${t.description ? `<div class="prose">${prose(t.description)}</div>\n` : ""}` : "";
  // The columns' minimum width makes a wide ladder scroll sideways on screen rather than squeeze its text.
  return `${caption}<div class="scroll"><table class="matrix" style="--cols: ${group.levels.length}">\n${head}\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table></div>`;
}

function levelsTable(ladder: Ladder): string {
  const hasTracks = ladder.tracks.length > 0;
  const labels = factLabels(ladder.levels);
  const head = ["#", "Level", ...(hasTracks ? ["Track"] : []), "Names on the command line", ...labels.map(escapeHtml)];
  const rows = ladder.levels.map((l, i) => {
    const tracks = ladder.tracks.filter((t) => l.tracks.includes(t.id));
    const cells = [
      `<td class="num">${i + 1}</td>`,
      `<th scope="row"><span class="level-title">${escapeHtml(levelTitle(ladder, l))}</span>${l.summary ? subProse(l.summary) : ""}</th>`,
      ...(hasTracks ? [`<td>${tracks.map((t) => escapeHtml(t.title)).join("; ")}</td>`] : []),
      `<td><code>${escapeHtml(l.id)}</code>${l.aliases.map((a) => `, <code>${escapeHtml(a)}</code>`).join("")}</td>`,
      ...labels.map((label) => {
        const value = factValue(l, label);
        return value !== undefined ? `<td>${inline(value)}</td>` : `<td class="empty">—</td>`;
      }),
    ];
    return `<tr id="${levelAnchor(l)}">${cells.join("")}</tr>`;
  });
  return `<div class="scroll"><table class="levels">\n<thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join("")}</tr></thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table></div>`;
}

function positionTitle(ladder: Ladder, id: string): string {
  const level = ladder.levels.find((l) => l.id === id);
  return level ? levelTitle(ladder, level) : ladder.roles.find((r) => r.id === id)?.title ?? id;
}

export function ladderHtml(ladder: Ladder, options: HtmlOptions = {}): string {
  const generator = options.generator ?? "ladder";
  const parts = groups(ladder);
  const toc: [string, string][] = [];
  const body: string[] = [];
  const section = (id: string, title: string, content: string) => {
    toc.push([id, title]);
    body.push(`<section id="${id}">\n<h2>${escapeHtml(title)}</h2>\n${content}\n</section>`);
  };

  if (ladder.responsibilities.length > 0) {
    // A long list reads better in two columns; two items side by side would look like a table.
    const columns = ladder.responsibilities.length > 5 ? ` class="columns"` : "";
    section("responsibilities", "Responsibilities shared by every level", `<ul${columns}>\n${ladder.responsibilities.map((r) => `<li>${inline(r)}</li>`).join("\n")}\n</ul>`);
  }
  if (ladder.ratings.length > 0) {
    // The scale the rating badges of the matrix come from, in order, as the markdown export lists it.
    const items = ladder.ratings.map((r) => `<li><strong>${escapeHtml(r.title)}</strong>${r.description ? `: ${inline(r.description)}` : ""}</li>`);
    section("ratings", "Ratings", `<p>From lowest to highest:</p>\n<ol>\n${items.join("\n")}\n</ol>`);
  }
  section("levels", "Levels", levelsTable(ladder));
  section("expectations", "Expectations by level", parts.map((g) => expectationsMatrix(ladder, g)).join("\n"));
  if (ladder.growthAreas.length > 0) section("growth-areas", "Growth areas across levels", parts.map((g) => growthMatrix(ladder, g)).join("\n"));
  if (ladder.transitions.length > 0) {
    const items = ladder.transitions.map((t) => {
      const from = positionTitle(ladder, t.from);
      const to = positionTitle(ladder, t.to);
      // A title derived from the two ends already names them.
      const ends = t.title === `${from} to ${to}` ? "" : `<p class="ends">${escapeHtml(from)} <span aria-hidden="true">→</span><span class="sr"> to </span> ${escapeHtml(to)}</p>\n`;
      return `<article class="transition">\n<h3>${escapeHtml(t.title)}</h3>\n${ends}${prose(t.text)}\n</article>`;
    });
    section("transitions", "Transitions", `<div class="transitions">\n${items.join("\n")}\n</div>`);
  }
  ladder.notes.forEach((note, i) => section(`note-${i + 1}`, note.title, `<div class="prose">\n${prose(note.text)}\n</div>`));

  const nav = `<nav class="toc" aria-label="Contents"><ol>${toc.map(([id, title]) => `<li><a href="#${id}">${escapeHtml(title)}</a></li>`).join("")}</ol></nav>`;
  return `<!doctype html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(generator)}">
<title>${escapeHtml(ladder.title)}</title>
<style>
${CSS}
</style>
</head>
<body>
<div class="page">
<header>
<h1>${escapeHtml(ladder.title)}</h1>
${ladder.description ? `<div class="prose lead">\n${prose(ladder.description)}\n</div>\n` : ""}${nav}
</header>
<main>
${body.join("\n")}
</main>
<footer>Exported with ${escapeHtml(generator)}.</footer>
</div>
</body>
</html>
`;
}

const CSS = `:root {
  color-scheme: light dark;
  --fg: #1c2230; --muted: #5c667a; --bg: #ffffff; --panel: #f4f6fa; --line: #d8dde6;
  --accent: #2452b8; --head: #eef1f7; --span: #f7f9fc;
}
@media (prefers-color-scheme: dark) {
  :root { --fg: #e4e8f0; --muted: #9aa4b8; --bg: #14171d; --panel: #1b1f27; --line: #323846; --accent: #8fb0ff; --head: #1f242e; --span: #191d24; }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--fg);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Noto Sans CJK JP", "Hiragino Sans", "Microsoft YaHei", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji";
  font-feature-settings: "kern", "liga";
}
.page { max-width: 1680px; margin: 0 auto; padding: 2.5rem clamp(1rem, 3vw, 3rem) 4rem; }
h1 { font-size: clamp(1.8rem, 3vw, 2.4rem); line-height: 1.15; letter-spacing: -0.015em; margin: 0 0 1rem; }
h2 { font-size: 1.5rem; line-height: 1.25; margin: 3rem 0 1rem; padding-bottom: .35rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.1rem; line-height: 1.3; margin: 1.6rem 0 .6rem; }
p { margin: 0 0 .8em; }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
code { font: .88em/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--panel); border-radius: 4px; padding: .05em .3em; }
.prose { max-width: 46rem; }
.lead { font-size: 1.08rem; color: var(--fg); }
.toc { margin: 1.5rem 0 0; padding: .8rem 1rem; background: var(--panel); border-radius: 8px; display: inline-block; }
.toc ol { margin: 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: .3rem 1.4rem; }
.toc li { white-space: nowrap; }
ul.columns { columns: 2 22rem; column-gap: 3rem; padding-left: 1.2rem; margin: 0; }
ul.columns li { break-inside: avoid; margin: 0 0 .35rem; }
.scroll { overflow-x: auto; margin: 0 0 1.5rem; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
th, td { text-align: left; vertical-align: top; border: 1px solid var(--line); padding: .55rem .7rem; overflow-wrap: break-word; }
thead th { background: var(--head); font-weight: 600; }
tbody th { font-weight: 600; }
.levels th[scope=row] { min-width: 13rem; }
.levels td.num { color: var(--muted); width: 2.5rem; text-align: right; }
.level-title { display: block; }
.sub { display: block; font-weight: 400; font-size: .88em; color: var(--muted); margin-top: .15rem; }
.sub p, .sub ul, .sub ol { margin: 0; }
.matrix { table-layout: fixed; min-width: calc(11rem + var(--cols, 4) * 14rem); }
.matrix thead th { vertical-align: bottom; }
.matrix thead th.corner { width: 11rem; color: var(--muted); font-weight: 500; }
.matrix tbody th { background: var(--panel); }
.matrix ul { margin: 0; padding-left: 1.1rem; }
.matrix li { margin: 0; }
.matrix li + li { margin-top: .45rem; }
.matrix td.span { background: var(--span); }
.matrix ul.examples { margin-top: .3rem; font-size: .9em; color: var(--muted); list-style: circle; }
.rating { display: inline-block; font-size: .8em; border: 1px solid var(--line); border-radius: 4px; padding: 0 .3em; color: var(--muted); }
a.more { display: block; font-size: .85em; }
td.empty { color: var(--muted); font-style: italic; }
.shared { display: block; margin-top: .4em; font-size: .85em; color: var(--muted); }
.transitions { display: grid; grid-template-columns: repeat(auto-fill, minmax(24rem, 1fr)); gap: 1rem; }
.transition { border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.2rem .4rem; background: var(--bg); }
.transition h3 { margin: 0 0 .5rem; }
.transition .ends { color: var(--muted); font-size: .9em; margin: -.3rem 0 .6em; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
footer { margin-top: 4rem; padding-top: 1rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .85em; }

@page { size: A4 landscape; margin: 12mm 11mm 14mm; }
@media print {
  :root { --fg: #000; --muted: #444; --bg: #fff; --panel: transparent; --line: #9a9a9a; --head: transparent; --span: transparent; --accent: #000; }
  body { font-size: 9.5pt; line-height: 1.4; background: none; print-color-adjust: economy; -webkit-print-color-adjust: economy; }
  .page { max-width: none; padding: 0; }
  h1 { font-size: 18pt; }
  h2 { font-size: 13pt; margin: 0 0 8pt; border-bottom-width: 1px; }
  h3 { font-size: 11pt; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  .toc { display: none; }
  a { color: inherit; }
  code { background: none; padding: 0; }
  /* Visible, and a hair narrower than the page so the outer borders are not clipped. */
  .scroll { overflow: visible; padding: 0 1px; }
  table { font-size: 8.5pt; }
  th, td { padding: 4pt 5pt; }
  .matrix { min-width: 0; }
  thead { display: table-header-group; }
  tr, li, .transition { break-inside: avoid; page-break-inside: avoid; }
  section { margin-top: 14pt; }
  #expectations, #growth-areas, #transitions { break-before: page; page-break-before: always; }
  .transitions { display: block; }
  .transition { border: none; border-top: 1px solid var(--line); border-radius: 0; padding: 6pt 0 0; margin: 0 0 8pt; }
  .transition:first-child { border-top: none; padding-top: 0; }
  footer { margin-top: 16pt; }
}`;
