/** Pages whose text mentions a state by name, for "elsewhere on this site" on its page. */
import type { Instrument, StateRecord, Topic } from './content/schemas';
import { outlineMdx } from './mdx/outline';
import { paths } from './routes';

interface WithRaw<T> {
  data: T;
  raw: string;
}

/** Common short forms used in prose for states whose record name is formal. */
const SHORT_NAMES: Record<string, string[]> = {
  USA: ['United States'],
  GBR: ['United Kingdom'],
  RUS: ['Russia'],
  KOR: ['South Korea', 'Republic of Korea'],
  PRK: ['North Korea'],
};

export function stateMentions(
  state: StateRecord,
  { topics, instruments }: { topics: readonly WithRaw<Topic>[]; instruments: readonly Instrument[] },
) {
  const names = [state.name, ...(SHORT_NAMES[state.iso] ?? [])];
  const mentions = (text: string) =>
    names.some((n) => new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text));
  const found = topics
    // The words a reader sees, not markup: a source id or a link address is not a mention.
    .filter((t) => outlineMdx(t.raw).text.some(mentions))
    .map((t) => ({ href: paths.topic(t.data.slug), title: t.data.title }));
  const inInstruments = instruments
    .filter((i) => i.jurisdiction === state.name || (state.iso === 'USA' && i.jurisdiction === 'United States'))
    .map((i) => ({ href: paths.instrument(i.id), title: i.shortTitle }));
  return [...found, ...inInstruments];
}
