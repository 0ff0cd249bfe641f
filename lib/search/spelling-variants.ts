// Transliteration variants that must find each other. Names from Pashto, Dari, Urdu and Arabic
// reach English-language sources spelled several ways ("Tehrik-i-Taliban" in one report,
// "Tehreek-e-Taliban" in the next), and a reader searching one spelling must not miss a record
// that uses another. Each group lists one word's spellings; a query word in a group matches any
// of them. Only single words: hyphens, apostrophes, accents and case are already taken care of
// by the normalisation (lib/search/search-text.ts), so "Ghazab lil-Haq" = "Ghazab-lil-Haq" and
// "Türkiye" = "Turkiye" need no group. Places also match their gazetteer aliases (Paktiya,
// Qandahar, Bajur …) through the Place records, without a group here.
//
// Each group is written in lower case, unaccented, the record's own spelling first. A word must
// not be in two groups (a unit test checks it): the groups are equivalence classes, not hints.

export const SPELLING_VARIANTS: readonly (readonly string[])[] = [
  // In the record: the dataset spells these more than one way.
  ["tehrik", "tehreek", "tahrik", "tahreek"], // Tehrik-i-Taliban / Tehreek-e-Taliban Pakistan
  ["e", "i"], // the izafat joining the words above, "-e-" or "-i-" (used only inside a phrase)
  ["abbottabad", "abbotabad"], // Abbottabad; Tarar's words as quoted: "Abbotabad"
  ["turkiye", "turkey"], // Türkiye, Turkiye, Turkey
  // Names in the record that the press spells other ways.
  ["fitrat", "fetrat"], // Fasihuddin Fitrat, the Taliban's army chief
  ["fasihuddin", "fasihudin", "fasiuddin"],
  ["zabihullah", "zabiullah", "zabehullah"], // Zabihullah Mujahid, the Taliban's spokesman
  ["mujahid", "mujahed"],
  ["khawarij", "khwarij", "khawarji"], // "Fitna al-Khawarij", Pakistan's name for the TTP
  ["waziristan", "wazirstan"],
  ["pakhtunkhwa", "pakhtoonkhwa", "pukhtunkhwa", "pakhtunkhawa"],
  ["balochistan", "baluchistan", "beluchistan"],
  ["baloch", "baluch"],
  ["paktia", "paktiya", "paktya"],
  ["nangarhar", "ningarhar", "nangrahar"],
  ["kandahar", "qandahar"],
  ["khost", "khowst"],
  ["kunar", "konar"],
  ["helmand", "hilmand"],
  ["bajaur", "bajour", "bajur"],
  ["kurram", "kuram"],
  ["urumqi", "urumchi"],
  ["taliban", "taleban"],
  ["pashtun", "pakhtun", "pukhtun", "pushtun"],
  ["mohammad", "muhammad", "mohammed", "muhammed", "mohamed"],
  ["ahmad", "ahmed"],
  ["khawaja", "khwaja"],
  ["shehbaz", "shahbaz"],
  ["muttaqi", "mottaki", "mutaqi"],
  ["hibatullah", "haibatullah"],
  ["akhundzada", "akhunzada"],
  ["haqqani", "haqani"],
  ["mullah", "mulla"],
  ["mawlawi", "maulvi", "moulvi", "mawlavi"],
];

const GROUP_OF = new Map<string, readonly string[]>();
for (const group of SPELLING_VARIANTS) for (const word of group) GROUP_OF.set(word, group);

/** The spellings a normalised word stands for: its group, in the group's order, or the word alone. */
export function spellingsOf(word: string): readonly string[] {
  return GROUP_OF.get(word) ?? [word];
}
