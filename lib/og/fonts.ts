import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fontCoverage } from "./text";

// Geist (SIL OFL 1.1, lib/og/fonts/OFL.txt), shipped in the repository: cards never download a
// font at build or run time. Read from the project folder at run time (next.config.ts traces the
// files into the deployment), once per process.
const DIR = path.join(process.cwd(), "lib", "og", "fonts");

export type CardFonts = {
  fonts: { name: string; data: ArrayBuffer; weight: 400 | 700; style: "normal" }[];
  covered: Set<number>;
};

let loading: Promise<CardFonts> | undefined;

export function loadCardFonts(): Promise<CardFonts> {
  loading ??= (async () => {
    const [regular, bold] = await Promise.all(
      ["Geist-Regular.ttf", "Geist-Bold.ttf"].map((f) => readFile(path.join(DIR, f))),
    );
    const ab = (b: Buffer) => withoutGpos(b).buffer as ArrayBuffer;
    // The two weights cover the same characters; the regular one is the conservative reference.
    return {
      fonts: [
        { name: "Geist", data: ab(regular!), weight: 400, style: "normal" },
        { name: "Geist", data: ab(bold!), weight: 700, style: "normal" },
      ],
      covered: fontCoverage(regular!),
    };
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** A copy of the font whose GPOS table is renamed, so Satori's opentype.js does not see it.
 *  Satori measures each word with GPOS kerning but places glyphs without it, which leaves uneven,
 *  over-wide gaps after some words with Geist; without GPOS both agree and spacing is even. */
function withoutGpos(font: Buffer): Uint8Array {
  const copy = new Uint8Array(font.byteLength);
  copy.set(font);
  const tables = (copy[4]! << 8) | copy[5]!;
  for (let i = 0; i < tables; i++) {
    const at = 12 + i * 16;
    if (String.fromCharCode(...copy.subarray(at, at + 4)) === "GPOS") copy.set([0x58], at); // "XPOS"
  }
  return copy;
}
