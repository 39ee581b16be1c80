/**
 * Visible width of text in a terminal, and word wrapping by it. Wide (CJK)
 * characters and emoji take two columns, combining marks none; colour codes
 * are not counted.
 */
const ANSI = /\u001b\[[0-9;]*m/g;

// Made on first use: creating a segmenter loads ICU data, ~8 ms of start-up, and plain ASCII never needs one.
let segmenter: Intl.Segmenter | undefined;
const segmentsOf = (text: string) => (segmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" })).segment(text);

export function stripAnsi(text: string): string {
  return text.replace(ANSI, "");
}

/** Control characters (other than newline and tab) never reach the terminal, even from a file that escaped the loader's check. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

export function stripControl(text: string): string {
  return text.replace(CONTROL, "");
}

function isWide(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0x303e) ||
    (codePoint >= 0x3041 && codePoint <= 0x33ff) ||
    (codePoint >= 0x3400 && codePoint <= 0x4dbf) ||
    (codePoint >= 0x4e00 && codePoint <= 0x9fff) ||
    (codePoint >= 0xa000 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x1f300 && codePoint <= 0x1f64f) ||
    (codePoint >= 0x1f900 && codePoint <= 0x1f9ff) ||
    (codePoint >= 0x1f680 && codePoint <= 0x1f6ff) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd)
  );
}

// Also made on first use: building these Unicode classes costs ~0.15 ms, and one-column text never needs them.
let zeroWidth: RegExp | undefined;
let pictographic: RegExp | undefined;

function graphemeWidth(grapheme: string): number {
  if ((zeroWidth ??= /^[\p{Mn}\p{Me}\p{Cf}]+$/u).test(grapheme)) return 0;
  const first = grapheme.codePointAt(0)!;
  if (first < 0x20 || (first >= 0x7f && first < 0xa0)) return 0;
  if (isWide(first)) return 2;
  // An emoji presentation (pictograph, or any character followed by U+FE0F) is drawn two wide.
  if (grapheme.includes("\uFE0F") || ((pictographic ??= /\p{Extended_Pictographic}/u).test(grapheme) && first >= 0x1f000)) return 2;
  return 1;
}

/**
 * Characters that are each a grapheme of their own, one column wide, next to
 * any other of them: ASCII, Latin, punctuation, arrows, maths, box drawing.
 * Checked against the segmenter for every character and every pair.
 */
const ONE_COLUMN_EACH = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e\u2190-\u22ff\u2500-\u25fc]*$/;

export function displayWidth(text: string): number {
  const plain = stripAnsi(text);
  // The common case (tables and their borders included): no segmentation needed.
  if (ONE_COLUMN_EACH.test(plain)) return plain.length;
  let width = 0;
  for (const { segment } of segmentsOf(plain)) width += graphemeWidth(segment);
  return width;
}

export function graphemes(text: string): string[] {
  return Array.from(segmentsOf(text), (s) => s.segment);
}

/**
 * Wraps plain text to `width` columns. Lines break at spaces, or after a
 * hyphen inside a long word; a piece still wider than the line (a URL, a run of
 * CJK text) breaks between characters. Nothing is dropped or changed: only
 * where lines break.
 */
export function wrap(text: string, width: number): string[] {
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
    for (const word of paragraph.split(/ +/)) {
      if (word === "") continue;
      // A word that does not fit may break after its hyphens.
      const pieces = displayWidth(word) <= max ? [word] : word.split(/(?<=-)(?=.)/);
      pieces.forEach((piece, i) => {
        const gap = i === 0 && lineWidth > 0 ? 1 : 0;
        const w = displayWidth(piece);
        if (lineWidth + gap + w <= max) {
          line += (gap ? " " : "") + piece;
          lineWidth += gap + w;
          return;
        }
        if (lineWidth > 0) flush();
        if (w <= max) {
          line = piece;
          lineWidth = w;
          return;
        }
        for (const g of graphemes(piece)) {
          const gw = graphemeWidth(g);
          if (lineWidth + gw > max && lineWidth > 0) flush();
          line += g;
          lineWidth += gw;
        }
      });
    }
    out.push(line);
  }
  return out;
}

export function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}
