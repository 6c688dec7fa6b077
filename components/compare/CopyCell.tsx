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
