/**
 * The site's one stylesheet: light and dark themes from the system setting,
 * a layout that reads on a phone, visible keyboard focus, and a print layout
 * in which a level prints as a clean document. Colour pairs are chosen for
 * WCAG AA contrast (4.5:1 for text) in both themes; changes are never shown
 * by colour alone (<del>/<ins> keep their strike and underline, and a tag
 * names the kind of change).
 */
export const STYLESHEET = `:root {
  color-scheme: light dark;
  --fg: #1c2230; --muted: #515b6e; --bg: #ffffff; --panel: #f3f5f9; --line: #d3d9e3; --accent: #1d4fb8;
  --del-bg: #fde8e8; --del-fg: #8a1010; --ins-bg: #e2f4e5; --ins-fg: #0d5a22; --focus: #1d4fb8;
}
@media (prefers-color-scheme: dark) {
  :root {
    --fg: #e4e8f0; --muted: #a6b0c3; --bg: #14171d; --panel: #1d222b; --line: #363d4b; --accent: #9dbdff;
    --del-bg: #4a1c21; --del-fg: #ffdada; --ins-bg: #163b23; --ins-fg: #cff5d8; --focus: #9dbdff;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif; }
a { color: var(--accent); text-underline-offset: .15em; }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, summary:focus-visible, main:focus-visible, .scroll:focus-visible {
  outline: 3px solid var(--focus); outline-offset: 2px;
}
main:focus:not(:focus-visible) { outline: none; }
.skip { position: absolute; left: .5rem; top: -3rem; background: var(--bg); color: var(--accent); padding: .4rem .8rem; border: 2px solid var(--focus); z-index: 10; }
.skip:focus { top: .5rem; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }

.site-header { display: flex; flex-wrap: wrap; align-items: center; gap: .6rem 1.5rem; padding: .8rem clamp(1rem, 4vw, 2.5rem); border-bottom: 1px solid var(--line); background: var(--panel); }
.brand { font-weight: 700; color: var(--fg); text-decoration: none; }
.site-header nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: .2rem 1rem; margin: 0; padding: 0; }
.site-header nav a { text-decoration: none; padding: .2rem 0; }
.site-header nav a:hover, .site-header nav a[aria-current="page"] { text-decoration: underline; text-decoration-thickness: 2px; }
.site-search { display: flex; gap: .4rem; margin-left: auto; }
input[type="search"], input[type="text"], select, textarea { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--muted); border-radius: 4px; padding: .3rem .5rem; }
button, .button { font: inherit; color: var(--bg); background: var(--accent); border: 1px solid var(--accent); border-radius: 4px; padding: .3rem .8rem; cursor: pointer; text-decoration: none; display: inline-block; }

main { display: block; max-width: 60rem; margin: 0 auto; padding: 1.5rem clamp(1rem, 4vw, 2.5rem) 3rem; }
h1 { font-size: clamp(1.6rem, 4vw, 2.2rem); line-height: 1.2; margin: .4rem 0 .8rem; }
h2 { font-size: 1.35rem; line-height: 1.3; margin: 2.2rem 0 .7rem; padding-bottom: .3rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
p { margin: 0 0 .8em; }
code { font: .9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--panel); border-radius: 3px; padding: 0 .25em; }
.lead { font-size: 1.08rem; }
.crumbs, .meta, .sub, .empty { color: var(--muted); }
.crumbs { font-size: .92rem; margin: 0; }
.empty { font-style: italic; }
.meta, .sub { display: block; font-size: .9rem; }
/* A summary under a level's name sits as close to the facts and links under it as they sit to each other. */
.sub.prose > :last-child { margin-bottom: 0; }
.text { white-space: pre-line; }
.prose { max-width: 44rem; }

.facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: .5rem 1rem; margin: 1rem 0; padding: .8rem 1rem; background: var(--panel); border-radius: 6px; }
.facts dt { font-size: .85rem; color: var(--muted); }
.facts dd { margin: 0; }
.actions { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; }
.expectations { padding-left: 1.6rem; }
.expectations li { margin: 0 0 .45rem; }
.permalink { text-decoration: none; color: var(--muted); padding: 0 .3rem; opacity: .35; }
li:hover > .permalink, .permalink:focus { opacity: 1; }
:target { background: var(--panel); outline: 2px solid var(--line); outline-offset: 2px; }
.rating { display: inline-block; margin-left: .4rem; font-size: .82rem; border: 1px solid var(--muted); border-radius: 4px; padding: 0 .35rem; color: var(--muted); white-space: nowrap; }
ul.examples, ul.links { list-style: none; margin: .2rem 0 .3rem; padding-left: 1rem; font-size: .94rem; }
ul.examples li, ul.links li { margin: 0 0 .15rem; }
.eg { color: var(--muted); font-style: italic; }
ul.links li::before { content: "→ "; color: var(--muted); }
.rating-change { margin-top: .15rem; }
.described div { margin: 0 0 .8rem; }
.described dt { font-weight: 600; }
.described dd { margin: 0; }
.grid th[scope="row"] { width: 4.5rem; }
.areas div { margin: 0 0 .8rem; }
.areas dt { font-weight: 600; }
.areas dd { margin: 0; }
.level-list li { margin: 0 0 .7rem; }
.link-list li { margin: 0 0 .3rem; }
.columns { columns: 2 18rem; }
.transition { border-top: 1px solid var(--line); padding-top: .4rem; }
/* The heading's own rule already sits above the first transition: no second line under it. */
h2 + .transition { border-top: 0; padding-top: 0; }
.transition .ends { color: var(--muted); font-size: .92rem; }

.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: 0 0 1rem; }
th, td { text-align: left; vertical-align: top; border: 1px solid var(--line); padding: .4rem .6rem; }
thead th { background: var(--panel); }
td { font-variant-numeric: tabular-nums; }

del { background: var(--del-bg); color: var(--del-fg); }
ins { background: var(--ins-bg); color: var(--ins-fg); }
/* Screen readers mostly say nothing of <del> and <ins>: inside a changed expectation each run of words is named, for the ear only. */
li.changed del::before, li.changed ins::before { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
li.changed del::before { content: " removed: "; }
li.changed ins::before { content: " added: "; }
.changes { list-style: none; padding: 0; }
.changes li { margin: 0 0 .6rem; }
/* The tag hangs in the margin, so a wrapped text, a rating change and examples line up under the text, not under the tag. */
.changes > li { padding-left: 5.2rem; }
.changes > li > .tag { margin-left: -5.2rem; }
.tag { display: inline-block; min-width: 5.2rem; font-size: .8rem; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); }
details.unchanged { margin: .4rem 0 1rem; }
details.unchanged summary { cursor: pointer; color: var(--muted); }

.picker { display: flex; flex-wrap: wrap; align-items: end; gap: .8rem 1.2rem; padding: 1rem; background: var(--panel); border-radius: 6px; }
.picker label { display: block; font-size: .9rem; }
.search .row { display: flex; gap: .5rem; margin-top: .3rem; }
.search input { flex: 1; min-width: 0; }
#search-status { margin-top: .8rem; }
.results li { margin: 0 0 1rem; }
.results .where { display: block; font-weight: 600; }
mark { background: #ffe58a; color: #1c2230; }

.assessment fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 0 0 1rem; padding: .6rem 1rem .8rem; }
.assessment legend { padding: 0 .3rem; }
.assessment .num { color: var(--muted); }
.choices { display: flex; flex-wrap: wrap; gap: .3rem 1.4rem; margin: .3rem 0 .5rem; }
.choices label { cursor: pointer; }
.assessment .note { display: block; font-size: .88rem; color: var(--muted); }
.assessment textarea { width: 100%; }
.record { border-top: 2px solid var(--line); margin-top: 1.5rem; }
.record h2 { margin-top: .6rem; border: none; }
.buttons { display: flex; flex-wrap: wrap; gap: .6rem; }

.site-footer { border-top: 1px solid var(--line); color: var(--muted); font-size: .88rem; padding: 1rem clamp(1rem, 4vw, 2.5rem); }

@media (max-width: 40rem) {
  .site-search { margin-left: 0; width: 100%; }
  .site-search input { flex: 1; min-width: 0; }
  .tag { display: block; }
  .changes > li { padding-left: 0; }
  .changes > li > .tag { margin-left: 0; }
}

@page { margin: 16mm 14mm; }
@media print {
  :root { --fg: #000; --muted: #444; --bg: #fff; --panel: transparent; --line: #999; --accent: #000; --del-bg: transparent; --del-fg: #000; --ins-bg: transparent; --ins-fg: #000; }
  body { font-size: 10.5pt; line-height: 1.4; }
  .site-header, .site-footer, .skip, .crumbs, .permalink, .actions, .more, .picker, #picker-message, .search, .record, noscript { display: none !important; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  /* On paper a link cannot be followed: print the address of each one that leaves the site. */
  main a[href^="http"]::after, main a[href^="mailto:"]::after { content: " <" attr(href) ">"; font-size: .9em; overflow-wrap: anywhere; }
  h2 { font-size: 13pt; border-bottom-width: 1px; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  li, .transition, fieldset, tr { break-inside: avoid; page-break-inside: avoid; }
  ins { text-decoration: underline; font-weight: 600; }
  .facts { padding: 0; }
}
`;
