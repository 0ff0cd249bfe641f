// Text for the share cards. Satori draws a missing glyph as a box (or fetches a fallback font over
// the network, which we never allow), so every string is first reduced to what the shipped font
// covers, then cut to the room it has. Pure functions: unit-tested without rendering anything.

/** Code points a TrueType font maps, read from its cmap (formats 4 and 12 cover every TTF we ship). */
export function fontCoverage(ttf: Uint8Array): Set<number> {
  const v = new DataView(ttf.buffer, ttf.byteOffset, ttf.byteLength);
  const tables = v.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) {
    const rec = 12 + i * 16;
    if (String.fromCharCode(...ttf.subarray(rec, rec + 4)) === "cmap") cmap = v.getUint32(rec + 8);
  }
  const covered = new Set<number>();
  if (cmap < 0) return covered;
  for (let i = 0; i < v.getUint16(cmap + 2); i++) {
    const sub = cmap + v.getUint32(cmap + 4 + i * 8 + 4);
    const format = v.getUint16(sub);
    if (format === 4) {
      const segX2 = v.getUint16(sub + 6);
      const ends = sub + 14,
        starts = ends + segX2 + 2,
        deltas = starts + segX2,
        offsets = deltas + segX2;
      for (let s = 0; s < segX2; s += 2) {
        const end = v.getUint16(ends + s),
          start = v.getUint16(starts + s);
        const delta = v.getUint16(deltas + s),
          ro = v.getUint16(offsets + s);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          const glyph = ro === 0 ? (c + delta) & 0xffff : v.getUint16(offsets + s + ro + (c - start) * 2);
          if (glyph !== 0) covered.add(c);
        }
      }
    } else if (format === 12) {
      for (let g = 0; g < v.getUint32(sub + 12); g++) {
        const rec = sub + 16 + g * 12;
        for (let c = v.getUint32(rec); c <= v.getUint32(rec + 4); c++) covered.add(c);
      }
    }
  }
  return covered;
}

/** Keeps what the font can draw; a run of anything else (an Arabic-script name, an emoji) is
 *  dropped whole, with the brackets or separators it leaves empty, rather than drawn as boxes. */
export function toCardText(s: string, covered: Set<number>): string {
  let out = "";
  for (const ch of s.normalize("NFC")) {
    const cp = ch.codePointAt(0)!;
    out += covered.has(cp) || ch === " " ? ch : "\u0000";
  }
  return out
    .replace(/\u0000(\s*\u0000)*/g, "\u0000")
    .replace(/[([]\s*\u0000\s*[)\]]/g, "") // "Name (نام)" → "Name"
    .replace(/\s*[—–:/·,-]?\s*\u0000\s*/g, " ")
    .replace(/\u0000/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

// Advance widths of Geist in em, by class of character: close enough to budget a line (the
// renderer also clips, so an estimate that is slightly off never overflows the card).
function charWidth(ch: string): number {
  if (/[iIjl.,:;'!|]/.test(ch)) return 0.28;
  if (/[ frt()[\]\-]/.test(ch)) return 0.36;
  if (/[mwMW—]/.test(ch)) return 0.86;
  if (/[A-Z0-9]/.test(ch)) return 0.66;
  return 0.55;
}

export const textWidth = (s: string, fontSize: number) => [...s].reduce((w, ch) => w + charWidth(ch), 0) * fontSize;

/** Cuts `s` to fit `lines` lines of `width` px at `fontSize`, at a word boundary where one is near,
 *  ending in "…". Text that fits is returned unchanged. */
export function fitText(
  s: string,
  { width, fontSize, lines = 1 }: { width: number; fontSize: number; lines?: number },
): string {
  const budget = width * lines * (lines > 1 ? 0.92 : 1); // wrapped lines lose the end of each line
  if (textWidth(s, fontSize) <= budget) return s;
  const room = budget - textWidth("…", fontSize);
  let cut = 0,
    w = 0;
  for (const ch of s) {
    w += charWidth(ch) * fontSize;
    if (w > room) break;
    cut += ch.length;
  }
  let head = s.slice(0, cut);
  const space = head.lastIndexOf(" ");
  if (space > cut * 0.6) head = head.slice(0, space);
  return `${head.replace(/[\s,;:·—–(-]+$/, "")}…`;
}
