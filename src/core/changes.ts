/**
 * What changed between two editions of a ladder file (`ladder changes`):
 * the levels, tracks, sections, growth areas and roles of one edition paired
 * with those of the other, and for each level found in both, the change view
 * of `ladder diff` (core/diff/) section by section. Pure: two ladders in, a
 * view out.
 *
 * Things are paired by id; what is left by title; what is left after that by
 * content (the expectations a level or section holds, the entries of a growth
 * area), with the similarity the diff alignment uses and a one-to-one
 * assignment, so a renumbered level still reads as the same level.
 */
import { alignExpectations, alignFacts, arrange, compareEntries, summarizeChanges, type Change, type ChangeSummary } from "./diff/align.js";
import { assignPairs, type Candidate } from "./diff/assign.js";
import { ladderCorpus, withRatings, type ExpectationChange } from "./diff/compare.js";
import { createCorpus, weigh, weightedDice, type Corpus } from "./diff/similarity.js";
import { usageError, LadderError } from "./errors.js";
import { normalizeName } from "./names.js";
import { positionRef, ref } from "./query.js";
import { resolveLevel } from "./resolve.js";
import { levelRef } from "./tracks.js";
import type { GrowthArea, Ladder, Level, Transition } from "./types.js";
import type {
  ChangesSummary,
  ChangesView,
  EditionMatch,
  EditionSectionChanges,
  GrowthAreaChange,
  LadderWideChanges,
  LevelChanges,
  MatchCounts,
  NoteChange,
  TransitionChange,
} from "./views.js";

/**
 * Two things with different ids and titles are the same thing only when
 * their contents score above this. Far above the pairing of single
 * expectations (PAIR_THRESHOLD): neighbouring levels of one ladder share much
 * of their wording and must not be taken for each other. On the built-in
 * ladder two different levels score at most 0.60 (Director and VP); a level
 * that lost 30% of its expectations still scores 0.80 or more against its old
 * self (tests/unit/changes.test.ts checks both sides).
 */
export const REIDENTIFY_THRESHOLD = 0.7;

export interface ChangesOptions {
  /** The two files as given, for the view. */
  fromFile: string;
  toFile: string;
  /** Only this level (a name either edition knows; the new edition is asked first). */
  level?: string;
  /** Keep what did not change too. */
  all?: boolean;
}

interface Identified {
  id: string;
  title: string;
}

/** A thing of one edition with its counterpart in the other. */
interface Paired<T> {
  match: EditionMatch;
  from: T | null;
  to: T | null;
}

export function compareEditions(older: Ladder, newer: Ladder, options: ChangesOptions): ChangesView {
  // One corpus over both editions: a word's weight must not depend on which side it is read from.
  const corpus = createCorpus(ladderCorpus(newer).texts, ladderCorpus(older));
  const levelText = (level: Level) => [level.title, level.summary ?? "", ...Object.values(level.expectations).flat().map((e) => e.text)];
  // A level is shown as each edition shows it: a title that repeats across tracks with its track.
  const levels = pairEditions(older.levels, newer.levels, levelText, levelText, corpus).map((p) => ({
    ...p,
    match: { ...p.match, from: p.from && levelRef(older, p.from), to: p.to && levelRef(newer, p.to) },
  }));
  const sectionText = (ladder: Ladder) => (section: Identified) => [section.title, ...ladder.levels.flatMap((l) => (l.expectations[section.id] ?? []).map((e) => e.text))];
  const sections = pairEditions(older.sections, newer.sections, sectionText(older), sectionText(newer), corpus);
  const areaText = (area: GrowthArea) => [area.title, ...area.byLevel.map((e) => e.text)];
  const growthAreas = pairEditions(older.growthAreas, newer.growthAreas, areaText, areaText, corpus);
  const trackText = (ladder: Ladder) => (track: Identified) => [track.title, ...ladder.levels.filter((l) => l.tracks.includes(track.id)).map((l) => l.title)];
  const tracks = pairEditions(older.tracks, newer.tracks, trackText(older), trackText(newer), corpus);
  const roleText = (ladder: Ladder) => (role: Identified) => [role.title, ...ladder.transitions.filter((t) => t.from === role.id || t.to === role.id).map((t) => t.text)];
  const roles = pairEditions(older.roles, newer.roles, roleText(older), roleText(newer), corpus);
  // A step of the rating scale is found again by id or title; it has no content of its own to be matched by.
  const ratings = pairEditions(older.ratings, newer.ratings, () => [], () => [], corpus);

  const editions = { older, newer, corpus, sections, growthAreas, trackOf: counterparts(tracks) };
  let levelChanges = levels.map((pair) => compareLevel(pair, editions));
  const positions = new Map([...counterparts(levels), ...counterparts(roles)]);
  let transitions = compareTransitions(older, newer, positions, corpus);

  let level: Paired<Level> | undefined;
  if (options.level !== undefined) {
    level = levels[findLevel(levels, older, newer, options.level, options.toFile)]!;
    const chosen = level;
    levelChanges = levelChanges.filter((_, i) => levels[i] === chosen);
    transitions = transitions.filter((t) => touches(t.from, chosen.from) || touches(t.to, chosen.to));
  }

  const ladderWide: LadderWideChanges | null = level
    ? null
    : {
        title: compareEntries(older.title, newer.title, corpus)!,
        description: compareEntries(older.description ?? null, newer.description ?? null, corpus),
        responsibilities: alignExpectations(older.responsibilities, newer.responsibilities, { corpus }),
        notes: alignFacts(
          older.notes.map((n) => ({ label: n.title, value: n.text })),
          newer.notes.map((n) => ({ label: n.title, value: n.text })),
        ).map((n): NoteChange => ({ title: n.label, from: n.from, to: n.to, change: n.change })),
        tracks: tracks.map((p) => p.match),
        sections: sections.map((p) => p.match),
        growthAreas: growthAreas.map((p) => p.match),
        roles: roles.map((p) => p.match),
        ratings: ratings.map((p) => p.match),
      };
  const view: ChangesView = {
    from: { file: options.fromFile, ladder: older.title },
    to: { file: options.toFile, ladder: newer.title },
    level: level ? (level.match.to ?? level.match.from) : null,
    all: options.all === true,
    ladderWide,
    levels: levelChanges,
    transitions: transitions.map((t) => t.change),
    summary: summarizeEditions(ladderWide, levelChanges, transitions.map((t) => t.change)),
  };
  return options.all ? view : onlyChanges(view);
}

/**
 * Pairs the things of two editions: by id, then by title (case and spacing
 * folded), then by content above REIDENTIFY_THRESHOLD, one to one. In the
 * new edition's order, a removed thing after its nearest paired predecessor.
 */
function pairEditions<T extends Identified>(
  older: readonly T[],
  newer: readonly T[],
  olderText: (item: T) => string[],
  newerText: (item: T) => string[],
  corpus: Corpus,
): Paired<T>[] {
  const partner: (number | null)[] = newer.map(() => null);
  const matchedBy: EditionMatch["matchedBy"][] = newer.map(() => null);
  const similarity: (number | null)[] = newer.map(() => null);
  const olderIndex = new Map(older.map((item, i) => [item.id, i]));
  newer.forEach((item, j) => {
    const i = olderIndex.get(item.id);
    if (i !== undefined) [partner[j], matchedBy[j]] = [i, "id"];
  });
  const unpaired = () => {
    const taken = new Set(partner);
    return { rows: older.map((_, i) => i).filter((i) => !taken.has(i)), columns: newer.map((_, j) => j).filter((j) => partner[j] === null) };
  };

  const byTitle = new Map<string, number[]>();
  for (const i of unpaired().rows) {
    const key = normalizeName(older[i]!.title);
    byTitle.set(key, [...(byTitle.get(key) ?? []), i]);
  }
  for (const j of unpaired().columns) {
    const i = byTitle.get(normalizeName(newer[j]!.title))?.shift();
    if (i !== undefined) [partner[j], matchedBy[j]] = [i, "title"];
  }

  // The rest by content, in order of id so that the order of the files cannot sway the assignment.
  const byId = (list: readonly T[]) => (a: number, b: number) => (list[a]!.id < list[b]!.id ? -1 : list[a]!.id > list[b]!.id ? 1 : 0);
  const rows = unpaired().rows.sort(byId(older));
  const columns = unpaired().columns.sort(byId(newer));
  if (rows.length > 0 && columns.length > 0) {
    const rowTexts = rows.map((i) => olderText(older[i]!).join("\n"));
    const columnTexts = columns.map((j) => newerText(newer[j]!).join("\n"));
    const weights = createCorpus([...rowTexts, ...columnTexts], corpus);
    const rowWeights = rowTexts.map((t) => weigh(t, weights));
    const columnWeights = columnTexts.map((t) => weigh(t, weights));
    const candidates: (Candidate & { similarity: number })[] = [];
    rowWeights.forEach((a, r) =>
      columnWeights.forEach((b, c) => {
        const s = weightedDice(a, b);
        if (s > REIDENTIFY_THRESHOLD) candidates.push({ row: r, column: c, score: s - REIDENTIFY_THRESHOLD, similarity: s });
      }),
    );
    for (const pair of assignPairs(rows.length, columns.length, candidates)) {
      const j = columns[pair.column]!;
      [partner[j], matchedBy[j], similarity[j]] = [rows[pair.row]!, "content", Math.round(pair.similarity * 1000) / 1000];
    }
  }

  return arrange(older.length, partner, (i, j) => {
    const from = i === null ? null : older[i]!;
    const to = j === null ? null : newer[j]!;
    const status = !from ? "added" : !to ? "removed" : matchedBy[j!] !== "id" ? "re-identified" : from.title === to.title ? "kept" : "renamed";
    return {
      match: { status, from: from && ref(from), to: to && ref(to), matchedBy: j === null ? null : matchedBy[j]!, similarity: j === null ? null : similarity[j]! },
      from,
      to,
    };
  });
}

/** Old id -> new id of each thing found in both editions. */
function counterparts(pairs: readonly Paired<Identified>[]): Map<string, string> {
  return new Map(pairs.flatMap((p) => (p.from && p.to ? [[p.from.id, p.to.id] as const] : [])));
}

interface Editions {
  older: Ladder;
  newer: Ladder;
  corpus: Corpus;
  sections: Paired<Identified>[];
  growthAreas: Paired<GrowthArea>[];
  trackOf: Map<string, string>;
}

function compareLevel(pair: Paired<Level>, e: Editions): LevelChanges {
  const { from, to } = pair;
  const sections: EditionSectionChanges[] = [];
  for (const section of e.sections) {
    // Editions are aligned by the text of their expectations; a rating that rises or falls changes an expectation too.
    const fromList = (from && section.from && from.expectations[section.from.id]) || [];
    const toList = (to && section.to && to.expectations[section.to.id]) || [];
    const a = fromList.map((x) => x.text);
    const b = toList.map((x) => x.text);
    if (a.length === 0 && b.length === 0) continue;
    const changes = withRatings(alignExpectations(a, b, { corpus: e.corpus }), fromList, toList, e.older, e.newer);
    const { id, title } = section.to ?? section.from!;
    sections.push({ id, title, from: [...a], to: [...b], changes, summary: summarizeChanges(changes), reordered: isReordered(a, changes) });
  }
  const entry = (area: GrowthArea | null, level: Level | null) => (area && level ? (area.byLevel.find((x) => x.levels.includes(level.id))?.text ?? null) : null);
  const growthAreas: GrowthAreaChange[] = [];
  for (const area of e.growthAreas) {
    const a = entry(area.from, from);
    const b = entry(area.to, to);
    const change = compareEntries(a, b, e.corpus);
    if (change) growthAreas.push({ ...ref(area.to ?? area.from!), from: a, to: b, change });
  }
  const facts = alignFacts(from?.facts ?? [], to?.facts ?? []);
  const summary = compareEntries(from?.summary ?? null, to?.summary ?? null, e.corpus);
  const aliases = {
    added: (to?.aliases ?? []).filter((a) => !from?.aliases.includes(a)),
    removed: (from?.aliases ?? []).filter((a) => !to?.aliases.includes(a)),
  };
  // The tracks of a shared level are a set: moved when the old ones, renamed to the new edition's ids, are not the new ones.
  const oldTracks = from ? from.tracks.map((t) => e.trackOf.get(t)) : [];
  const movedTrack = from && to && (oldTracks.length !== to.tracks.length || oldTracks.some((t) => t === undefined || !to.tracks.includes(t)));
  const trackRef = (ladder: Ladder, id: string | undefined) => {
    const track = ladder.tracks.find((t) => t.id === id);
    return track ? ref(track) : null;
  };
  const track = movedTrack ? { from: trackRef(e.older, from.tracks[0]), to: trackRef(e.newer, to.tracks[0]) } : null;
  const every = (ladder: Ladder, level: Level) => level.tracks.map((id) => trackRef(ladder, id)).filter((t) => t !== null);
  const tracks = movedTrack ? { from: every(e.older, from), to: every(e.newer, to) } : null;
  // A level ranked anew (re-levelled against the other tracks) changed, even with the same expectations.
  const rank = from && to && (from.rank ?? null) !== (to.rank ?? null) ? { from: from.rank ?? null, to: to.rank ?? null } : null;
  const expectations = summarizeChanges(sections.flatMap((s) => s.changes));
  const differs = (c: Change | null) => c !== null && c.kind !== "same";
  const changed =
    pair.match.status !== "kept" ||
    differs(summary) ||
    aliases.added.length + aliases.removed.length > 0 ||
    track !== null ||
    rank !== null ||
    facts.some((f) => differs(f.change)) ||
    sections.some((s) => s.reordered || s.changes.some(differs)) ||
    growthAreas.some((g) => differs(g.change));
  return { ...pair.match, changed, summary, aliases, track, tracks, rank, facts, sections, growthAreas, expectations };
}

/** Whether the expectations paired across the editions come in another order in the new one. */
function isReordered(from: readonly string[], changes: readonly Change[]): boolean {
  const indexes = new Map<string, number[]>();
  from.forEach((text, i) => indexes.set(text, [...(indexes.get(text) ?? []), i]));
  let last = -1;
  for (const change of changes) {
    if (change.from === null || change.to === null) continue;
    const i = indexes.get(change.from)!.shift()!;
    if (i < last) return true;
    last = i;
  }
  return false;
}

interface ComparedTransition {
  change: TransitionChange;
  from: Transition | null;
  to: Transition | null;
}

/** Transitions paired by their two ends, each end seen through the pairing of levels and roles. */
function compareTransitions(older: Ladder, newer: Ladder, positions: Map<string, string>, corpus: Corpus): ComparedTransition[] {
  // An end with no counterpart cannot match anything in the new edition.
  const key = (from: string, to: string) => JSON.stringify([from, to]);
  const olderByEnds = new Map<string, number[]>();
  older.transitions.forEach((t, i) => {
    const k = key(positions.get(t.from) ?? `\0${t.from}`, positions.get(t.to) ?? `\0${t.to}`);
    olderByEnds.set(k, [...(olderByEnds.get(k) ?? []), i]);
  });
  const partner = newer.transitions.map((t) => olderByEnds.get(key(t.from, t.to))?.shift() ?? null);
  return arrange(older.transitions.length, partner, (i, j) => {
    const from = i === null ? null : older.transitions[i]!;
    const to = j === null ? null : newer.transitions[j]!;
    const [ladder, ends] = to ? [newer, to] : [older, from!];
    return {
      change: {
        from: positionRef(ladder, ends.from),
        to: positionRef(ladder, ends.to),
        title: from && to && derivedTitle(older, from) && derivedTitle(newer, to) ? null : compareEntries(from?.title ?? null, to?.title ?? null, corpus)!,
        text: compareEntries(from?.text ?? null, to?.text ?? null, corpus)!,
      },
      from,
      to,
    };
  });
}

/** Whether a transition's title is the one the loader makes from its ends' titles: it changes when they do, which is reported there. */
function derivedTitle(ladder: Ladder, t: Transition): boolean {
  return t.title === `${positionRef(ladder, t.from).title} to ${positionRef(ladder, t.to).title}`;
}

/** Whether a transition starts or ends at a level (both of one edition). */
function touches(transition: Transition | null, level: Level | null): boolean {
  return transition !== null && level !== null && (transition.from === level.id || transition.to === level.id);
}

/** The kind of change of a transition as a whole: a new title alone changes it too. */
export function transitionKind(t: TransitionChange): Change["kind"] {
  if (t.text.kind === "added" || t.text.kind === "removed") return t.text.kind;
  return (t.title === null || t.title.kind === "same") && t.text.kind === "same" ? "same" : "changed";
}

/** The pair of the level a person names: as the new edition knows it, else (a removed level) as the old one did. */
function findLevel(levels: readonly Paired<Level>[], older: Ladder, newer: Ladder, name: string, newerFile: string): number {
  const unknown = (error: unknown) => error instanceof LadderError && error.message.startsWith("unknown level");
  try {
    const found = resolveLevel(newer, name);
    return levels.findIndex((p) => p.to === found);
  } catch (error) {
    // A name the new edition finds twice is ambiguous there: that is the answer, not the old edition's reading.
    if (!unknown(error)) throw error;
    try {
      const found = resolveLevel(older, name);
      return levels.findIndex((p) => p.from === found);
    } catch (olderError) {
      if (!unknown(olderError)) throw olderError;
      // resolveLevel's last hint names `ladder levels`, which lists another ladder: name this one's levels instead.
      const ids = newer.levels.map((l) => l.id);
      throw usageError((error as LadderError).message, [
        ...(error as LadderError).hints.filter((h) => !h.startsWith("run `")),
        `the levels of ${newerFile}: ${ids.slice(0, 12).join(", ")}${ids.length > 12 ? ", ..." : ""}`,
      ]);
    }
  }
}

function matchCounts(matches: readonly EditionMatch[]): MatchCounts {
  const count = (status: EditionMatch["status"]) => matches.filter((m) => m.status === status).length;
  return { added: count("added"), removed: count("removed"), renamed: count("renamed"), reidentified: count("re-identified") };
}

function summarizeEditions(ladderWide: LadderWideChanges | null, levels: readonly LevelChanges[], transitions: readonly TransitionChange[]): ChangesSummary {
  const inBoth = levels.filter((l) => l.from && l.to);
  const total = (summaries: ChangeSummary[]): ChangeSummary =>
    summaries.reduce((sum, s) => ({ same: sum.same + s.same, changed: sum.changed + s.changed, added: sum.added + s.added, removed: sum.removed + s.removed }), {
      same: 0,
      changed: 0,
      added: 0,
      removed: 0,
    });
  return {
    levels: { ...matchCounts(levels), changed: inBoth.filter((l) => l.changed).length, unchanged: inBoth.filter((l) => !l.changed).length },
    expectations: total(levels.map((l) => l.expectations)),
    ratingChanged: levels.reduce((n, l) => n + l.sections.reduce((m, s) => m + s.changes.filter(ratingOnly).length, 0), 0),
    facts: summarizeChanges(levels.flatMap((l) => l.facts.map((f) => f.change))),
    growthAreaEntries: summarizeChanges(levels.flatMap((l) => l.growthAreas.flatMap((g) => (g.change ? [g.change] : [])))),
    transitions: summarizeChanges(transitions.map((t) => ({ ...t.text, kind: transitionKind(t) }))),
    tracks: matchCounts(ladderWide?.tracks ?? []),
    sections: matchCounts(ladderWide?.sections ?? []),
    growthAreas: matchCounts(ladderWide?.growthAreas ?? []),
    roles: matchCounts(ladderWide?.roles ?? []),
    ratings: matchCounts(ladderWide?.ratings ?? []),
    responsibilities: summarizeChanges(ladderWide?.responsibilities ?? []),
    notes: summarizeChanges((ladderWide?.notes ?? []).map((n) => n.change)),
    description: ladderWide?.description?.kind ?? null,
    title: ladderWide?.title.kind ?? null,
  };
}

/** A pair whose text is the same at both editions, changed by its rating alone. */
const ratingOnly = (c: ExpectationChange) => c.kind === "changed" && c.from === c.to && c.rating !== undefined && c.rating.from?.id !== c.rating.to?.id;

/** The view without what did not change (the default); the summary still counts it. */
export function onlyChanges(view: ChangesView): ChangesView {
  const changed = (c: Change) => c.kind !== "same";
  const w = view.ladderWide;
  return {
    ...view,
    ladderWide: w && {
      ...w,
      responsibilities: w.responsibilities.filter(changed),
      notes: w.notes.filter((n) => changed(n.change)),
      tracks: w.tracks.filter((m) => m.status !== "kept"),
      sections: w.sections.filter((m) => m.status !== "kept"),
      growthAreas: w.growthAreas.filter((m) => m.status !== "kept"),
      roles: w.roles.filter((m) => m.status !== "kept"),
      ratings: w.ratings.filter((m) => m.status !== "kept"),
    },
    levels: view.levels
      .filter((l) => l.changed)
      .map((l) => ({
        ...l,
        facts: l.facts.filter((f) => changed(f.change)),
        sections: l.sections.map((s) => ({ ...s, changes: s.changes.filter(changed) })).filter((s) => s.changes.length > 0 || s.reordered),
        growthAreas: l.growthAreas.filter((g) => g.change !== null && changed(g.change)),
      })),
    transitions: view.transitions.filter((t) => transitionKind(t) !== "same"),
  };
}
