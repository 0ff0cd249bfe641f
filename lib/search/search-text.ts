// How text is normalised for search, on the query side. The same table is applied in SQL by
// fm_search_text() (prisma/migrations/20261202140000_full_text_search): lower case, accented
// Latin letters unaccented, punctuation, dashes, apostrophes and quotes read as spaces. Both
// sides must agree letter for letter, or a word typed here would not meet the word indexed
// there; tests/integration/search.test.ts runs both on every character of the table.

/** Accented Latin letters (Latin-1, Latin Extended-A, Latin Extended Additional) … */
export const FOLD_FROM =
  "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝàáâãäåçèéêëìíîïðñòóôõöøùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖ" +
  "ėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĴĵĶķĹĺĻļĽľĿŀŁłŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮ" +
  "ůŰűŲųŴŵŶŷŸŹźŻżŽžſḀḁḂḃḄḅḆḇḈḉḊḋḌḍḎḏḐḑḒḓḔḕḖḗḘḙḚḛḜḝḞḟḠḡḢḣḤḥḦḧḨḩḪḫḬḭḮḯḰḱḲḳḴḵḶḷḸḹḺḻḼḽḾ" +
  "ḿṀṁṂṃṄṅṆṇṈṉṊṋṌṍṎṏṐṑṒṓṔṕṖṗṘṙṚṛṜṝṞṟṠṡṢṣṤṥṦṧṨṩṪṫṬṭṮṯṰṱṲṳṴṵṶṷṸṹṺṻṼṽṾṿẀẁẂẃẄẅẆẇẈẉẊẋẌẍẎ" +
  "ẏẐẑẒẓẔẕẖẗẘẙẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤ" +
  "ụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ";
/** … and the plain letter each becomes, position by position. */
export const FOLD_TO =
  "aaaaaaceeeeiiiidnoooooouuuuyaaaaaaceeeeiiiidnoooooouuuuyyaaaaaaccccccccddddeeeee" +
  "eeeeegggggggghhhhiiiiiiiiiijjkkllllllllllnnnnnnoooooorrrrrrssssssssttttttuuuuuuu" +
  "uuuuuwwyyyzzzzzzsaabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllm" +
  "mmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxy" +
  "yzzzzzzhtwyaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooou" +
  "uuuuuuuuuuuuuyyyyyyyy";

const FOLD = new Map<string, string>(Array.from(FOLD_FROM, (letter, index) => [letter, FOLD_TO[index]!]));
const COMBINING_ACCENTS = /[\u0300-\u036f]/g;
/** Modifier letters written as apostrophes and primes (Shiʿa, Kabulʼs): letters to Unicode, but
 *  the SQL side lists them with the punctuation, so here too they separate words. */
const MODIFIER_APOSTROPHES = /[\u02b9-\u02bf\u02c8\u02ca\u02cb]/g;
/** A word is a run of letters, digits and the marks that belong to them (Arabic-script vowel signs). */
const NOT_WORD = /[^\p{L}\p{N}\p{M}]+/u;

/** The text as the index holds it: lower case, unaccented, with no accents left over. */
export function normaliseSearchText(text: string): string {
  let folded = "";
  for (const char of text.normalize("NFC").toLowerCase()) folded += FOLD.get(char) ?? char;
  return folded.replace(COMBINING_ACCENTS, "").replace(MODIFIER_APOSTROPHES, " ");
}

/**
 * The words of a text, as PostgreSQL's parser finds them in fm_search_text()'s output: anything
 * that is not a letter, digit or mark separates words, so "Ghazab-lil-Haq" is three words and
 * "Pakistan’s" two. A symbol the SQL table does not list (an emoji, say) separates words here
 * but not in a C-locale database: the one place where the two can disagree, on text no one types.
 */
export function searchWords(text: string): string[] {
  return normaliseSearchText(text)
    .split(NOT_WORD)
    .filter((word) => word.length > 0);
}
