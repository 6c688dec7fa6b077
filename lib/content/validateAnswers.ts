/**
 * Checks quick answers and coverage corrections: unique order, every citation and the
 * criticised article resolving to a source, the full-page link pointing at a page, and every
 * fact token naming a known fact and existing states.
 */
import { factTokenProblems } from '../answers/facts';
import type { Problem } from './problems';
import type { ValidatedContent } from './validate';

export function checkAnswers(
  content: Pick<ValidatedContent, 'answers' | 'coverageErrors' | 'states'>,
  known: { routes: ReadonlySet<string>; sources: ReadonlySet<string>; figures: ReadonlySet<string> },
  problems: Problem[],
) {
  const stateIsos = new Set(content.states.map((s) => s.data.iso));
  const items = [
    ...content.answers.map((a) => ({ ...a, texts: { answer: a.data.answer } })),
    ...content.coverageErrors.map((e) => ({ ...e, texts: { correction: e.data.correction } })),
  ];
  for (const group of [content.answers, content.coverageErrors]) {
    const seen = new Map<number, string>();
    for (const { file, data } of group) {
      const first = seen.get(data.order);
      if (first) problems.push({ file, field: 'order', value: data.order, message: `is already used by ${first}` });
      seen.set(data.order, file);
    }
  }
  for (const { file, data, texts } of items) {
    data.cite.forEach((c, i) => {
      if (!known.sources.has(c.source)) problems.push({ file, field: `cite.${i}.source`, value: c.source, message: 'cites a source that does not exist in content/sources/' });
    });
    const route = data.page.split('#')[0] ?? '';
    if (!known.routes.has(route)) problems.push({ file, field: 'page', value: data.page, message: 'is not a page of this site' });
    for (const [field, text] of Object.entries(texts)) {
      for (const p of factTokenProblems(text, stateIsos, known.figures)) problems.push({ file, field, value: p.token, message: p.message });
    }
  }
  for (const { file, data } of content.coverageErrors) {
    if (!known.sources.has(data.source)) problems.push({ file, field: 'source', value: data.source, message: 'is not a source in content/sources/' });
  }
}
