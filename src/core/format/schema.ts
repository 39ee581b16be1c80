/**
 * The ladder file format, version 1 (docs: ladder-format.md), as one zod
 * schema. The loader validates with it and `ladder schema` exports it as JSON
 * Schema, so the two cannot drift. zod/mini keeps the bundle small: this module
 * is only loaded when a file has to be checked.
 *
 * Cross-references (a level's track, expectation sections, growth-area levels,
 * transition ends) and uniqueness are checked in references.ts, where the whole
 * document is in view.
 */
import * as z from "zod/mini";
import { CONTROL_CHARACTER, withoutControlPattern } from "../definitions.js";

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const CONTROL_MESSAGE = "contains a control character";

/** Links a ladder may give: web and mail addresses only, never javascript: or data:. */
export const URL_PATTERN = /^(https?:\/\/|mailto:)\S+$/;

const id = z.string().check(z.regex(ID_PATTERN), z.describe("A lowercase slug: letters, digits and single hyphens, e.g. `senior-em`."));

const noControl = z.refine<string>((s) => !CONTROL_CHARACTER.test(s), { message: CONTROL_MESSAGE });

/** Titles, names and fact values: one line of text. */
const line = z.string().check(
  z.minLength(1),
  noControl,
  z.refine((s) => !/[\n\t]/.test(s), { message: "must be one line (no line breaks or tabs)" }),
  // The two refinements above as one pattern, for editors: the JSON Schema cannot carry code.
  z.meta({ pattern: withoutControlPattern(true) }),
);

export const NAME_MESSAGE = "a name must contain a letter or a digit";

/** Another name of a level: typed on the command line, so not only punctuation. */
const name = line.check(z.refine((s) => /[\p{L}\p{N}]/u.test(s), { message: NAME_MESSAGE }));

/** Expectations, descriptions and other prose: newlines and tabs are allowed. */
const prose = z.string().check(z.minLength(1), noControl, z.meta({ pattern: withoutControlPattern() }));

const described = <T extends z.ZodMiniType>(schema: T, description: string): T => schema.check(z.describe(description)) as T;

export const TrackSchema = z.strictObject({
  id,
  title: described(line, "Shown wherever the track is named."),
  description: z.optional(described(prose, "Prose about the track, shown by `ladder levels`, `ladder about` and exports.")),
  group: z.optional(described(line, "A category the track belongs to, e.g. `Engineering`.")),
  sections: z.optional(
    described(z.array(id).check(z.minLength(1)), "The ids of the sections this track uses, in its own order; default: every section, in the global order."),
  ),
});

export const SectionSchema = z.strictObject({
  id: described(id, "Used as a key of `levels[].expectations`."),
  title: described(line, "Shown as the section heading."),
  description: z.optional(described(prose, "Prose about the section, shown under its heading.")),
  group: z.optional(described(line, "A category the section belongs to, e.g. `Results` for `Results > Impact`.")),
});

export const RatingSchema = z.strictObject({
  id: described(id, "Named by `rating:` on an expectation."),
  title: described(line, "Shown wherever the rating is, e.g. `Proficient`."),
  description: z.optional(prose),
});

export const LinkSchema = z.strictObject({
  // A pattern rather than a refinement, so the JSON Schema for editors checks it too.
  url: described(z.string().check(noControl, z.regex(URL_PATTERN)), "An http(s):// or mailto: address."),
  title: z.optional(line),
});

/** An expectation: plain text, or text with a rating, examples and links. */
export const ExpectationSchema = z.union([
  prose,
  z.strictObject({
    text: prose,
    rating: z.optional(described(id, "The id of one of the ladder's `ratings`.")),
    examples: z.optional(described(z.array(prose), "What meeting the expectation looks like, shown under it.")),
    links: z.optional(described(z.array(LinkSchema), "Further reading.")),
  }),
]);

export const LevelSchema = z.strictObject({
  id: described(id, "Typed on the command line: `ladder show <id>`."),
  title: line,
  aliases: z.optional(described(z.array(name), "Extra names that find this level on the command line.")),
  track: z.optional(described(id, "The id of a track; when `tracks` is present a level names one here or several in `tracks`.")),
  tracks: z.optional(
    described(z.array(id).check(z.minLength(1)), "The ids of several tracks that share this level (a trunk that forks); instead of `track`."),
  ),
  rank: z.optional(described(z.int(), "Where the level stands across tracks: levels of equal rank compare, and `ladder levels` lines them up.")),
  summary: z.optional(described(line, "A one-line subtitle.")),
  facts: z.optional(
    described(
      z.record(line, z.union([line, z.number()])),
      "Ordered label -> value pairs, e.g. `Team size: 5-8 engineers`.",
    ),
  ),
  expectations: described(
    z.record(id, z.array(ExpectationSchema)),
    "Section id -> the expectations of this level in that section: text, or `{ text, rating, examples, links }`. A section may be left out.",
  ),
}).check(z.meta({ not: { required: ["track", "tracks"] } })); // One or the other (references.ts says so to the loader's user).

export const GrowthAreaEntrySchema = z.strictObject({
  levels: described(z.array(id).check(z.minLength(1)), "The level ids this entry applies to; one text may be shared by several levels."),
  text: prose,
});

export const GrowthAreaSchema = z.strictObject({
  id,
  title: line,
  by_level: z.array(GrowthAreaEntrySchema),
});

export const RoleSchema = z.strictObject({
  id: described(id, "A position outside the ladder, e.g. `ic` for individual contributor."),
  title: line,
});

export const TransitionSchema = z.strictObject({
  from: described(id, "A level id or a role id."),
  to: described(id, "A level id or a role id."),
  title: z.optional(described(line, "Derived from the two titles when absent.")),
  text: prose,
});

export const NoteSchema = z.strictObject({
  title: line,
  text: prose,
});

export const LadderFileSchema = z.strictObject({
  version: z.optional(described(z.literal(1), "The format version; when present it must be 1.")),
  title: line,
  description: z.optional(described(prose, "Prose shown by `ladder about`.")),
  responsibilities: z.optional(described(z.array(prose), "Duties shared by every level.")),
  notes: z.optional(described(z.array(NoteSchema), "Closing prose, shown by `ladder about`.")),
  ratings: z.optional(described(z.array(RatingSchema).check(z.minLength(1)), "A scale for rating expectations, ordered from lowest to highest.")),
  tracks: z.optional(described(z.array(TrackSchema), "Omit for a single-track ladder.")),
  sections: described(z.array(SectionSchema).check(z.minLength(1)), "The dimensions that describe a level, in order."),
  levels: described(z.array(LevelSchema).check(z.minLength(1)), "Ordered from junior to senior (within each track)."),
  growth_areas: z.optional(described(z.array(GrowthAreaSchema), "Themes followed across levels.")),
  roles: z.optional(described(z.array(RoleSchema), "Positions outside the ladder that transitions may name.")),
  transitions: z.optional(described(z.array(TransitionSchema), "What changes between two positions.")),
});

export type LadderFile = z.infer<typeof LadderFileSchema>;

/** The keys an object at this schema position accepts, for "did you mean" hints. */
export function knownKeysAt(path: readonly PropertyKey[]): string[] {
  let schema: unknown = LadderFileSchema;
  for (const segment of path) {
    schema = unwrap(schema);
    const def = (schema as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    if (!def) return [];
    if (def.type === "object") schema = (def.shape as Record<string, unknown>)[String(segment)];
    else if (def.type === "array") schema = def.element;
    else if (def.type === "record") schema = def.valueType;
    else if (def.type === "union") schema = (def.options as unknown[]).map(unwrap).find((o) => (o as { _zod?: { def?: { type?: string } } })._zod?.def?.type === "object");
    else return [];
  }
  let def = (unwrap(schema) as { _zod?: { def?: { type?: string; shape?: object; options?: unknown[] } } })._zod?.def;
  // An expectation is text or a mapping: the mapping's keys are the ones to suggest.
  if (def?.type === "union") def = (def.options ?? []).map((o) => (unwrap(o) as { _zod?: { def?: { type?: string; shape?: object } } })._zod?.def).find((d) => d?.type === "object");
  return def?.type === "object" && def.shape ? Object.keys(def.shape) : [];
}

function unwrap(schema: unknown): unknown {
  let current = schema as { _zod?: { def?: { type?: string; innerType?: unknown } } } | undefined;
  while (current?._zod?.def?.type === "optional") current = current._zod.def.innerType as typeof current;
  return current;
}
