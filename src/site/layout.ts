/**
 * The frame every page of the site shares: head (Content-Security-Policy,
 * stylesheet, our one script), a header with the site's navigation and
 * search, landmarks, and where each page lives. All pages sit in one folder,
 * so every link is a plain file name that works from file:// as on any host.
 */
import { escapeHtml } from "../render/views/export/html.js";
import type { Ref } from "../core/views.js";

/** Nothing from any other host; scripts and styles only as files of the site itself (no inline code). */
export const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'";

export const ASSETS = { css: "site.css", js: "site.js" } as const;

/** Ids are slugs (letters, digits, single hyphens), so they are safe in file names, and "--" never occurs inside one. */
export const href = {
  index: "index.html",
  about: "about.html",
  search: "search.html",
  compare: "compare.html",
  level: (id: string) => `level-${id}.html`,
  assess: (id: string) => `assess-${id}.html`,
  area: (id: string) => `area-${id}.html`,
  section: (id: string) => `section-${id}.html`,
  pair: (from: string, to: string) => `compare-${from}--${to}.html`,
};

/** Anchors within pages. An expectation's is its section and 1-based place: `level-em.html#e-leadership-3`. */
export const anchor = {
  expectation: (section: string, index: number) => `e-${section}-${index + 1}`,
  level: (id: string) => `l-${id}`,
  transition: (from: string, to: string) => `t-${from}--${to}`,
  note: (i: number) => `note-${i + 1}`,
};

export type NavItem = "levels" | "compare" | "search" | "about" | null;

export interface PageFrame {
  /** The page's own name; the ladder's title follows it in the window title. */
  title: string;
  ladderTitle: string;
  generator: string;
  /** Tells the script what to set up (search, picker, assessment); absent on pages that need none. */
  script?: "search" | "picker" | "assess";
  current: NavItem;
  main: string;
  /** The search page has its own search form; the header's would be a second one. */
  headerSearch?: boolean;
}

const NAV: [Exclude<NavItem, null>, string, string][] = [
  ["levels", href.index, "Levels"],
  ["compare", href.compare, "Compare"],
  ["search", href.search, "Search"],
  ["about", href.about, "About"],
];

export function page(frame: PageFrame): string {
  const windowTitle = frame.title === frame.ladderTitle ? frame.title : `${frame.title} · ${frame.ladderTitle}`;
  const nav = NAV.map(([item, target, label]) => `<li><a href="${target}"${item === frame.current ? ' aria-current="page"' : ""}>${label}</a></li>`).join("");
  const search =
    frame.headerSearch === false
      ? ""
      : `<form class="site-search" role="search" aria-label="Search the ladder" action="${href.search}" method="get"><label for="site-q" class="sr">Search the ladder</label><input id="site-q" name="q" type="search" placeholder="Search" autocomplete="off"><button type="submit">Search</button></form>\n`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="generator" content="${escapeHtml(frame.generator)}">
<title>${escapeHtml(windowTitle)}</title>
<link rel="stylesheet" href="${ASSETS.css}">
<script src="${ASSETS.js}" defer></script>
</head>
<body${frame.script ? ` data-page="${frame.script}"` : ""}>
<a class="skip" href="#main">Skip to content</a>
<header class="site-header">
<a class="brand" href="${href.index}">${escapeHtml(frame.ladderTitle)}</a>
<nav aria-label="Site"><ul>${nav}</ul></nav>
${search}</header>
<main id="main" tabindex="-1">
${frame.main}
</main>
<footer class="site-footer"><p>Made with ${escapeHtml(frame.generator)}: a static site, nothing loaded from elsewhere.</p></footer>
</body>
</html>
`;
}

/** Data for the script, in a block the browser never runs: `<` is escaped so no text can close the element. */
export function dataBlock(id: string, data: unknown): string {
  const json = JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
  return `<script type="application/json" id="${id}">${json}</script>`;
}

/** A link to a level's page; `level.title` is its display title (core/tracks.ts levelTitle: qualified by its track where titles repeat). */
export const levelLink = (level: Ref) => `<a href="${href.level(level.id)}">${escapeHtml(level.title)}</a>`;
