import type { Source } from '@/lib/content/schemas';

/** A made-up source record for an id, for tests that number citations of made-up ids. */
export const fakeSource = (id: string): Source => ({
  id,
  type: 'ngo',
  tier: 'established',
  title: `Title ${id}`,
  author: `Author ${id}`,
  date: '2020-01-02',
  url: `https://example.org/${id}`,
  accessed: '2026-11-30',
});
