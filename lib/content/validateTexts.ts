/**
 * The authentic texts (content/texts/<instrument>/<lang>/): each file where its path says,
 * each language's status borne out by its files, and every part split into exactly the
 * English paragraphs, in the same order, so that anchors and side-by-side rows line up.
 */
import { paragraphStructureProblem, missingParts } from '../texts';
import { provisionNumberFromSlug, provisionSlug } from '../provisionSlugs';
import type { Problem } from './problems';
import type { Provision, TextLanguage, TextPart } from './schemas';
import type { Located } from './validate';

/** `content/texts/ottawa/fr/article-1.yaml` → instrument and language folders. */
function folders(file: string): { instrument?: string; language?: string } {
  const parts = file.split('/');
  const at = parts.lastIndexOf('texts');
  return { instrument: parts[at + 1], language: parts[at + 2] };
}

const stemOf = (file: string) => file.split('/').pop()!.replace(/\.yaml$/, '');

export function checkTexts(
  {
    textLanguages,
    textParts,
    provisions,
  }: { textLanguages: Located<TextLanguage>[]; textParts: Located<TextPart>[]; provisions: Located<Provision>[] },
  /** Every text file found, valid or not: a file that failed its schema is reported once, not again as absent. */
  textFiles: readonly string[],
  problems: Problem[],
) {
  const englishOf = (instrument: string) =>
    provisions.filter((p) => p.data.instrument === instrument).sort((a, b) => a.data.number - b.data.number);
  const languageFile = (instrument: string, language: string) =>
    textLanguages.find((l) => folders(l.file).instrument === instrument && folders(l.file).language === language);

  for (const { file, data } of textLanguages) {
    const { instrument = '', language } = folders(file);
    if (data.language !== language) problems.push({ file, field: 'language', value: data.language, message: `must equal its folder name "${language}"` });
    const english = englishOf(instrument);
    if (english.length === 0) {
      problems.push({ file, field: '(file)', value: instrument, message: 'is not an instrument with an English text in content/provisions/' });
      continue;
    }
    if (data.language === 'en') {
      if (data.status !== 'official') problems.push({ file, field: 'status', value: data.status, message: 'must be official: the English text is content/provisions/' });
      continue;
    }
    const present = textFiles
      .filter((f) => folders(f).instrument === instrument && folders(f).language === language)
      .flatMap((f) => {
        const number = provisionNumberFromSlug(stemOf(f));
        return number === undefined ? [] : [number];
      });
    const absent = missingParts(english.map((p) => p.data.number), present);
    if (data.status === 'official' && absent.length > 0) {
      problems.push({ file, field: 'status', value: data.status, message: `is official but these parts have no file: ${absent.join(', ')} (add them, or make the status partial and list them in missing)` });
    }
    if (data.status === 'partial' && data.missing) {
      const listed = new Set(data.missing);
      data.missing.forEach((slug, i) => {
        if (!english.some((p) => provisionSlug(p.data.number) === slug)) problems.push({ file, field: `missing.${i}`, value: slug, message: 'is not a part of the English text' });
        else if (!absent.includes(slug)) problems.push({ file, field: `missing.${i}`, value: slug, message: 'has a part file: remove it from missing' });
      });
      const unlisted = absent.filter((slug) => !listed.has(slug));
      if (unlisted.length > 0) problems.push({ file, field: 'missing', value: data.missing, message: `must list every part with no file; not listed: ${unlisted.join(', ')}` });
    }
  }

  for (const { file, data } of textParts) {
    const { instrument = '', language = '' } = folders(file);
    if (data.instrument !== instrument) problems.push({ file, field: 'instrument', value: data.instrument, message: `must equal its folder name "${instrument}"` });
    if (data.language !== language) problems.push({ file, field: 'language', value: data.language, message: `must equal its folder name "${language}"` });
    if (provisionSlug(data.number) !== stemOf(file)) problems.push({ file, field: 'number', value: data.number, message: `must match the file name "${stemOf(file)}" (0 is the preamble)` });
    const record = languageFile(instrument, language)?.data;
    const recordFile = `${file.slice(0, file.lastIndexOf('/'))}/language.yaml`;
    if (!record && textFiles.includes(recordFile)) {
      // language.yaml exists but failed its schema: reported there.
    } else if (!record) {
      problems.push({ file, field: 'language', value: data.language, message: 'has no language.yaml in its folder' });
    } else if (record.language === 'en') {
      problems.push({ file, field: 'language', value: data.language, message: 'the English text is content/provisions/, not a part file' });
    } else if (record.status === 'not-found') {
      problems.push({ file, field: 'language', value: data.language, message: 'has status not-found in language.yaml: without an official copy there is no text to give' });
    } else {
      data.cite.forEach(({ source }, i) => {
        if (!record.cite.some((c) => c.source === source)) problems.push({ file, field: `cite.${i}.source`, value: source, message: 'is not one of the official copies listed in language.yaml' });
      });
    }
    const english = englishOf(instrument).find((p) => p.data.number === data.number);
    if (!english) {
      problems.push({ file, field: 'number', value: data.number, message: `is not a part of the English text in content/provisions/${instrument}/` });
      continue;
    }
    const ids = data.paragraphs.map((p) => p.id);
    const structure = paragraphStructureProblem(english.data.paragraphs.map((p) => p.id), ids);
    if (structure) problems.push({ file, field: 'paragraphs', value: ids, message: `${structure} (${english.file})` });
    data.differences.forEach((difference, i) => {
      const at = `differences.${i}`;
      if (!ids.includes(difference.paragraph)) problems.push({ file, field: `${at}.paragraph`, value: difference.paragraph, message: 'is not a paragraph of this part' });
      if (record && record.status !== 'not-found') {
        difference.readings.forEach((reading, j) => {
          if (!record.cite.some((c) => c.source === reading.source)) problems.push({ file, field: `${at}.readings.${j}.source`, value: reading.source, message: 'is not one of the official copies listed in language.yaml' });
        });
      }
    });
  }
}
