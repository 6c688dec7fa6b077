import { CopyButton } from '@/components/compare/CopyCell';

export interface EmbedSnippet {
  /** What the snippet shows, without punctuation: it names the code here and in "Copied: …". */
  label: string;
  code: string;
}

/**
 * "Embed this": the HTML another site pastes to show this status or comparison, each snippet
 * as selectable text (no JavaScript needed) with a copy button. Addresses come from SITE_URL.
 */
export function EmbedOffer({ what, snippets }: { what: string; snippets: readonly EmbedSnippet[] }) {
  return (
    <details className="embed-offer" data-pagefind-ignore="all">
      <summary>Embed {what} on your site</summary>
      {snippets.map((s) => (
        <div key={s.label}>
          <p>{s.label}:</p>
          <pre>{s.code}</pre>
          <CopyButton text={s.code} label={`embed code: ${s.label}`} />
        </div>
      ))}
    </details>
  );
}
