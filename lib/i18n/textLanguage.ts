/**
 * The language of a cited work's words (its title, its author as the source names itself), so
 * that a French or Spanish page can mark an English title `lang="en"` and a screen reader
 * pronounces it as English. A source record may declare its `language`; most do not, and the
 * sources are in many languages (English, French, Spanish, German, Italian, Russian…), so an
 * undeclared text counts as English only when it reads as English: it has at least one common
 * English function word and none of the other languages' articles or conjunctions. Otherwise
 * the text is left unmarked (it takes the page's language), never guessed.
 */
const ENGLISH = new Set(['the', 'of', 'and', 'for', 'with', 'from', 'to', 'by', 'its', 'is', 'on', 'after', 'over']);
/** Function words of the other languages our sources are written in (none of them English words). */
const OTHER = new Set([
  // French
  'de',
  'le',
  'la',
  'les',
  'des',
  'du',
  'et',
  'une',
  'sur',
  'pour',
  'au',
  'aux',
  // Spanish, Portuguese, Italian
  'el',
  'los',
  'las',
  'del',
  'y',
  'una',
  'por',
  'para',
  'con',
  'da',
  'dos',
  'di',
  'il',
  'della',
  'che',
  // German, Dutch, Scandinavian
  'der',
  'die',
  'das',
  'und',
  'zur',
  'von',
  'het',
  'een',
  'og',
  'av',
  'som',
  'för',
  'och',
]);

const wordsOf = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];

/**
 * English words frequent in our sources' titles that no other language of theirs spells so
 * ("Convention President statement regarding States Parties' withdrawal" has no function word).
 */
const ENGLISH_TITLE_WORDS = new Set([
  'statement',
  'regarding',
  'report',
  'says',
  'release',
  'states',
  'parties',
  'landmine',
  'landmines',
  'withdrawal',
  'announces',
  'joins',
  'becomes',
  'ban',
]);

/** `en` when the text reads as English, else undefined. */
export function englishOrUnknown(text: string): 'en' | undefined {
  const words = wordsOf(text);
  if (/[\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Han}]/u.test(text)) return undefined;
  if (words.some((w) => OTHER.has(w))) return undefined;
  if (words.some((w) => ENGLISH.has(w))) return 'en';
  // Without a function word, only plain ASCII text with a word that is English and nothing else.
  return /^[\x20-\x7e’‘“”–—]*$/.test(text) && words.some((w) => ENGLISH_TITLE_WORDS.has(w)) ? 'en' : undefined;
}

/**
 * The `lang` to put on a work's words in a page of `pageLocale`: the declared language, or
 * English when the words read as English; nothing when it is the page's own language or unknown.
 */
export function langAttribute(text: string, pageLocale: string, declared?: string): string | undefined {
  const lang = declared ?? englishOrUnknown(text);
  if (!lang || lang.split('-')[0] === pageLocale.split('-')[0]) return undefined;
  return lang;
}
