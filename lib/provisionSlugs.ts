/** URL segment of a provision: `preamble`, `article-1` … (the inverse of paths.provision). */
export const provisionSlug = (number: number) => (number === 0 ? 'preamble' : `article-${number}`);

export function provisionNumberFromSlug(slug: string): number | undefined {
  if (slug === 'preamble') return 0;
  const match = /^article-(\d+)$/.exec(slug);
  return match ? Number(match[1]) : undefined;
}

export const provisionLabel = (number: number) => (number === 0 ? 'Preamble' : `Article ${number}`);

/** One instrument's provisions, in the order given (the content index sorts them by number). */
export function provisionsOf<T extends { instrument: string }>(provisions: readonly T[], instrument: string): T[] {
  return provisions.filter((p) => p.instrument === instrument);
}
