import { messages, type Locale } from '@/lib/i18n';

/** A hidden copy button with the text to copy; the copy-buttons island (components/interactive/CopyButtons) reveals and wires it. */
export function CopyButton({
  text,
  label,
  children,
  locale = 'en',
}: {
  text: string;
  label: string;
  children?: string;
  /** The page's language, for the button's words. */
  locale?: Locale;
}) {
  const m = messages(locale).copy;
  return (
    <button type="button" className="copy" data-copy={text} data-copy-label={label} aria-label={m.label(label)} hidden>
      {children ?? m.button}
    </button>
  );
}

/**
 * A hidden copy button for a comparison cell. The copy-buttons island composes the text when
 * clicked, from what the cell and the page already show (instrument, point, stance, summary,
 * each cited source's title and address from the reference list) and this link, so the
 * citation is not repeated in the HTML of every cell.
 */
export function CellCopyButton({ link, label }: { link: string; label: string }) {
  return (
    <button
      type="button"
      className="copy"
      data-copy-cell={link}
      data-copy-label={label}
      aria-label={`Copy ${label}`}
      hidden
    >
      Copy
    </button>
  );
}
