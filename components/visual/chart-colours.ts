import { CATEGORY_COLOURS } from "@/lib/vocabulary";

// Colours for charts' categories (attack types, perpetrators, killed groups, regions): things
// that are neither a side nor a counter, so they take the category palette of lib/vocabulary.ts
// through its tokens (--chart-category-1 …, app/styles/tokens.css), which carry the dark theme.
// The hex stays as the fallback for any place the stylesheet does not reach.

/** The colour of the category at `index` (wrapping round the palette), as a CSS value for a style. */
export function categoryColour(index: number): string {
  const position = index % CATEGORY_COLOURS.length;
  return `var(--chart-category-${position + 1}, ${CATEGORY_COLOURS[position]})`;
}
