/**
 * Answers collected elsewhere (`ladder assess <level> --answers FILE`): a CSV
 * with the header `expectation,answer,note` (and optionally `links`), or the
 * same rows as a JSON list of objects. Each row names an expectation of the
 * level by its text and gives one of the answers; a row for an unknown
 * expectation, an unknown answer or a repeated expectation is a problem
 * placed at its line, and every problem is reported at once. Expectations
 * left out stay unanswered.
 */
import { parse as parseCsv } from "csv-parse/sync";
import { RATINGS, linksIn, type Answer, type Question, type Rating } from "./assessment.js";
import { LadderFileError, type FileKind, type Problem } from "./errors.js";
import { isMap, isScalar, LineCounter, parseDocument, type Node } from "yaml";
import type { Position } from "./load/issues.js";
import { closest, normalizeName } from "./names.js";

export const ANSWERS_FILE: FileKind = {
  what: "answers file",
  hint: "an answers file is a CSV with the header expectation,answer,note (or the same as a JSON list); see `ladder assess --help`",
};

const COLUMNS = ["expectation", "answer", "note", "links"] as const;
type Column = (typeof COLUMNS)[number];

/** One row as read, with where it is. */
interface Row {
  line: number;
  /** Where each column's value is, for the problems (JSON knows columns; CSV gives the row's line). */
  at: (column: Column) => { line: number; col: number };
  expectation: string;
  answer: string;
  note: string;
  links: string[];
}

/** The answers in an answers file, for the questions of one level. `file` names it in problems; `.json` is read as JSON. */
export function readAnswersText(source: string, file: string, questions: readonly Question[], levelId: string): Answer[] {
  const problems: Problem[] = [];
  const rows = file.toLowerCase().endsWith(".json") ? jsonRows(source, file, problems) : csvRows(source, file, problems);
  const answers: Answer[] = [];
  const taken = new Map<Question, number>();
  const texts = questions.map((q) => q.text);
  const normal = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();
  for (const row of rows) {
    const problem = (column: Column, message: string, hint?: string) => problems.push({ file, ...row.at(column), path: "", message, ...(hint ? { hint } : {}) });
    const text = row.expectation.trim();
    const answerText = row.answer.trim();
    if (text === "" && answerText === "" && row.note.trim() === "") continue; // a blank row
    if (text === "") {
      problem("expectation", "no expectation on this row", "copy the expectation's text from `ladder show`");
      continue;
    }
    // The exact text first, then the same words with other spacing or case; a repeated text takes its next place.
    const matches = questions.filter((q) => q.text === text);
    const candidates = matches.length > 0 ? matches : questions.filter((q) => normal(q.text) === normal(text));
    if (candidates.length === 0) {
      const near = closest(text, texts, 1)[0];
      problem("expectation", `"${text}" is not an expectation of ${levelId}`, near ? `did you mean "${near}"?` : `\`ladder show ${levelId}\` lists its expectations`);
      continue;
    }
    const question = candidates.find((q) => !taken.has(q));
    if (question === undefined) {
      problem("expectation", `"${text}" is answered twice`, `its first answer is on line ${taken.get(candidates[0]!)}`);
      continue;
    }
    taken.set(question, row.line);
    if (answerText === "") {
      if (row.note.trim() !== "" || row.links.length > 0) problem("answer", "a note without an answer", `answer ${RATINGS.join(", ")}, or leave the row out`);
      continue; // left blank: unanswered
    }
    const rating = RATINGS.find((r) => r === normalizeName(answerText));
    if (rating === undefined) {
      problem("answer", `unknown answer "${answerText}"`, `use one of: ${RATINGS.join(", ")}`);
      continue;
    }
    const note = row.note.trim();
    const links = [...new Set([...row.links, ...linksIn(note)])];
    answers.push({ section: question.section.id, index: question.index, rating: rating as Rating, note: note === "" ? null : note, ...(links.length > 0 ? { links } : {}) });
  }
  if (problems.length > 0) throw new LadderFileError(file, problems.sort((a, b) => a.line - b.line || a.col - b.col), ANSWERS_FILE);
  return answers;
}

function csvRows(source: string, file: string, problems: Problem[]): Row[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parseCsv(source, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    problems.push({ file, line, col: 1, path: "", message: `the CSV cannot be read: ${(error as Error).message.replace(/^Invalid [^:]*: /, "")}`, hint: "check the quotes on this line" });
    return [];
  }
  const header = records[0];
  if (!header) {
    problems.push({ file, line: 1, col: 1, path: "", message: "the file is empty", hint: "the first line is the header: expectation,answer,note" });
    return [];
  }
  const names = header.record.map((h) => h.trim().toLowerCase());
  const place = new Map<Column, number>();
  names.forEach((name, i) => {
    if ((COLUMNS as readonly string[]).includes(name)) place.set(name as Column, i);
    else {
      const near = closest(name, COLUMNS, 1)[0];
      problems.push({ file, line: header.info.lines, col: 1, path: "", message: `unknown column "${header.record[i]}"`, hint: near ? `did you mean "${near}"?` : `the columns are ${COLUMNS.join(", ")}` });
    }
  });
  for (const needed of ["expectation", "answer"] as const) {
    if (!place.has(needed)) problems.push({ file, line: header.info.lines, col: 1, path: "", message: `the header has no "${needed}" column`, hint: "the first line is the header: expectation,answer,note" });
  }
  if (!place.has("expectation") || !place.has("answer")) return [];
  return records.slice(1).map(({ record, info }) => {
    const cell = (column: Column) => (place.has(column) ? (record[place.get(column)!] ?? "") : "");
    return {
      line: info.lines,
      at: () => ({ line: info.lines, col: 1 }),
      expectation: cell("expectation"),
      answer: cell("answer"),
      note: cell("note"),
      links: cell("links").split(/\s+/).filter((l) => l !== ""),
    };
  });
}

function jsonRows(source: string, file: string, problems: Problem[]): Row[] {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    problems.push({ file, line: 1, col: 1, path: "", message: "the file is not valid JSON", hint: 'a JSON answers file is a list: [{ "expectation": "...", "answer": "sometimes", "note": "..." }]' });
    return [];
  }
  const position = jsonPositions(source);
  if (!Array.isArray(data)) {
    problems.push({ file, line: 1, col: 1, path: "", message: "expected a list of answers", hint: 'a JSON answers file is a list: [{ "expectation": "...", "answer": "sometimes", "note": "..." }]' });
    return [];
  }
  const rows: Row[] = [];
  data.forEach((item: unknown, i) => {
    const where = position([i]);
    if (item === null || typeof item !== "object" || Array.isArray(item)) {
      problems.push({ file, ...where, path: `[${i}]`, message: "expected an object with expectation, answer and note" });
      return;
    }
    const entry = item as Record<string, unknown>;
    let ok = true;
    for (const key of Object.keys(entry)) {
      if (!(COLUMNS as readonly string[]).includes(key)) {
        const near = closest(key, COLUMNS, 1)[0];
        problems.push({ file, ...position([i, key], true), path: `[${i}].${key}`, message: `unknown key "${key}"`, hint: near ? `did you mean "${near}"?` : `the keys are ${COLUMNS.join(", ")}` });
        ok = false;
      }
    }
    const text = (key: Column) => {
      const value = entry[key];
      if (value === undefined || value === null) return "";
      if (typeof value === "string") return value;
      problems.push({ file, ...position([i, key]), path: `[${i}].${key}`, message: `expected text, got ${JSON.stringify(value)}` });
      ok = false;
      return "";
    };
    const links = entry.links === undefined ? [] : Array.isArray(entry.links) && entry.links.every((l) => typeof l === "string") ? (entry.links as string[]) : undefined;
    if (links === undefined) {
      problems.push({ file, ...position([i, "links"]), path: `[${i}].links`, message: "expected a list of links" });
      ok = false;
    }
    const row = { line: where.line, at: (column: Column) => position([i, column]), expectation: text("expectation"), answer: text("answer"), note: text("note"), links: links ?? [] };
    if (ok) rows.push(row);
  });
  return rows;
}

/** Line and column of a path in JSON text (of its key when `onKey`), through the YAML reader's node ranges (JSON is YAML). */
function jsonPositions(source: string): Position {
  const lineCounter = new LineCounter();
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(source, { lineCounter });
  } catch {
    // Valid JSON the YAML reader cannot place (too deep for it): the problems go at the start.
    return () => ({ line: 1, col: 1 });
  }
  return (path, onKey = false) => {
    let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
    if (onKey && path.length > 0) {
      const parent = doc.getIn(path.slice(0, -1) as unknown[], true);
      const pair = isMap(parent) ? parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(path.at(-1))) : undefined;
      offset = (pair?.key as Node | undefined)?.range?.[0] ?? offset;
    } else {
      const node = doc.getIn(path as unknown[], true) as Node | undefined;
      offset = node?.range?.[0] ?? offset;
    }
    const at = lineCounter.linePos(offset);
    return { line: at.line, col: at.col };
  };
}
