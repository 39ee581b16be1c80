/**
 * The pages of the site, each a pure function of the ladder to the HTML of
 * its <main>. Every ladder text goes through escapeHtml (render/export-html);
 * expectations are printed whole, line breaks kept by the stylesheet.
 */
import { questionsFor, RATINGS, RATING_LABELS } from "../core/assessment.js";
import { about as aboutView, areaAcrossLevels, expectationView, levelsOfTrack, listLevels, showLevel } from "../core/query.js";
import { paragraphsOf } from "../core/definitions.js";
import { growthAreaLocation } from "../core/search.js";
import { levelRef, levelTitle, tracksOf } from "../core/tracks.js";
import type { GrowthArea, Ladder, Level, Section, Track } from "../core/types.js";
import { expectationViews, type DescribedRef, type ExpectationDetails, type ExpectationView, type RankGrid, type Ref, type SectionView, type TransitionView } from "../core/views.js";
import { isSafeUrl } from "../render/prose.js";
import { escapeHtml, prose } from "../render/views/export/html.js";
import type { Change, ComparedChange, Comparison, WordChange } from "./compare.js";
import type { AssessmentData, PickerData, SearchItem } from "./data.js";
import { anchor, dataBlock, href, levelLink } from "./layout.js";

const esc = escapeHtml;

/** Levels by track in track order, or one group without a track. */
export function trackGroups(ladder: Ladder): { track: Track | null; levels: Level[] }[] {
  if (ladder.tracks.length === 0) return [{ track: null, levels: ladder.levels }];
  return ladder.tracks.map((track) => ({ track, levels: levelsOfTrack(ladder, track) })).filter((g) => g.levels.length > 0);
}

/** Each level and the next one in its track: the steps a person takes (a step on a trunk that tracks share, once). */
export function adjacentPairs(ladder: Ladder): [Level, Level][] {
  const seen = new Set<string>();
  return trackGroups(ladder)
    .flatMap((g) => g.levels.slice(1).map((to, i): [Level, Level] => [g.levels[i]!, to]))
    .filter(([a, b]) => !seen.has(`${a.id}--${b.id}`) && seen.add(`${a.id}--${b.id}`) !== undefined);
}

/** Every two levels, the earlier in ladder order first. */
export function allPairs(ladder: Ladder): [Level, Level][] {
  return ladder.levels.flatMap((from, i) => ladder.levels.slice(i + 1).map((to): [Level, Level] => [from, to]));
}

/**
 * About how much aligning two levels costs, in pairs of expectations weighed
 * (section by section; about a microsecond each) plus the word diff and the
 * weighing of each text (about fifty times that). The extra pairs beyond the
 * next steps may cost 400,000: about half a second.
 */
const EXTRA_PAIRS_BUDGET = 400_000;
const PER_TEXT = 50;
function alignmentWork(ladder: Ladder, a: Level, b: Level): number {
  let work = ladder.growthAreas.length * PER_TEXT;
  for (const s of ladder.sections) {
    const m = a.expectations[s.id]?.length ?? 0;
    const n = b.expectations[s.id]?.length ?? 0;
    work += m * n + (m + n) * PER_TEXT;
  }
  return work;
}

/**
 * The pairs of levels that get a comparison page, in ladder order: every next
 * step in a track, and then every pair up to k levels apart (in ladder order),
 * k as large as the budget allows. That is every pair for a ladder of usual
 * size; a very large ladder keeps its steps and the nearest pairs, and the
 * page count stays linear rather than quadratic in its levels.
 */
export function comparedPairs(ladder: Ladder): [Level, Level][] {
  const key = ([a, b]: [Level, Level]) => `${a.id}--${b.id}`;
  const chosen = new Set(adjacentPairs(ladder).map(key));
  const pairs = allPairs(ladder);
  const at = new Map(ladder.levels.map((l, i) => [l, i]));
  let budget = EXTRA_PAIRS_BUDGET;
  for (let apart = 1; apart < ladder.levels.length; apart++) {
    const layer = pairs.filter(([a, b]) => at.get(b)! - at.get(a)! === apart && !chosen.has(key([a, b])));
    const work = layer.reduce((sum, [a, b]) => sum + alignmentWork(ladder, a, b), 0);
    if (work > budget) break;
    budget -= work;
    for (const pair of layer) chosen.add(key(pair));
  }
  return pairs.filter((pair) => chosen.has(key(pair)));
}

function trackOf(ladder: Ladder, level: Level): Track | undefined {
  return ladder.tracks.find((t) => t.id === level.tracks[0]);
}

/** A level is always named by the title every output gives it (levelTitle): qualified by its track where several tracks use the title ("Level 1 (Backend)"). */
const linkTo = (ladder: Ladder, level: Level) => levelLink(levelRef(ladder, level));

/** A track's or section's title after its group, where it has one ("Results › Testing"). */
const grouped = (x: { title: string; group?: string | null }) => esc(x.group ? `${x.group} › ${x.title}` : x.title);

/** Prose (the markdown subset) as safe HTML in a block of its own. */
const proseBlock = (text: string, className = "prose") => `<div class="${className}">\n${prose(text)}\n</div>`;

/** A rating by the scale's title, after the expectation's text. */
const ratingBadge = (rating: Ref | null) => (rating ? ` <span class="rating"><span class="sr">Rating: </span>${esc(rating.title)}</span>` : "");

/** An expectation's examples and links, under it (as `ladder show` prints them). A link that is not to the web or mail stays text. */
function expectationExtras(e: ExpectationDetails): string {
  const examples = e.examples.length > 0 ? `<ul class="examples">${e.examples.map((x) => `<li><span class="eg">e.g.</span> <span class="text">${esc(x)}</span></li>`).join("")}</ul>` : "";
  const links =
    e.links.length > 0
      ? `<ul class="links">${e.links
          .map((l) => {
            const label = esc(l.title ?? l.url);
            return `<li>${isSafeUrl(l.url) ? `<a href="${esc(l.url.trim())}">${label}</a>` : `${label}${l.title ? ` (${esc(l.url)})` : ""}`}</li>`;
          })
          .join("")}</ul>`
      : "";
  return examples + links;
}

function factsList(level: Level, ladder: Ladder): string {
  const tracks = tracksOf(ladder, level);
  const rows = [
    ...(tracks.length > 0 ? [[tracks.length > 1 ? "Tracks" : "Track", tracks.map(grouped).join("; ")]] : []),
    ...(level.rank !== undefined ? [["Rank", String(level.rank)]] : []),
    ...level.facts.map((f) => [esc(f.label), esc(f.value)]),
    ["Names on the command line", [level.id, ...level.aliases].map((n) => `<code>${esc(n)}</code>`).join(", ")],
  ];
  return `<dl class="facts">${rows.map(([k, v]) => `<div><dt>${k}</dt><dd>${v}</dd></div>`).join("")}</dl>`;
}

function transitionArticle(t: TransitionView, heading: string, prefix = ""): string {
  // The two levels under the heading, unless the heading already names them as they are.
  const ends =
    t.title === `${t.from.title} to ${t.to.title}`
      ? ""
      : `<p class="ends">${esc(t.from.title)} <span aria-hidden="true">→</span><span class="sr"> to </span> ${esc(t.to.title)}</p>\n`;
  return `<article class="transition" id="${anchor.transition(t.from.id, t.to.id)}">\n<${heading}>${prefix}${esc(t.title)}</${heading}>\n${ends}${prose(t.text)}\n</article>`;
}

/**
 * A table that scrolls sideways on a narrow screen: a named tab stop, so a
 * keyboard can scroll it too (WCAG 2.1.1).
 */
function scrolling(name: string, table: string): string {
  return `<div class="scroll" role="region" tabindex="0" aria-label="${esc(name)}">${table}</div>`;
}

/** Levels of equal rank side by side (core/query.ts listLevels): a row per rank, a column per track, as `ladder levels` draws it. */
function rankGridTable(grid: RankGrid): string {
  const head = `<thead><tr><th scope="col">Rank</th>${grid.tracks.map((t) => `<th scope="col">${esc(t.title)}</th>`).join("")}</tr></thead>`;
  const rows = grid.rows.map(
    (r) =>
      `<tr><th scope="row">${r.rank}</th>${r.cells
        .map((levels) => (levels.length === 0 ? `<td class="empty"><span aria-hidden="true">—</span><span class="sr">none</span></td>` : `<td>${levels.map(levelLink).join("<br>")}</td>`))
        .join("")}</tr>`,
  );
  return scrolling("Levels by rank, table", `<table class="grid">\n${head}\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>`);
}

export function indexPage(ladder: Ladder): string {
  const groups = trackGroups(ladder);
  const levelItem = (level: Level, next: Level | undefined) => {
    const summary = level.summary ? proseBlock(level.summary, "sub prose") : "";
    const facts = level.facts.length > 0 ? `<span class="meta">${level.facts.map((f) => `${esc(f.label)}: ${esc(f.value)}`).join(" · ")}</span>` : "";
    const step = next ? `<span class="meta"><a href="${href.pair(level.id, next.id)}">What changes to ${esc(levelTitle(ladder, next))}</a></span>` : "";
    return `<li>${linkTo(ladder, level)}${summary}${facts}${step}</li>`;
  };
  const levelLists = groups
    .map((g) => {
      const head = g.track ? `<h3 id="track-${g.track.id}">${grouped(g.track)} track</h3>\n${g.track.description ? `${proseBlock(g.track.description)}\n` : ""}` : "";
      return `${head}<ol class="level-list">\n${g.levels.map((l, i) => levelItem(l, g.levels[i + 1])).join("\n")}\n</ol>`;
    })
    .join("\n");
  const { grid } = listLevels(ladder);
  const sectionItems = ladder.sections.map((s) => `<li><a href="${href.section(s.id)}">${grouped(s)}</a>${s.description ? proseBlock(s.description, "sub prose") : ""}</li>`);
  return [
    `<h1>${esc(ladder.title)}</h1>`,
    ladder.description ? `<div class="prose lead" id="description">\n${prose(ladder.description)}\n</div>` : "",
    `<section aria-labelledby="levels"><h2 id="levels">Levels</h2>\n${levelLists}\n</section>`,
    grid
      ? `<section aria-labelledby="by-rank"><h2 id="by-rank">Levels by rank</h2>\n<p>Levels of the same rank side by side, one column per track.</p>\n${rankGridTable(grid)}\n</section>`
      : "",
    ladder.growthAreas.length > 0
      ? `<section aria-labelledby="growth-areas"><h2 id="growth-areas">Growth areas</h2>\n<p>How each area grows from level to level.</p>\n<ul class="link-list">${ladder.growthAreas.map((a) => `<li><a href="${href.area(a.id)}">${esc(a.title)}</a></li>`).join("")}</ul>\n</section>`
      : "",
    ladder.sections.length > 0 ? `<section aria-labelledby="sections"><h2 id="sections">Sections across levels</h2>\n<ul class="link-list">${sectionItems.join("\n")}</ul>\n</section>` : "",
    `<section aria-labelledby="more"><h2 id="more">Compare, search, assess</h2>\n<ul class="link-list"><li><a href="${href.compare}">Compare any two levels</a></li><li><a href="${href.search}">Search the ladder</a></li><li><a href="${href.about}">About this ladder: responsibilities, transitions, notes</a></li></ul>\n<p>Each level's page links to a self-assessment of it, kept in your browser only.</p>\n</section>`,
  ]
    .filter(Boolean)
    .join("\n");
}

/** An expectation on a level's page: its text, rating and permalink, then its examples and links. */
function expectationItem(e: ExpectationView, id: string, label: string): string {
  return `<li id="${id}"><span class="text">${esc(e.text)}</span>${ratingBadge(e.rating)} <a class="permalink" href="#${id}" aria-label="Link to this expectation (${label})">#</a>${expectationExtras(e)}</li>`;
}

export function levelPage(ladder: Ladder, level: Level): string {
  const view = showLevel(ladder, level);
  const track = trackOf(ladder, level);
  // The step before and after in each of the level's tracks: a shared trunk forks into several next steps.
  const around = (offset: number) => {
    const tracks = tracksOf(ladder, level);
    const peers = tracks.length > 0 ? tracks.map((t) => levelsOfTrack(ladder, t)) : [ladder.levels];
    return [...new Set(peers.map((p) => p[p.indexOf(level) + offset]).filter((l): l is Level => l !== undefined))];
  };
  const steps = [
    `<a href="${href.assess(level.id)}">Assess yourself at this level</a>`,
    ...around(-1).map((before) => `<a href="${href.pair(before.id, level.id)}">What changes from ${esc(levelTitle(ladder, before))}</a>`),
    ...around(1).map((after) => `<a href="${href.pair(level.id, after.id)}">What changes to ${esc(levelTitle(ladder, after))}</a>`),
  ];
  const sections = view.sections.map((s) => {
    const items =
      s.expectations.length === 0
        ? `<p class="empty">No expectations at this level.</p>`
        : `<ol class="expectations">\n${expectationViews(s)
            .map((e, i) => expectationItem(e, anchor.expectation(s.id, i), `${esc(s.title)} ${i + 1}`))
            .join("\n")}\n</ol>`;
    const description = s.description ? `${proseBlock(s.description, "prose sub")}\n` : "";
    return `<section aria-labelledby="s-${s.id}">\n<h2 id="s-${s.id}">${grouped(s)}</h2>\n${description}${items}\n<p class="more"><a href="${href.section(s.id)}">${esc(s.title)} at every level</a></p>\n</section>`;
  });
  const areas = view.growthAreas.length
    ? `<section aria-labelledby="growth-areas">\n<h2 id="growth-areas">Growth areas</h2>\n<dl class="areas">${view.growthAreas
        .map((a) => {
          const shared = a.sharedWith.length > 0 ? `<span class="meta">Shared with ${a.sharedWith.map(levelLink).join(", ")}</span>` : "";
          const text = a.text === null ? `<span class="empty">No entry at this level</span>` : `<span class="text">${esc(a.text)}</span>`;
          return `<div><dt><a href="${href.area(a.id)}">${esc(a.title)}</a></dt><dd>${text}${shared}</dd></div>`;
        })
        .join("")}</dl>\n</section>`
    : "";
  const { into, outOf } = view.transitions;
  const transitions =
    into.length + outOf.length > 0
      ? `<section aria-labelledby="transitions">\n<h2 id="transitions">Transitions</h2>\n${[
          ...into.map((t) => transitionArticle(t, "h3", "Into this level: ")),
          ...outOf.map((t) => transitionArticle(t, "h3", "Out of this level: ")),
        ].join("\n")}\n</section>`
      : "";
  return [
    `<p class="crumbs"><a href="${href.index}">Levels</a>${track ? ` › <a href="${href.index}#track-${track.id}">${grouped(track)} track</a>` : ""}</p>`,
    `<h1>${esc(view.level.title)}</h1>`,
    level.summary ? proseBlock(level.summary, "prose lead") : "",
    factsList(level, ladder),
    `<p class="actions">${steps.join(" ")}</p>`,
    ...sections,
    areas,
    transitions,
  ]
    .filter(Boolean)
    .join("\n");
}

/** Levels grouped by track under h2 (and each level under h3), or each level under h2; only the levels given, in ladder order. */
function acrossLevels(ladder: Ladder, levels: readonly Level[], body: (level: Level) => string): string {
  const shown = new Set(levels);
  const placed = new Set<Level>();
  return trackGroups(ladder)
    .map((g) => ({ ...g, levels: g.levels.filter((l) => shown.has(l)) }))
    .filter((g) => g.levels.length > 0)
    .map((g) => {
      const h = g.track ? "h3" : "h2";
      // A level shared by several tracks is shown under each; its anchor is on the first.
      const blocks = g.levels.map((l) => {
        const id = placed.has(l) ? `${anchor.level(l.id)}--${g.track!.id}` : anchor.level(l.id);
        placed.add(l);
        return `<section aria-labelledby="${id}">\n<${h} id="${id}">${linkTo(ladder, l)}</${h}>\n${body(l)}\n</section>`;
      });
      return g.track ? `<section aria-labelledby="track-${g.track.id}">\n<h2 id="track-${g.track.id}">${grouped(g.track)} track</h2>\n${blocks.join("\n")}\n</section>` : blocks.join("\n");
    })
    .join("\n");
}

export function sectionPage(ladder: Ladder, section: Section): string {
  // The levels whose tracks use the section, as `ladder area` lists them.
  const view = areaAcrossLevels(ladder, { kind: "section", section }) as SectionView;
  const shown = new Set(view.levels.map((l) => l.level.id));
  const lists = new Map(view.levels.map((l) => [l.level.id, expectationViews(l)]));
  const body = (level: Level) => {
    const items = lists.get(level.id) ?? [];
    if (items.length === 0) return `<p class="empty">No expectations at this level.</p>`;
    return `<ul class="expectations">${items
      .map(
        (e, i) =>
          `<li><span class="text">${esc(e.text)}</span>${ratingBadge(e.rating)} <a class="permalink" href="${href.level(level.id)}#${anchor.expectation(section.id, i)}" aria-label="On the page of ${esc(levelTitle(ladder, level))} (${i + 1})">#</a>${expectationExtras(e)}</li>`,
      )
      .join("\n")}</ul>`;
  };
  const lead = section.description ? proseBlock(section.description, "prose lead") : `<p class="lead">What each level expects in this section.</p>`;
  const crumbs = `<p class="crumbs"><a href="${href.index}">Levels</a> › Section${section.group ? ` › ${esc(section.group)}` : ""}</p>`;
  return `${crumbs}\n<h1>${esc(section.title)}</h1>\n${lead}\n${acrossLevels(
    ladder,
    ladder.levels.filter((l) => shown.has(l.id)),
    body,
  )}`;
}

export function areaPage(ladder: Ladder, area: GrowthArea): string {
  const body = (level: Level) => {
    const entry = area.byLevel.find((e) => e.levels.includes(level.id));
    if (!entry) return `<p class="empty">No entry at this level.</p>`;
    const others = entry.levels.filter((id) => id !== level.id).map((id) => ladder.levels.find((l) => l.id === id)!);
    const shared = others.length > 0 ? `<p class="meta">Shared with ${others.map((l) => linkTo(ladder, l)).join(", ")}</p>` : "";
    return `<p class="text">${esc(entry.text)}</p>${shared}`;
  };
  return `<p class="crumbs"><a href="${href.index}">Levels</a> › Growth area</p>\n<h1>${esc(area.title)}</h1>\n<p class="lead">How this growth area grows from level to level.</p>\n${acrossLevels(ladder, ladder.levels, body)}`;
}

export function aboutPage(ladder: Ladder): string {
  const view = aboutView(ladder);
  const parts = [`<h1>About ${esc(ladder.title)}</h1>`];
  if (view.description) parts.push(`<div class="prose lead">\n${prose(view.description)}\n</div>`);
  if (view.responsibilities.length > 0) {
    parts.push(
      `<section aria-labelledby="responsibilities">\n<h2 id="responsibilities">Responsibilities shared by every level</h2>\n<ul>${view.responsibilities.map((r) => `<li class="text">${esc(r)}</li>`).join("\n")}</ul>\n</section>`,
    );
  }
  const described = (items: DescribedRef[], link: (id: string) => string, suffix = "") =>
    `<dl class="described">${items.map((x) => `<div><dt><a href="${link(x.id)}">${grouped(x)}${suffix}</a></dt>${x.description ? `<dd>${proseBlock(x.description)}</dd>` : ""}</div>`).join("")}</dl>`;
  if (view.tracks.length > 0) parts.push(`<section aria-labelledby="tracks">\n<h2 id="tracks">Tracks</h2>\n${described(view.tracks, (id) => `${href.index}#track-${id}`, " track")}\n</section>`);
  if (view.sections.length > 0) parts.push(`<section aria-labelledby="sections">\n<h2 id="sections">Sections</h2>\n${described(view.sections, href.section)}\n</section>`);
  if (view.ratings.length > 0) {
    parts.push(
      `<section aria-labelledby="ratings">\n<h2 id="ratings">Rating scale</h2>\n<p>Expectations may carry a rating on this scale, lowest first.</p>\n<ol class="ratings">${view.ratings
        .map((r) => `<li><strong>${esc(r.title)}</strong>${r.description ? `: <span class="text">${esc(r.description)}</span>` : ""}</li>`)
        .join("\n")}</ol>\n</section>`,
    );
  }
  if (view.transitions.length > 0) {
    parts.push(`<section aria-labelledby="transitions">\n<h2 id="transitions">Transitions</h2>\n${view.transitions.map((t) => transitionArticle(t, "h3")).join("\n")}\n</section>`);
  }
  view.notes.forEach((note, i) => {
    const id = anchor.note(i);
    parts.push(`<section aria-labelledby="${id}">\n<h2 id="${id}">${esc(note.title)}</h2>\n<div class="prose">\n${prose(note.text)}\n</div>\n</section>`);
  });
  parts.push(`<section aria-labelledby="levels"><h2 id="levels">Levels</h2>\n<ol class="link-list">${view.levels.map((l) => `<li>${levelLink(l)}</li>`).join("")}</ol>\n</section>`);
  return parts.join("\n");
}

// ---- comparisons ----

function words(change: Change): string {
  if (change.kind === "added") return `<ins>${esc(change.to!)}</ins>`;
  if (change.kind === "removed") return `<del>${esc(change.from!)}</del>`;
  if (change.kind === "same") return esc(change.to!);
  const parts: WordChange[] = change.words ?? [
    { op: "removed", text: change.from! },
    { op: "added", text: change.to! },
  ];
  return parts.map((w) => (w.op === "same" ? esc(w.text) : w.op === "removed" ? `<del>${esc(w.text)}</del>` : `<ins>${esc(w.text)}</ins>`)).join("");
}

const TAGS: Record<Exclude<Change["kind"], "same">, string> = { changed: "Changed", added: "New", removed: "Gone" };

/**
 * A rating that differs at the two levels, as `ladder diff` notes it
 * ("rating: Practising → Expert"); on a new or gone expectation, its own
 * rating; nothing where the rating is the same.
 */
function ratingOf({ change, from, to }: ComparedChange): string {
  const rating = change.rating;
  if (change.kind === "added") return ratingBadge(to?.rating ?? null);
  if (change.kind === "removed") return ratingBadge(from?.rating ?? null);
  if (!rating || rating.from?.id === rating.to?.id) return ratingBadge(to?.rating ?? null);
  const title = (r: Ref | null) => (r ? esc(r.title) : "none");
  return ` <span class="meta rating-change">Rating: ${title(rating.from)} <span aria-hidden="true">→</span><span class="sr"> to </span> ${title(rating.to)}</span>`;
}

/** The examples and links of the expectation as it stands at the later side (the earlier one where it is gone). */
const extrasOf = ({ change, from, to }: ComparedChange) => {
  const e = change.kind === "removed" ? from : to;
  return e ? expectationExtras(e) : "";
};

function changeList(compared: readonly ComparedChange[]): string {
  const shown = compared.filter((c) => c.change.kind !== "same");
  const same = compared.filter((c) => c.change.kind === "same");
  const list =
    shown.length > 0
      ? `<ul class="changes">\n${shown
          .map((c) => `<li class="${c.change.kind}"><span class="tag">${TAGS[c.change.kind as keyof typeof TAGS]}</span> <span class="text">${words(c.change)}</span>${ratingOf(c)}${extrasOf(c)}</li>`)
          .join("\n")}\n</ul>`
      : "";
  const unchanged =
    same.length > 0
      ? `<details class="unchanged"><summary>${same.length} unchanged</summary>\n<ul>${same.map((c) => `<li><span class="text">${esc(c.change.to!)}</span>${ratingOf(c)}${extrasOf(c)}</li>`).join("\n")}</ul>\n</details>`
      : "";
  return list + unchanged || `<p class="empty">Neither level has expectations here.</p>`;
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function comparisonPage(ladder: Ladder, from: Level, to: Level, comparison: Comparison): string {
  const fromTrack = trackOf(ladder, from);
  const toTrack = trackOf(ladder, to);
  const crossTrack = fromTrack && toTrack && fromTrack !== toTrack ? `<p class="meta">From the ${esc(fromTrack.title)} track to the ${esc(toTrack.title)} track.</p>` : "";
  const fromTitle = esc(comparison.from.title);
  const toTitle = esc(comparison.to.title);
  const rows = comparison.sections.map(
    (s) => `<tr><th scope="row"><a href="#s-${s.id}">${esc(s.title)}</a></th><td>${s.summary.changed}</td><td>${s.summary.added}</td><td>${s.summary.removed}</td><td>${s.summary.same}</td></tr>`,
  );
  const total = comparison.summary;
  const added = comparison.sections.flatMap((s) => s.compared.filter((c) => c.change.kind === "added"));
  const summary = `<section aria-labelledby="summary">\n<h2 id="summary">Summary</h2>\n<p>${count(total.changed, "expectation")} changed, ${total.added} new, ${total.removed} gone, ${total.same} unchanged.</p>\n${scrolling("Summary table", `<table>\n<thead><tr><th scope="col">Section</th><th scope="col">Changed</th><th scope="col">New</th><th scope="col">Gone</th><th scope="col">Unchanged</th></tr></thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>`)}\n${
    added.length > 0 ? `<h3>New at ${toTitle}</h3>\n<ul>${added.map((c) => `<li><span class="text">${esc(c.change.to!)}</span>${ratingOf(c)}</li>`).join("\n")}</ul>` : ""
  }\n</section>`;
  const factTable =
    comparison.facts.length > 0
      ? `<section aria-labelledby="facts">\n<h2 id="facts">Facts</h2>\n${scrolling("Facts table", `<table>\n<thead><tr><th scope="col">Fact</th><th scope="col">${fromTitle}</th><th scope="col">${toTitle}</th></tr></thead>\n<tbody>\n${comparison.facts
          .map((f) => `<tr><th scope="row">${esc(f.label)}</th><td>${f.from === null ? "—" : esc(f.from)}</td><td>${f.to === null ? "—" : esc(f.to)}</td></tr>`)
          .join("\n")}\n</tbody>\n</table>`)}\n</section>`
      : "";
  const sections = comparison.sections.map((s) => `<section aria-labelledby="s-${s.id}">\n<h2 id="s-${s.id}">${esc(s.title)}</h2>\n${changeList(s.compared)}\n</section>`);
  const areas = comparison.growthAreas.filter((a) => a.change !== null);
  const areaList =
    areas.length > 0
      ? `<section aria-labelledby="growth-areas">\n<h2 id="growth-areas">Growth areas</h2>\n<dl class="areas">${areas
          .map((a) => {
            const c = a.change!;
            const body = c.kind === "same" ? `<span class="text">${esc(c.to!)}</span> <span class="meta">(unchanged)</span>` : `<span class="tag">${TAGS[c.kind]}</span> <span class="text">${words(c)}</span>`;
            return `<div class="${c.kind}"><dt><a href="${href.area(a.id)}">${esc(a.title)}</a></dt><dd>${body}</dd></div>`;
          })
          .join("")}</dl>\n</section>`
      : "";
  const transitions =
    comparison.transitions.length > 0
      ? `<section aria-labelledby="transitions">\n<h2 id="transitions">On the way</h2>\n${comparison.transitions.map((t) => transitionArticle(t, "h3")).join("\n")}\n</section>`
      : "";
  return [
    `<p class="crumbs"><a href="${href.compare}">Compare</a></p>`,
    `<h1>From ${fromTitle} to ${toTitle}</h1>`,
    `<p class="lead">What changes from ${levelLink(comparison.from)} to ${levelLink(comparison.to)}: changed words are marked <del>like this</del> where they go and <ins>like this</ins> where they come.</p>`,
    crossTrack,
    summary,
    factTable,
    ...sections,
    areaList,
    transitions,
  ]
    .filter(Boolean)
    .join("\n");
}

export function comparePickerPage(ladder: Ladder): string {
  // A ladder still being drafted may hold one level: no picker of one against itself.
  if (ladder.levels.length < 2) return `<h1>Compare two levels</h1>\n<p>This ladder has a single level so far: there is nothing to compare yet.</p>`;
  const groups = trackGroups(ladder);
  const options = (selected: Level | undefined) => {
    // A level shared by several tracks is offered once, under its first track.
    const offered = new Set<Level>();
    const firstTime = (l: Level) => !offered.has(l) && offered.add(l) !== undefined;
    return groups
      .map((g) => {
        const opts = g.levels
          .filter(firstTime)
          .map((l) => `<option value="${esc(l.id)}"${l === selected ? " selected" : ""}>${esc(levelTitle(ladder, l))}</option>`)
          .join("");
        if (opts === "") return "";
        return g.track ? `<optgroup label="${grouped(g.track)}">${opts}</optgroup>` : opts;
      })
      .join("");
  };
  const order = Object.fromEntries(ladder.levels.map((l, i) => [l.id, i]));
  const compared = comparedPairs(ladder);
  const every = compared.length === allPairs(ladder).length;
  const picker: PickerData = { order, pages: {} };
  for (const [a, b] of compared) (picker.pages[a.id] ??= {})[b.id] = href.pair(a.id, b.id);
  const pairLink = ([a, b]: [Level, Level]) =>
    `<li><a href="${href.pair(a.id, b.id)}">${esc(levelTitle(ladder, a))} <span aria-hidden="true">→</span><span class="sr"> to </span> ${esc(levelTitle(ladder, b))}</a></li>`;
  const steps = adjacentPairs(ladder);
  return [
    `<h1>Compare two levels</h1>`,
    `<form id="picker" class="picker" action="${href.compare}" method="get">`,
    `<div><label for="picker-from">From</label><select id="picker-from" name="from">${options(ladder.levels[0])}</select></div>`,
    `<div><label for="picker-to">To</label><select id="picker-to" name="to">${options(ladder.levels[1] ?? ladder.levels[0])}</select></div>`,
    `<div><button type="submit">Compare</button></div>`,
    `</form>`,
    `<p id="picker-message" role="status"></p>`,
    // Without a script the form would only reload this page.
    `<noscript><p>Choosing here needs JavaScript; every comparison is linked below.</p></noscript>`,
    dataBlock("picker-data", picker),
    steps.length > 0 ? `<section aria-labelledby="steps"><h2 id="steps">Each next step</h2>\n<ul class="link-list">${steps.map(pairLink).join("")}</ul>\n</section>` : "",
    `<section aria-labelledby="every"><h2 id="every">${every ? "Every comparison" : "Every comparison on this site"}</h2>\n${
      every ? "" : `<p>This ladder is large: the site compares levels up to a few apart. <code>ladder diff</code> compares any two.</p>\n`
    }<ul class="link-list columns">${compared.map(pairLink).join("")}</ul>\n</section>`,
  ]
    .filter(Boolean)
    .join("\n");
}

// ---- search ----

/** What the search page searches (matched in the browser by core/match.ts, as `ladder search` matches). */
export function searchItems(ladder: Ladder): SearchItem[] {
  const items: SearchItem[] = [];
  const push = (item: Omit<SearchItem, "title"> & { title?: string }) => items.push({ ...item, title: item.title ?? null });
  if (ladder.description !== undefined) {
    const paragraphs = paragraphsOf(ladder.description);
    paragraphs.forEach((text, i) =>
      push({ kind: "description", location: paragraphs.length > 1 ? `Description, paragraph ${i + 1}` : "Description", href: `${href.index}#description`, text }),
    );
  }
  for (const text of ladder.responsibilities) push({ kind: "responsibility", location: "Responsibilities shared by every level", href: `${href.about}#responsibilities`, text });
  for (const level of ladder.levels) {
    for (const section of ladder.sections) {
      const location = `${levelTitle(ladder, level)} › ${section.title}`;
      (level.expectations[section.id] ?? []).forEach(({ text, examples }, i) => {
        const target = `${href.level(level.id)}#${anchor.expectation(section.id, i)}`;
        push({ kind: "expectation", location, href: target, text });
        // An example is found on its own, right after the expectation it illustrates (as `ladder search` lists it).
        for (const example of examples) push({ kind: "example", location, href: target, text: example });
      });
    }
  }
  for (const area of ladder.growthAreas) {
    for (const entry of area.byLevel) {
      const levels = entry.levels.map((id) => ladder.levels.find((l) => l.id === id)).filter((l): l is Level => l !== undefined);
      const first = levels[0];
      push({
        kind: "growth-area",
        location: growthAreaLocation(area.title, levels.map((l) => levelTitle(ladder, l))),
        href: `${href.area(area.id)}${first ? `#${anchor.level(first.id)}` : ""}`,
        text: entry.text,
      });
    }
  }
  for (const t of ladder.transitions) {
    push({ kind: "transition", location: `Transition: ${t.title}`, href: `${href.about}#${anchor.transition(t.from, t.to)}`, title: t.title, text: t.text });
  }
  ladder.notes.forEach((note, n) => {
    const paragraphs = paragraphsOf(note.text);
    paragraphs.forEach((text, i) =>
      push({
        kind: "note",
        location: paragraphs.length > 1 ? `Note: ${note.title}, paragraph ${i + 1}` : `Note: ${note.title}`,
        href: `${href.about}#${anchor.note(n)}`,
        // A note's title is searched once, with its first paragraph (as `ladder search` does).
        ...(i === 0 ? { title: note.title } : {}),
        text,
      }),
    );
  });
  return items;
}

export function searchPage(ladder: Ladder): string {
  return [
    `<h1>Search</h1>`,
    `<form id="search" class="search" role="search" aria-label="Search the ladder" action="${href.search}" method="get">`,
    `<label for="search-q">Find words in the description, responsibilities, expectations and their examples, growth areas, transitions and notes (in any order; case, accents and word endings are ignored)</label>`,
    `<div class="row"><input id="search-q" name="q" type="search" autocomplete="off"><button type="submit">Search</button></div>`,
    `</form>`,
    `<p id="search-status" role="status" aria-live="polite">Type some text and press Enter.</p>`,
    `<ol id="search-results" class="results"></ol>`,
    `<noscript><p>Search needs JavaScript; the pages themselves do not.</p></noscript>`,
    dataBlock("search-index", searchItems(ladder)),
  ].join("\n");
}

// ---- self-assessment ----

export function assessPage(ladder: Ladder, level: Level, fingerprint: string): string {
  const questions = questionsFor(ladder, level);
  const bySection = ladder.sections
    .map((section) => ({ section, questions: questions.filter((q) => q.section.id === section.id) }))
    .filter((g) => g.questions.length > 0);
  const fieldsets = bySection.map(({ section, questions: qs }) => {
    const items = qs.map((q) => {
      const id = `q${q.number}`;
      const choices = RATINGS.map((r) => `<label><input type="radio" name="${id}" value="${r}"> ${esc(RATING_LABELS[r])}</label>`).join(" ");
      // The expectation as its level page shows it: its rating, examples and links help to answer.
      const e = expectationView(ladder, level.expectations[q.section.id]![q.index]!);
      return `<fieldset class="question" id="${id}">\n<legend><span class="num">${q.number}.</span> <span class="text">${esc(q.text)}</span>${ratingBadge(e.rating)}</legend>\n${expectationExtras(e)}<div class="choices">${choices}</div>\n<label class="note" for="${id}-note">Note (optional)</label>\n<textarea id="${id}-note" name="${id}-note" rows="2"></textarea>\n<label class="note" for="${id}-links">Links to evidence (optional, one per line)</label>\n<textarea id="${id}-links" name="${id}-links" rows="1"></textarea>\n</fieldset>`;
    });
    return `<section aria-labelledby="s-${section.id}">\n<h2 id="s-${section.id}">${esc(section.title)}</h2>\n${items.join("\n")}\n</section>`;
  });
  const data: AssessmentData = {
    ladder: { title: ladder.title, fingerprint },
    // As `ladder assess` writes a record (core/record.ts): the level's own title.
    level: { id: level.id, title: level.title },
    questions: questions.map((q) => ({ id: `q${q.number}`, section: q.section.id, index: q.index, expectation: q.text })),
  };
  // The export link gets its file (href, download) from the script: without the script, a
  // download attribute would save this HTML page under a record's name.
  return [
    `<p class="crumbs"><a href="${href.index}">Levels</a> › ${linkTo(ladder, level)}</p>`,
    `<h1>Assess yourself: ${esc(levelTitle(ladder, level))}</h1>`,
    `<p class="lead">For each expectation, how consistently is it met: ${RATINGS.map((r) => esc(RATING_LABELS[r])).join(", ")}. Your answers stay in this browser; export them as a record file to keep them, or to carry on with <code>ladder assess</code>.</p>`,
    questions.length === 0 ? `<p class="empty">This level has no expectations to assess.</p>` : "",
    `<div id="assessment" class="assessment">`,
    `<p><label for="assess-for">Who is it for? Leave empty for yourself.</label> <input id="assess-for" name="for" type="text" autocomplete="off"></p>`,
    ...fieldsets,
    `<section aria-labelledby="record" class="record">`,
    `<h2 id="record">Your record</h2>`,
    `<p id="assess-summary" role="status" aria-live="polite">${questions.length} expectations, none answered yet.</p>`,
    `<p class="buttons"><a id="assess-export" class="button" href="#record">Export the record (JSON)</a> <button type="button" id="assess-clear">Clear all answers</button></p>`,
    `<p><label for="assess-import">Import a record file</label> <input id="assess-import" type="file" accept=".json,application/json"></p>`,
    `<p id="assess-message" role="status" aria-live="polite"></p>`,
    `</section>`,
    `</div>`,
    `<noscript><p>Rating in the page needs JavaScript. Without it, <code>ladder assess ${esc(level.id)}</code> asks the same questions.</p></noscript>`,
    dataBlock("assessment-data", data),
  ]
    .filter(Boolean)
    .join("\n");
}

