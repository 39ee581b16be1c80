/**
 * `ladder site`: the ladder as a static website, as a pure function from the
 * ladder to its files (name -> text). The same ladder gives the same bytes:
 * nothing depends on the time, the machine or the order of a hash.
 *
 * Comparisons: a page for every two levels (adjacent or not, across tracks
 * too; a very large ladder keeps its steps and nearest pairs, see
 * comparedPairs), made with the diff engine here rather than in the browser,
 * so the site shows exactly what `ladder diff` shows, every comparison has a
 * link of its own, and it reads and prints without a script. The picker only
 * chooses which page to open.
 */
import { levelTitle } from "../core/tracks.js";
import type { Ladder } from "../core/types.js";
import { comparer } from "./compare.js";
import { ASSETS, href, page, type PageFrame } from "./layout.js";
import {
  aboutPage,
  areaPage,
  assessPage,
  comparePickerPage,
  comparedPairs,
  comparisonPage,
  indexPage,
  levelPage,
  searchPage,
  sectionPage,
} from "./pages.js";
import { STYLESHEET } from "./style.js";

export interface SiteOptions {
  /** Named in the footer and the generator meta tag, e.g. "ladder 0.1.0". */
  generator: string;
  /** The ladder file's fingerprint (record.ts), written into assessment records. */
  fingerprint: string;
  /** The site's script, as built from src/site/browser/ (dist/site.js): the same for every ladder. */
  script: string;
}

/** The site's files by name, in name order. */
export function buildSite(ladder: Ladder, options: SiteOptions): Map<string, string> {
  const files = new Map<string, string>();
  const add = (name: string, frame: Omit<PageFrame, "ladderTitle" | "generator">) => files.set(name, page({ ...frame, ladderTitle: ladder.title, generator: options.generator }));

  add(href.index, { title: ladder.title, current: "levels", main: indexPage(ladder) });
  add(href.about, { title: "About", current: "about", main: aboutPage(ladder) });
  add(href.search, { title: "Search", current: "search", main: searchPage(ladder), script: "search", headerSearch: false });
  add(href.compare, { title: "Compare two levels", current: "compare", main: comparePickerPage(ladder), ...(ladder.levels.length > 1 ? { script: "picker" as const } : {}) });
  for (const level of ladder.levels) {
    const title = levelTitle(ladder, level);
    add(href.level(level.id), { title, current: "levels", main: levelPage(ladder, level) });
    add(href.assess(level.id), { title: `Assess: ${title}`, current: "levels", main: assessPage(ladder, level, options.fingerprint), script: "assess" });
  }
  for (const section of ladder.sections) add(href.section(section.id), { title: section.title, current: "levels", main: sectionPage(ladder, section) });
  for (const area of ladder.growthAreas) add(href.area(area.id), { title: area.title, current: "levels", main: areaPage(ladder, area) });
  const compare = comparer(ladder);
  for (const [from, to] of comparedPairs(ladder)) {
    add(href.pair(from.id, to.id), { title: `${levelTitle(ladder, from)} to ${levelTitle(ladder, to)}`, current: "compare", main: comparisonPage(ladder, from, to, compare(from, to)) });
  }
  files.set(ASSETS.css, STYLESHEET);
  files.set(ASSETS.js, options.script);
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
