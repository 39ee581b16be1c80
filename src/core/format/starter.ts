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

/**
 * `ladder init --tracks`: a small two-track ladder that shows the fields a
 * company ladder uses (a shared trunk that forks, ranks, per-track sections,
 * ratings and examples, descriptions, groups and markdown prose), each with a
 * comment. Written out as it is; a test checks that it validates.
 */
export const TWO_TRACK_STARTER = `${HEADER.split("\n").map((l) => `#${l}`).join("\n")}

title: Example Engineering Ladder
description: |
  Two tracks that share their first levels: an **individual contributor**
  track and a **people manager** track. Prose fields take a small markdown
  subset: *emphasis*, lists, \`code\` and [links](https://example.com/handbook).

# Optional: a scale to rate expectations on, lowest first.
ratings:
  - { id: learning, title: Learning }
  - { id: practised, title: Practised }
  - { id: leading, title: Leading, description: Others learn it from you }

# Sections may carry a group ("Craft > Quality" reads as group and title) and a description.
sections:
  - { id: quality, title: Quality, group: Craft }
  - { id: design, title: Design, group: Craft }
  - { id: people, title: People, group: Leadership, description: Growing the people around you. }
  - { id: planning, title: Planning, group: Leadership }

# Each track may name the sections it uses, in its own order (default: all, in the order above).
tracks:
  - id: ic
    title: Individual Contributor
    group: Engineering
    sections: [quality, design, people]
  - id: manager
    title: People Manager
    group: Engineering
    description: Grows through teams rather than code.
    sections: [people, planning, quality]

# A level in several tracks lists them in \`tracks:\`; \`rank\` lines levels of different tracks up.
# Names on the command line: an id, an alias, a title, \`track:level\` (ic:senior) or "<track> <level>".
levels:
  - id: engineer
    title: Engineer
    tracks: [ic, manager]
    rank: 1
    expectations:
      quality:
        # An expectation is text, or a mapping with a rating, examples and links.
        - text: Tests the code they change
          rating: practised
          examples:
            - Adds a failing test before fixing a bug
          links:
            - { url: "https://example.com/handbook/testing", title: Testing guide }
      people: [Asks for feedback on their work]
  - id: senior
    title: Senior
    track: ic
    rank: 2
    expectations:
      quality: [{ text: Tests the code they change, rating: leading }]
      design: [Designs a component others build on]
      people: [Mentors one engineer]
  - id: lead
    title: Senior
    aliases: [team-lead]
    track: manager
    rank: 2
    summary: Leads one team
    expectations:
      people: [Holds regular one-to-ones, Hires for the team]
      planning: [Plans the team's quarter]
      quality: [Keeps the team's quality bar visible]

transitions:
  - from: engineer
    to: senior
    text: Takes on design, not only delivery.
  - from: engineer
    to: lead
    text: |
      Moves from doing the work to *enabling* it:
      - one-to-ones every week
      - hiring for the team
`;
