/**
 * Visible width of text in a terminal, and word wrapping by it. Wide (CJK)
 * characters and emoji take two columns, combining marks none; colour codes
 * are not counted.
 */
import { TERMINAL_CONTROL } from "../core/definitions.js";

const ANSI = /\u001b\[[0-9;]*m/g;

// Made on first use: creating a segmenter loads ICU data, ~8 ms of start-up, and plain ASCII never needs one.
let segmenter: Intl.Segmenter | undefined;
const segmentsOf = (text: string) => (segmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" })).segment(text);

/**
 * Characters that can join their neighbours into one grapheme cluster:
 * marks, format characters (ZWJ among them), Hangul jamo, regional
 * indicators, emoji modifiers and the few other extending, spacing or
 * prepended characters of Unicode's grapheme rules. Text without them splits
 * into clusters at every code point.
 */
let joining: RegExp | undefined;
const JOINING = () =>
  (joining ??= /[\p{M}\p{Cf}\u0D4E\u0E33\u0EB3\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF\uFF9E\uFF9F\u{111C2}\u{111C3}\u{1193F}\u{11941}\u{11A3A}\u{11A84}-\u{11A89}\u{11D46}\u{11F02}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}]/u); // made on first use, like the classes below

/** Text handed to the segmenter at a time; a cluster longer than this many code units (a pile of combining marks) is cut. */
const CHUNK = 64;

/**
 * The grapheme clusters of `text`, in linear time. Node 20's Intl.Segmenter
 * copies its whole input into every segment it returns, so segmenting a long
 * text at once is quadratic: 80,000 characters exhaust the heap. Text with no
 * joining characters is split by code point; other text is segmented a short
 * chunk at a time, the last cluster of each chunk carried into the next in
 * case it continues there.
 */
function* clusters(text: string): Generator<string> {
  if (!JOINING().test(text)) {
    yield* text;
    return;
  }
  let carry = "";
  let i = 0;
  while (i < text.length) {
    let end = Math.min(text.length, i + CHUNK);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end++; // never split a surrogate pair
    const piece = carry + text.slice(i, end);
    i = end;
    let previous: string | undefined;
    for (const { segment } of segmentsOf(piece)) {
      if (previous !== undefined) yield previous;
      previous = segment;
    }
    if (previous !== undefined && i < text.length && previous.length < CHUNK) {
      carry = previous;
    } else {
      if (previous !== undefined) yield previous;
      carry = "";
    }
  }
}

export function stripAnsi(text: string): string {
  return text.replace(ANSI, "");
}

/** Control characters (other than newline and tab) never reach the terminal, even from a file that escaped the loader's check. */
const CONTROL = new RegExp(TERMINAL_CONTROL.source, "g");

export function stripControl(text: string): string {
  return text.replace(CONTROL, "");
}

/** East Asian wide and fullwidth characters (the ranges of is-fullwidth-code-point). Emoji are measured by their presentation instead. */
function isWide(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    codePoint === 0x2329 ||
    codePoint === 0x232a ||
    (codePoint >= 0x2e80 && codePoint <= 0x3247 && codePoint !== 0x303f) ||
    (codePoint >= 0x3250 && codePoint <= 0x4dbf) ||
    (codePoint >= 0x4e00 && codePoint <= 0xa4c6) ||
    (codePoint >= 0xa960 && codePoint <= 0xa97c) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe10 && codePoint <= 0xfe19) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe6b) ||
    (codePoint >= 0xff01 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x1b000 && codePoint <= 0x1b001) ||
    (codePoint >= 0x1f200 && codePoint <= 0x1f251) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd)
  );
}

// Also made on first use: building these Unicode classes costs ~0.15 ms, and one-column text never needs them.
let zeroWidth: RegExp | undefined;
let emojiPresentation: RegExp | undefined;

function graphemeWidth(grapheme: string): number {
  if ((zeroWidth ??= /^[\p{Mn}\p{Me}\p{Cf}]+$/u).test(grapheme)) return 0;
  const first = grapheme.codePointAt(0)!;
  if (first < 0x20 || (first >= 0x7f && first < 0xa0)) return 0;
  if (isWide(first)) return 2;
  // An emoji presentation (an emoji drawn as one by default, or any character followed by U+FE0F) is two wide.
  // Pictographs shown as text by default (🅰, ©, ☺) are one column, as terminals draw them.
  if (grapheme.includes("\uFE0F") || (emojiPresentation ??= /\p{Emoji_Presentation}/u).test(grapheme)) return 2;
  return 1;
}

/**
 * Characters that are each a grapheme of their own, one column wide, next to
 * any other of them: ASCII, Latin, punctuation, arrows, maths, box drawing.
 * Checked against the segmenter for every character and every pair.
 */
const ONE_COLUMN_EACH = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e\u2190-\u22ff\u2500-\u25fc]*$/;

/** How many columns a piece of text takes. */
export type Measure = (text: string) => number;

/** The width of `text` on a terminal, colour codes left out. */
export function displayWidth(text: string): number {
  const plain = stripAnsi(text);
  // The common case (tables and their borders included): no segmentation needed.
  if (ONE_COLUMN_EACH.test(plain)) return plain.length;
  let width = 0;
  for (const cluster of clusters(plain)) width += graphemeWidth(cluster);
  return width;
}

export function graphemes(text: string): string[] {
  return Array.from(clusters(text));
}

/**
 * Wraps plain text to `width` columns. Lines break at spaces, or after a
 * hyphen inside a long word; a piece still wider than the line (a URL, a run of
 * CJK text) breaks between characters. Nothing is dropped or changed: only
 * where lines break. `measure` is displayWidth unless the lines go where
 * something else measures them too (a table cell).
 */
export function wrap(text: string, width: number, measure: Measure = displayWidth): string[] {
  const max = Math.max(1, width);
  const out: string[] = [];
  for (const paragraph of text.replace(/\t/g, "    ").split("\n")) {
    let line = "";
    let lineWidth = 0;
    const flush = () => {
      out.push(line);
      line = "";
      lineWidth = 0;
    };
    /** Puts a piece of `w` columns on the line (after a space when `spaced`), breaking it between characters if it is wider than a line. */
    const place = (piece: string, w: number, spaced: boolean) => {
      const gap = spaced && lineWidth > 0 ? 1 : 0;
      if (lineWidth + gap + w <= max) {
        line += gap ? ` ${piece}` : piece;
        lineWidth += gap + w;
        return;
      }
      if (lineWidth > 0) flush();
      if (w <= max) {
        line = piece;
        lineWidth = w;
        return;
      }
      for (const g of clusters(piece)) {
        const gw = measure(g);
        if (lineWidth + gw > max && lineWidth > 0) flush();
        line += g;
        lineWidth += gw;
      }
    };
    for (const word of paragraph.split(/ +/)) {
      if (word === "") continue;
      const w = measure(word);
      if (w <= max) place(word, w, true);
      // A word that does not fit may break after its hyphens.
      else word.split(/(?<=-)(?=.)/).forEach((piece, i) => place(piece, measure(piece), i === 0));
    }
    out.push(line);
  }
  return out;
}

export function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}
