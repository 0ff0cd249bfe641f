/** Splits plain text into sentences, keeping initials and abbreviations ("D.I. Khan", "U.S.") intact. */
export function splitSentences(text: string): string[] {
  return text
    .replace(/\s+/g, " ")
    .split(/(?<!\b(?:[A-Z]\.)+)(?<=[.!?]["”’]?)\s+(?=["“‘]?[A-Z0-9])/)
    .map((s) => s.trim())
    .filter(Boolean);
}
