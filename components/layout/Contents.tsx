import type { ContentsEntry } from '@/lib/contents';
import { messages, type Locale } from '@/lib/i18n';

function Entries({ entries }: { entries: readonly ContentsEntry[] }) {
  return (
    <ol>
      {entries.map((e) => (
        <li key={e.id}>
          <a href={`#${e.id}`}>{e.text}</a>
          {e.children.length > 0 && <Entries entries={e.children} />}
        </li>
      ))}
    </ol>
  );
}

/** "Contents" at the top of a long page; on wide screens it sits in the margin and stays in view. */
export function Contents({ entries, locale = 'en' }: { entries: readonly ContentsEntry[]; locale?: Locale }) {
  return (
    <nav className="toc" aria-labelledby="contents-heading">
      <h2 id="contents-heading">{messages(locale).contents}</h2>
      <Entries entries={entries} />
    </nav>
  );
}
