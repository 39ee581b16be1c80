/**
 * `ladder export --format json`: the whole ladder in the ladder file format,
 * version 1 (docs: ladder-format.md), so the export is documented by the
 * format page and `ladder schema`, and loads again with `--data`. Every
 * string is exactly as in the ladder; transition titles are written out
 * (derived ones included); `x-` extensions of the ladder and of its tracks,
 * sections, ratings, levels and their expectations and links, growth areas
 * and their entries, roles, transitions and notes are written back as they were.
 *
 * Fact labels keep their order even where a plain object would not (a label
 * like "2024" would move to the front of a JavaScript object), so objects are
 * written from ordered entries here rather than by JSON.stringify alone.
 */
import type { Expectation, Extended, Ladder } from "../../../core/types.js";

/** An object written from entries, in their order. */
class Entries {
  constructor(readonly entries: readonly (readonly [string, Json | undefined])[]) {}
}
type Json = string | number | boolean | null | readonly Json[] | Entries;

function write(value: Json, indent: string): string {
  if (value instanceof Entries) {
    const present = value.entries.filter((e): e is readonly [string, Json] => e[1] !== undefined);
    if (present.length === 0) return "{}";
    const inner = indent + "  ";
    return `{\n${present.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${write(v, inner)}`).join(",\n")}\n${indent}}`;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const inner = indent + "  ";
    return `[\n${value.map((v: Json) => inner + write(v, inner)).join(",\n")}\n${indent}]`;
  }
  return JSON.stringify(value);
}

const obj = (...entries: (readonly [string, Json | undefined])[]) => new Entries(entries);

/** Plain data from a file (an `x-` value) as Json, mappings in their order. */
function plainJson(value: unknown): Json {
  if (Array.isArray(value)) return value.map(plainJson);
  if (value !== null && typeof value === "object") return new Entries(Object.entries(value).map(([k, v]) => [k, plainJson(v)] as const));
  return value as Json;
}

/** An object's own keys, then the `x-` keys its file gave it (written back as they were). */
const withExtensions = (x: Extended, ...entries: (readonly [string, Json | undefined])[]) =>
  obj(...entries, ...Object.entries(x.extensions ?? {}).map(([k, v]) => [k, plainJson(v)] as const));

/** Plain text where the file could have written it so; a mapping where there is more to say. */
function expectationJson(e: Expectation): Json {
  if (e.rating === undefined && e.examples.length === 0 && e.links.length === 0 && e.extensions === undefined) return e.text;
  return withExtensions(
    e,
    ["text", e.text],
    ["rating", e.rating],
    ["examples", e.examples.length > 0 ? e.examples : undefined],
    ["links", e.links.length > 0 ? e.links.map((link) => withExtensions(link, ["url", link.url], ["title", link.title])) : undefined],
  );
}

export function ladderJson(ladder: Ladder): string {
  const file = withExtensions(
    ladder,
    ["version", 1],
    ["title", ladder.title],
    ["description", ladder.description],
    ["responsibilities", ladder.responsibilities],
    ["notes", ladder.notes.map((n) => withExtensions(n, ["title", n.title], ["text", n.text]))],
    ["ratings", ladder.ratings.length > 0 ? ladder.ratings.map((r) => withExtensions(r, ["id", r.id], ["title", r.title], ["description", r.description])) : undefined],
    // A file that has `tracks` must give every level one; a ladder without tracks leaves the key out.
    [
      "tracks",
      ladder.tracks.length > 0
        ? ladder.tracks.map((t) => withExtensions(t, ["id", t.id], ["title", t.title], ["description", t.description], ["group", t.group], ["sections", t.sections]))
        : undefined,
    ],
    ["sections", ladder.sections.map((s) => withExtensions(s, ["id", s.id], ["title", s.title], ["description", s.description], ["group", s.group]))],
    [
      "levels",
      ladder.levels.map((l) =>
        withExtensions(
          l,
          ["id", l.id],
          ["title", l.title],
          ["aliases", l.aliases],
          // One track as `track`, as most files write it; a shared level lists them all.
          ["track", l.tracks.length === 1 ? l.tracks[0] : undefined],
          ["tracks", l.tracks.length > 1 ? l.tracks : undefined],
          ["rank", l.rank],
          ["summary", l.summary],
          ["facts", new Entries(l.facts.map((f) => [f.label, f.value] as const))],
          // In section order, only the sections the level fills (as the file had them).
          ["expectations", new Entries(ladder.sections.filter((s) => l.expectations[s.id] !== undefined).map((s) => [s.id, l.expectations[s.id]!.map(expectationJson)] as const))],
        ),
      ),
    ],
    [
      "growth_areas",
      ladder.growthAreas.map((a) => withExtensions(a, ["id", a.id], ["title", a.title], ["by_level", a.byLevel.map((e) => withExtensions(e, ["levels", e.levels], ["text", e.text]))])),
    ],
    ["roles", ladder.roles.map((r) => withExtensions(r, ["id", r.id], ["title", r.title]))],
    ["transitions", ladder.transitions.map((t) => withExtensions(t, ["from", t.from], ["to", t.to], ["title", t.title], ["text", t.text]))],
  );
  return write(file, "") + "\n";
}
