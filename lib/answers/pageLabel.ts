/** The title of an internal page, for "Full explanation: …" links, from the content that builds it. */
import type { Instrument, StateRecord, Topic } from '../content/schemas';
import { paths } from '../routes';

const fixed: Record<string, string> = {
  [paths.states]: 'States and their status',
  [paths.usPolicy]: 'U.S. policy over time',
  [paths.compare]: 'Comparison of the instruments',
  [paths.glossary]: 'Glossary',
  [paths.data]: 'Open data',
  [paths.timeline]: 'Timeline',
};

export function pageLabel(
  href: string,
  content: { instruments: readonly Instrument[]; topics: readonly Topic[]; states: readonly StateRecord[] },
): string {
  const path = href.split('#')[0] ?? href;
  if (fixed[path]) return fixed[path];
  const state = content.states.find((s) => paths.state(s.iso) === path);
  if (state) return `${state.name} and the Ottawa Treaty`;
  const topic = content.topics.find((t) => paths.topic(t.slug) === path);
  if (topic) return topic.title;
  const instrument = content.instruments.find((i) => paths.instrument(i.id) === path);
  if (instrument) return instrument.shortTitle;
  const article = /^\/treaties\/ottawa\/article-(\d+)\/$/.exec(path);
  if (article) return `Ottawa Treaty, Article ${article[1]}`;
  const pair = /^\/compare\/([a-z0-9-]+)\/([a-z0-9-]+)\/$/.exec(path);
  if (pair) {
    const title = (id: string) => content.instruments.find((i) => i.id === id)?.shortTitle ?? id;
    return `${title(pair[1]!)} and ${title(pair[2]!)} compared`;
  }
  throw new Error(`No page title known for ${href}`);
}
