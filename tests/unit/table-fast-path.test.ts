/**
 * The bundle draws ladder's text tables with scripts/table-fast-path.cjs
 * instead of cli-table3 (start-up time, issue 6). It must draw exactly what
 * cli-table3 draws, and hand cli-table3 anything it does not draw itself.
 */
import { createRequire } from "node:module";
import CliTable from "cli-table3";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

type Row = (string | { colSpan: number; content: string })[];
interface FastTable {
  new (options: object): { push(...rows: Row[]): number; toString(): string };
  drawSimple(options: object, rows: Row[]): string | undefined;
}
const FastTable = createRequire(import.meta.url)("../../scripts/table-fast-path.cjs") as FastTable;

function bothWays(options: object, rows: Row[]): { fast: string; real: string } {
  const fast = new FastTable(options);
  const real = new CliTable(options as ConstructorParameters<typeof CliTable>[0]);
  for (const row of rows) {
    fast.push(row);
    real.push(row as never);
  }
  return { fast: fast.toString(), real: real.toString() };
}

const style = { head: [], border: [], "padding-left": 1, "padding-right": 1 };
const options = (head: string[], colWidths: number[]) => ({ head, colWidths, wordWrap: false, style });

/** Text of characters cli-table3 and ladder both count as one column, in lines of at most `room`. */
const text = (room: number) =>
  fc
    .array(fc.string({ unit: fc.constantFrom("a", "Z", " ", "7", "-", "—", "→", "é", "•", "│", "(", ")"), maxLength: room }), { minLength: 1, maxLength: 3 })
    .map((lines) => lines.join("\n"));

const simpleTable = fc.array(fc.integer({ min: 2, max: 16 }), { minLength: 1, maxLength: 5 }).chain((widths) => {
  const cellsRow = fc.tuple(...widths.map((w) => text(w - 2))) as fc.Arbitrary<string[]>;
  const total = widths.reduce((a, b) => a + b + 1, -1);
  const spanRow = text(total - 2).map((content) => [{ colSpan: widths.length, content }]);
  const row = widths.length > 1 ? fc.oneof(cellsRow, spanRow) : cellsRow;
  return fc.record({ widths: fc.constant(widths), head: cellsRow, rows: fc.array(row as fc.Arbitrary<Row>, { maxLength: 7 }) });
});

describe("text tables without cli-table3", () => {
  it("draws a two-column table with spanning rows as cli-table3 does", () => {
    const rows: Row[] = [[{ colSpan: 2, content: "Facts" }], ["Team size: 5-8", "—"], [{ colSpan: 2, content: "Scope\nsecond line" }], ["a", "b\nc"], ["", ""]];
    expect(FastTable.drawSimple(options(["Engineering Manager", "CTO"], [22, 12]), rows)).toBeDefined();
    const { fast, real } = bothWays(options(["Engineering Manager", "CTO"], [22, 12]), rows);
    expect(fast).toBe(real);
    expect(fast.split("\n").slice(0, 5)).toEqual([
      "┌──────────────────────┬────────────┐",
      "│ Engineering Manager  │ CTO        │",
      "├──────────────────────┴────────────┤",
      "│ Facts                             │",
      "├──────────────────────┬────────────┤",
    ]);
  });

  it("draws every simple table as cli-table3 does", () => {
    fc.assert(
      fc.property(simpleTable, ({ widths, head, rows }) => {
        expect(FastTable.drawSimple(options(head, widths), rows)).toBeDefined();
        const { fast, real } = bothWays(options(head, widths), rows);
        expect(fast).toBe(real);
      }),
      { numRuns: 400 },
    );
  });

  it("hands cli-table3 what it does not draw: colour, wide characters, lines too long, other options", () => {
    const cases: [object, Row[]][] = [
      [options(["a", "b"], [8, 8]), [["\u001b[1mbold\u001b[22m", "x"]]],
      [options(["a", "b"], [8, 8]), [["技術", "🚀"]]],
      [options(["a", "b"], [6, 6]), [["far too long for this", "x"]]],
      [options(["a", "b", "c"], [6, 6, 6]), [[{ colSpan: 2, content: "two of three" }, "x"]]],
      [{ ...options(["a", "b"], [8, 8]), colAligns: ["right", "left"] }, [["x", "y"]]],
      [options(["a", "b"], [8, 8]), [["only one cell"]]],
    ];
    for (const [opts, rows] of cases) {
      expect(FastTable.drawSimple(opts, rows)).toBeUndefined();
      const { fast, real } = bothWays(opts, rows);
      expect(fast).toBe(real);
    }
  });
});
