import { CiteMarks } from '@/components/citations/CiteMark';
import type { Notes } from '@/lib/citations';
import { getSource } from '@/lib/content';
import { paragraphAnchor } from '@/lib/routes';
import type { LanguageText, TextPartView } from '@/lib/texts';
import { paragraphName } from './AuthenticText';

/** The sources a part's differences cite, in the order the page shows them. */
export const differenceCitations = (part: TextPartView) =>
  part.differences.flatMap((d) => d.readings.map((r) => ({ source: r.source })));

/**
 * Where two official copies of this language differ: each reading quoted with its source,
 * the one the text above follows, and why (our note, in English).
 */
export function TextDifferences({ text, part, notes }: { text: LanguageText; part: TextPartView; notes: Notes }) {
  if (part.differences.length === 0) return null;
  const { record } = text;
  return (
    <aside className="note text-differences" aria-labelledby="differences-heading">
      <h2 id="differences-heading" className="note-title">
        Where the official copies differ
      </h2>
      {part.differences.map((difference, i) => (
        <div key={i} className="text-difference">
          <p>
            In <a href={`#${paragraphAnchor(difference.paragraph)}`}>{paragraphName(difference.paragraph)}</a>:
          </p>
          <ul>
            {difference.readings.map((reading) => {
              const source = getSource(reading.source);
              return (
                <li key={reading.source}>
                  <blockquote lang={record.language} dir={record.dir} cite={source.url}>
                    {reading.text}
                  </blockquote>
                  <p className="muted">
                    {source.author}, <cite lang={source.language}>{source.title}</cite>
                    <CiteMarks notes={notes} cites={[{ source: reading.source }]} />
                    {reading.source === difference.followed && <strong> — the reading we follow</strong>}
                  </p>
                </li>
              );
            })}
          </ul>
          <p>{difference.note}</p>
        </div>
      ))}
    </aside>
  );
}
