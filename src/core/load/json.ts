/**
 * JSON ladder files (`{` first), read with JSON.parse: many times faster than
 * a YAML parser on the same text. JSON is YAML, so the YAML reader reads the
 * same data; this reader only takes files it would read exactly the same way,
 * and declines the rest (undefined), which then go to the YAML reader. That is
 * also how a problem in a JSON file gets its line and column.
 */
import { FORBIDDEN_KEYS } from "../definitions.js";
import { LIMITS } from "./limits.js";
import type { PlainData } from "./to-ladder.js";

/** A JSON string, and the colon after it when it is a key. Unrolled, so each character is looked at once. */
const STRING = /"[^"\\]*(?:\\.[^"\\]*)*"(\s*:)?/g;

/** An integer-like key, which a JavaScript object puts before the others. */
const INDEX_LIKE = /^(0|[1-9]\d*)$/;

export function readJson(source: string): PlainData | undefined {
  if (!/^\s*\{/.test(source)) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch {
    return undefined;
  }
  // Declined, for the YAML reader to report at its place: nesting past the limit and forbidden keys.
  let keys = 0;
  const extensions = new WeakMap<object, [string, unknown][]>();
  const fine = (value: unknown, depth: number): boolean => {
    if (value === null || typeof value !== "object") return true;
    if (depth >= LIMITS.maxDepth) return false;
    if (Array.isArray(value)) return value.every((item) => fine(item, depth + 1));
    const object = value as Record<string, unknown>;
    for (const key of Object.keys(object)) {
      keys++;
      // The walk goes inside `x-` values too: a forbidden key is refused even where it would be ignored.
      if (FORBIDDEN_KEYS.has(key) || !fine(object[key], depth + 1)) return false;
      if (key.startsWith("x-")) {
        // Kept aside, not checked: the JSON export writes them back.
        const kept = extensions.get(object);
        if (kept) kept.push([key, object[key]]);
        else extensions.set(object, [[key, object[key]]]);
        delete object[key];
      }
    }
    return true;
  };
  if (!fine(raw, 0)) return undefined;

  // JSON.parse keeps the last of two equal keys without a word; a duplicate key is refused as in YAML.
  let keysInText = 0;
  STRING.lastIndex = 0;
  for (let m = STRING.exec(source); m !== null; m = STRING.exec(source)) if (m[1] !== undefined) keysInText++;
  if (keysInText !== keys) return undefined;

  // A fact is shown as written: JSON.parse turns `1.10` into 1.1, and puts a label such as "2024" first.
  const levels = (raw as { levels?: unknown }).levels;
  if (Array.isArray(levels)) {
    for (const level of levels) {
      const facts = (level as { facts?: unknown } | null)?.facts;
      if (facts !== null && typeof facts === "object" && Object.entries(facts).some(([label, value]) => typeof value === "number" || INDEX_LIKE.test(label))) return undefined;
    }
  }
  return { raw, keyOrder: new WeakMap(), extensions };
}
