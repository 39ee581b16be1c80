/**
 * The starter file written by `ladder init`: the built-in ladder with a
 * comment on each field saying what it is for, so a people team can start
 * from a complete, valid example and edit it into their own.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from "yaml";

const HEADER = [
  " A career ladder for the `ladder` command line (file format version 1).",
  " Edit it into your own, then check it:   ladder validate FILE",
  " and use it:                             ladder --data FILE show <level>",
  " (or set LADDER_DATA=FILE). Editor completion and inline errors:",
  "   ladder schema > ladder.schema.json   (the line below points at it)",
  " yaml-language-server: $schema=./ladder.schema.json",
  "",
  " Keys starting with x- are extensions: accepted anywhere and ignored.",
].join("\n");

const TOP: Record<string, string> = {
  version: " The format version; optional, and when present it must be 1.",
  title: " Required: the name of the ladder, shown by `ladder about` and `ladder levels`.",
  description: " Optional prose shown by `ladder about`.",
  responsibilities: " Optional: duties shared by every level.",
  notes: " Optional closing prose, shown by `ladder about`: each note has a title and a text.",
  sections: " Required, in order: the dimensions that describe every level. Ids are lowercase\n slugs (letters, digits, single hyphens); titles are shown as headings.",
  levels: " Required, ordered from junior to senior. A ladder with two tracks (say engineering\n and management) adds a top-level `tracks:` list of {id, title} and a `track:` on\n every level.",
  growth_areas: " Optional themes followed across levels. Each by_level entry names the level(s) it\n applies to; one text may be shared by several levels.",
  roles: " Optional positions outside the ladder that transitions may start or end at.",
  transitions: " Optional: what changes between two positions (a level id or a role id).\n A title is derived from the two titles when absent.",
};

const LEVEL = [
  " Each level:",
  "   id            typed on the command line (`ladder show em`); level ids, aliases and",
  "                 role ids must all differ",
  "   title         the level's heading; also finds the level on the command line",
  "   summary       optional one-line subtitle",
  "   aliases       optional extra names that find the level on the command line",
  "   facts         optional ordered `label: value` pairs, the columns of `ladder levels`;",
  "                 sizes and durations (5-8 engineers, 1-2 years) draw the scope picture",
  "   expectations  section id -> the expectations at this level, one per item; a level",
  "                 may leave a section out (outputs then say it has none there)",
].join("\n");

function keyOf(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : "";
}

function comment(pair: Pair, text: string): void {
  const key = pair.key as Node & { commentBefore?: string | null };
  key.commentBefore = text;
}

export function starterLadder(builtinSource: string): string {
  const doc = parseDocument(builtinSource);
  const root = doc.contents;
  if (!isMap(root)) throw new Error("the built-in ladder is not a mapping");
  root.items = root.items.filter((pair) => !keyOf(pair).startsWith("x-"));
  doc.commentBefore = HEADER;
  for (const pair of root.items) {
    const note = TOP[keyOf(pair)];
    if (note) comment(pair, note);
  }
  const levels = root.items.find((p) => keyOf(p) === "levels")?.value;
  const first = isSeq(levels) ? levels.items[0] : undefined;
  if (isMap(first)) first.commentBefore = LEVEL;
  return doc.toString({ lineWidth: 0 });
}
