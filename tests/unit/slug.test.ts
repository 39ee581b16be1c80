// One slug for every name made from a title: ids of `ladder import`, the file
// names of assessment records, which `ladder assess` and the site's script
// (which bundles src/core/slug.ts) both name with recordStem.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { slugOf } from "../../src/core/import/ids.js";
import { recordStem, slug } from "../../src/core/slug.js";

const NAMES: [string, string][] = [
  ["Gestión de equipos", "gestion-de-equipos"],
  ["Zoë Rivera", "zoe-rivera"],
  ["ÉCOLE Ñandú", "ecole-nandu"],
  ["İstanbul Ağı", "istanbul-ag"], // a dotless ı has no plain letter in it,
  ["Straße", "stra-e"],
  ["🚀 Delivery", "delivery"],
  ["Results > Impact", "results-impact"],
  ["  --Senior Engineer (L4)--  ", "senior-engineer-l4"],
  ["ﬁle ①", "file-1"],
  ["工程师 Level 3", "level-3"],
  ["工程师", ""],
  ["a\u200bb\u0000c", "a-b-c"],
  ["Café\u0301 au lait", "cafe-au-lait"],
  ["", ""],
];

describe("slug", () => {
  it.each(NAMES)("%j -> %j", (name, expected) => {
    expect(slug(name)).toBe(expected);
  });

  it("is a slug: letters, digits and single hyphens, none at either end, never cut on a hyphen", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 80 }), fc.integer({ min: 1, max: 60 }), (name, cap) => {
        const s = slug(name, cap);
        expect(s).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*)?$/);
        expect(s.length).toBeLessThanOrEqual(cap);
      }),
    );
  });

  it("keeps import's ids within 40 characters and record names within 60", () => {
    const long = "Principal Staff Engineer of Distributed Storage Systems and Platform Reliability";
    expect(slugOf(long)).toBe("principal-staff-engineer-of-distributed");
    expect(slugOf("Gestión")).toBe("gestion");
    expect(recordStem("2026-11-30", "em", long)).toBe("assessment-2026-11-30-em-principal-staff-engineer-of-distributed-storage-systems-and");
    expect(recordStem("2026-11-30", "em", "Gestión Pérez")).toBe("assessment-2026-11-30-em-gestion-perez");
  });

  it("names a record for oneself by date and level alone, and a level whose id has no letter as 'level'", () => {
    expect(recordStem("2026-11-30", "senior-em", undefined)).toBe("assessment-2026-11-30-senior-em");
    expect(recordStem("2026-11-30", "senior-em", "")).toBe("assessment-2026-11-30-senior-em");
    expect(recordStem("2026-11-30", "工程师", "🚀")).toBe("assessment-2026-11-30-level");
  });
});
