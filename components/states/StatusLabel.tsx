import type { OttawaStatus } from '@/lib/ottawaStatus';
import { messages, type Locale } from '@/lib/i18n';

/** A status in words, with a swatch that repeats the map's colour (the words carry the meaning). */
export function StatusLabel({ status, locale = 'en' }: { status: OttawaStatus; locale?: Locale }) {
  return (
    <span className={`status status-${status}`}>
      <span className="swatch" aria-hidden="true" />
      {messages(locale).status[status]}
    </span>
  );
}
