import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fitText, fontCoverage, textWidth, toCardText } from "@/lib/og/text";

const covered = fontCoverage(readFileSync(path.join(process.cwd(), "lib/og/fonts/Geist-Regular.ttf")));

describe("card text", () => {
  it("reads the shipped font's coverage: Latin and the punctuation the cards use, not Arabic script", () => {
    for (const ch of "AZaz09–—…·“”’ÜüşğıčāÀ") expect(covered.has(ch.codePointAt(0)!), ch).toBe(true);
    for (const ch of "خانمحمدپښ") expect(covered.has(ch.codePointAt(0)!), ch).toBe(false);
  });

  it("drops runs the font cannot draw, with the brackets and separators they leave empty", () => {
    expect(toCardText("Khan Muhammad (خان محمد) — Bajaur", covered)).toBe("Khan Muhammad — Bajaur");
    expect(toCardText("ملا محمد یعقوب", covered)).toBe("");
    expect(toCardText("Türkiye: talks 🙂 resumed", covered)).toBe("Türkiye: talks resumed");
  });

  it("keeps text that fits and cuts longer text at a word with an ellipsis, within its width", () => {
    expect(fitText("Bajaur", { width: 400, fontSize: 30 })).toBe("Bajaur");
    const long = "Rocket, artillery and drone fire from Afghanistan into Pakistan (24–26 Feb 2026) ".repeat(4);
    for (const lines of [1, 2]) {
      const cut = fitText(long, { width: 1088, fontSize: 50, lines });
      expect(cut.endsWith("…")).toBe(true);
      expect(cut.slice(0, -1)).not.toMatch(/\s$/);
      expect(textWidth(cut, 50)).toBeLessThanOrEqual(1088 * lines);
      expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    }
  });
});
