/**
 * Every URL the site publishes, built from ids. Links in components and the integrity
 * check both use these functions, so a route is spelled in one place. URLs end in a
 * slash because the static export writes `<route>/index.html` (see next.config.js).
 * Published URLs are a promise to the people who link to them: do not rename.
 */
import { provisionSlug } from './provisionSlugs';

export const OTTAWA_ID = 'ottawa';

export const paths = {
  home: '/',
  about: '/about/',
  sources: '/sources/',
  glossary: '/glossary/',
  ottawa: '/treaties/ottawa/',
  instrument: (id: string) => (id === OTTAWA_ID ? '/treaties/ottawa/' : `/instruments/${id}/`),
  provision: (instrument: string, number: number) =>
    `${paths.instrument(instrument)}${provisionSlug(number)}/`,
  topic: (slug: string) => `/topics/${slug}/`,
  state: (iso: string) => `/states/${iso.toLowerCase()}/`,
} as const;

/** Anchor of a provision paragraph: `#para-1`, `#para-p2` (preamble recital 2). */
export const paragraphAnchor = (paragraphId: string) => `para-${paragraphId}`;
export const termAnchor = (termId: string) => `term-${termId}`;
export const sourceAnchor = (sourceId: string) => `source-${sourceId}`;

export interface RouteInputs {
  instruments: readonly { id: string }[];
  provisions: readonly { instrument: string; number: number }[];
  topics: readonly { slug: string }[];
}

/** All page routes, given the content; the sitemap and the integrity check use it. */
export function allRoutes({ instruments, provisions, topics }: RouteInputs): string[] {
  return [
    paths.home,
    paths.about,
    paths.sources,
    paths.glossary,
    ...instruments.map((i) => paths.instrument(i.id)),
    ...provisions.map((p) => paths.provision(p.instrument, p.number)),
    ...topics.map((t) => paths.topic(t.slug)),
  ];
}
