// Suggestions for reviewers from an item's plain text: when, where, who did it, the figures with
// their qualifiers and who stated them, and the counters' period counts the item reports. Output
// is validated, so the review UI can trust it.
import { extractDate } from "./dates";
import { findPerpetrators } from "./actors";
import { findFigures, findSpeaker } from "./figures";
import { findPeriodCounts } from "./period-counts";
import { findPlaces } from "./places";
import { suggestionsSchema, type Suggestions } from "../../review/suggestions";
import { splitSentences } from "./sentences";

export { suggestionsSchema, type Suggestions } from "../../review/suggestions";

const PRONOUN_SPEAKERS = new Set(["It", "He", "She", "They"]);

export function extractSuggestions(input: { title: string; body: string; publishedAt: Date | null }): Suggestions {
  const text = `${input.title}. ${input.body}`;
  const sentences = splitSentences(text);
  let previousSpeaker: string | null = null;
  const figures = sentences.flatMap((sentence) => {
    let speaker = findSpeaker(sentence);
    // "It said …" / "He added …" speak for whoever the previous sentence quoted.
    if (speaker && PRONOUN_SPEAKERS.has(speaker)) speaker = previousSpeaker;
    if (speaker) previousSpeaker = speaker;
    return findFigures(sentence, speaker);
  });
  return suggestionsSchema.parse({
    date: extractDate(input.body || input.title, input.publishedAt),
    places: findPlaces(text).slice(0, 10),
    perpetrators: findPerpetrators(sentences),
    figures: figures.slice(0, 30),
    periodCounts: findPeriodCounts(input).slice(0, 20),
  });
}
