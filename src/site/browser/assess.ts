/**
 * The self-assessment: the answers of one level's form kept in the browser's
 * storage as they are given, and carried out and in as the record file
 * `ladder assess` writes (core/record.ts is its one definition; the browser
 * tests check what this writes against that schema).
 */
import { RATINGS, localDate, type Rating } from "../../core/assessment.js";
import { recordStem } from "../../core/slug.js";
import type { AssessmentData } from "../data.js";

interface RecordAnswer {
  section: string;
  index: number;
  expectation: string;
  answer: Rating;
  note?: string;
  links?: string[];
}

interface AssessmentRecord {
  kind: "ladder-assessment";
  version: 1;
  ladder: AssessmentData["ladder"];
  level: AssessmentData["level"];
  date: string;
  for?: string;
  answers: RecordAnswer[];
}

type Question = AssessmentData["questions"][number];

export function assess(d: AssessmentData): void {
  const key = `ladder-assessment:${d.ladder.fingerprint}:${d.level.id}`;
  const form = document.getElementById("assessment")!;
  const who = document.getElementById("assess-for") as HTMLInputElement;
  const summary = document.getElementById("assess-summary")!;
  const exportLink = document.getElementById("assess-export") as HTMLAnchorElement;
  const message = document.getElementById("assess-message")!;

  const choices = (q: Question) => form.querySelectorAll<HTMLInputElement>(`input[name="${q.id}"]`);
  const chosen = (q: Question) => [...choices(q)].find((input) => input.checked)?.value as Rating | undefined;
  const noteOf = (q: Question) => document.getElementById(`${q.id}-note`) as HTMLTextAreaElement;
  const linksOf = (q: Question) => document.getElementById(`${q.id}-links`) as HTMLTextAreaElement;

  function record(): AssessmentRecord {
    const answers: RecordAnswer[] = [];
    for (const q of d.questions) {
      const answer = chosen(q);
      if (answer === undefined) continue;
      const a: RecordAnswer = { section: q.section, index: q.index, expectation: q.expectation, answer };
      const note = noteOf(q).value;
      if (note.trim() !== "") a.note = note;
      const links = linksOf(q)
        .value.split("\n")
        .map((l) => l.trim())
        .filter((l) => l !== "");
      if (links.length > 0) a.links = links;
      answers.push(a);
    }
    // Keys in the order `ladder assess` writes them.
    const whom = who.value.trim() !== "" ? { for: who.value } : {};
    return { kind: "ladder-assessment", version: 1, ladder: d.ladder, level: d.level, date: localDate(new Date()), ...whom, answers };
  }

  function update(store: boolean): void {
    const r = record();
    const counts: Record<Rating, number> = { consistently: 0, sometimes: 0, "not-yet": 0 };
    for (const a of r.answers) counts[a.answer]++;
    summary.textContent = `${r.answers.length} of ${d.questions.length} answered: ${counts.consistently} consistently, ${counts.sometimes} sometimes, ${counts["not-yet"]} not yet.`;
    const json = `${JSON.stringify(r, null, 2)}\n`;
    exportLink.href = `data:application/json;charset=utf-8,${encodeURIComponent(json)}`;
    exportLink.setAttribute("download", `${recordStem(r.date, d.level.id, r.for)}.json`);
    if (!store) return;
    try {
      localStorage.setItem(key, json);
    } catch {
      message.textContent = "This browser keeps nothing (storage is off): export the record before you leave.";
    }
  }

  /** Fills the form from a record: by place when the text there is the same, else by the expectation's text. */
  function apply(r: Partial<AssessmentRecord>): { matched: number; unmatched: number } {
    const answers = Array.isArray(r.answers)
      ? r.answers.filter((a) => a && (RATINGS as readonly unknown[]).includes(a.answer) && typeof a.expectation === "string")
      : [];
    const used = new Set<number>();
    let matched = 0;
    for (const q of d.questions) {
      const free = (test: (a: RecordAnswer) => boolean) => answers.findIndex((a, n) => !used.has(n) && test(a));
      let i = free((a) => a.section === q.section && a.index === q.index && a.expectation === q.expectation);
      if (i < 0) i = free((a) => a.expectation === q.expectation);
      const answer = i >= 0 ? answers[i] : undefined;
      for (const input of choices(q)) input.checked = answer !== undefined && input.value === answer.answer;
      noteOf(q).value = typeof answer?.note === "string" ? answer.note : "";
      linksOf(q).value = Array.isArray(answer?.links) ? answer.links.join("\n") : "";
      if (answer !== undefined) {
        used.add(i);
        matched++;
      }
    }
    who.value = typeof r.for === "string" ? r.for : "";
    return { matched, unmatched: answers.length - matched };
  }

  try {
    const kept = localStorage.getItem(key);
    if (kept) apply(JSON.parse(kept) as Partial<AssessmentRecord>);
  } catch {
    // Nothing kept, or unreadable: start empty.
  }
  update(false);

  form.addEventListener("change", () => update(true));
  form.addEventListener("input", () => update(true));
  document.getElementById("assess-clear")!.addEventListener("click", () => {
    if (!window.confirm("Clear every answer and note of this assessment?")) return;
    apply({ answers: [] });
    try {
      localStorage.removeItem(key);
    } catch {
      // Storage is off.
    }
    update(false);
    message.textContent = "All answers cleared.";
  });
  const input = document.getElementById("assess-import") as HTMLInputElement;
  input.addEventListener("change", async () => {
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    // Emptied, so choosing the same file again (after clearing, say) imports it again.
    input.value = "";
    let r: Partial<AssessmentRecord> | null;
    try {
      r = JSON.parse(text) as Partial<AssessmentRecord> | null;
    } catch {
      message.textContent = `${file.name} is not a JSON file.`;
      return;
    }
    if (!r || r.kind !== "ladder-assessment" || r.version !== 1) {
      message.textContent = `${file.name} is not an assessment record (version 1).`;
      return;
    }
    if (!r.level || r.level.id !== d.level.id) {
      message.textContent = `${file.name} assesses another level (${r.level?.title}): open that level's assessment page to import it.`;
      return;
    }
    const result = apply(r);
    update(true);
    const edition = r.ladder?.fingerprint === d.ladder.fingerprint ? "" : " It was made from another edition of the ladder, so answers were matched by the expectation's text.";
    const answers = (n: number) => `${n} answer${n === 1 ? "" : "s"}`;
    const unmatched = result.unmatched > 0 ? `; ${result.unmatched} other ${result.unmatched === 1 ? "answer in it matches" : "answers in it match"} no expectation of this level.` : ".";
    message.textContent = `Imported ${answers(result.matched)} from ${file.name}${unmatched}${edition}`;
  });
}
