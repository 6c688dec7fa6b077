/**
 * Turns on the page's copy buttons. They are rendered hidden in the HTML (useless without
 * JavaScript) with the text to copy in `data-copy`; the copy-buttons script shows them and
 * handles clicks for all of them with one listener, announcing the result in this live region.
 */
import { messages, type Locale } from '@/lib/i18n';
import { Island } from './Island';

/** The announcements are in the page's language, handed to the island as data attributes. */
export function CopyButtons({ locale = 'en' }: { locale?: Locale }) {
  const m = messages(locale).copy;
  return (
    <>
      <p
        role="status"
        className="visually-hidden"
        data-copy-status=""
        data-copied={m.copied}
        data-copy-failed={m.failed}
      />
      <Island name="copy-buttons" />
    </>
  );
}
