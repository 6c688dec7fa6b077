import { provisionLabel } from '@/lib/provisionSlugs';
import { provisionSlug } from '@/lib/provisionSlugs';
import { paths } from '@/lib/routes';
import type { LanguageText } from '@/lib/texts';

/**
 * Choose two languages and a part. A plain GET form, like the instruments' pair picker: the
 * site's server redirects /treaties/ottawa/texts/compare/?a=…&b=…&part=… to that page, so it
 * works without JavaScript; on a host without the redirect, the form's page lists every pair.
 */
export function TextPairPicker({
  texts,
  parts,
  defaults,
}: {
  texts: readonly LanguageText[];
  parts: readonly number[];
  defaults: { a: string; b: string; part: number };
}) {
  return (
    <form className="picker" method="get" action={paths.textCompare}>
      <fieldset>
        <legend>Read two languages side by side</legend>
        {(['a', 'b'] as const).map((name, i) => (
          <label key={name}>
            {i === 0 ? 'First language' : 'Second language'}{' '}
            <select name={name} defaultValue={defaults[name]}>
              {texts.map((t) => (
                <option key={t.record.language} value={t.record.language}>
                  {t.record.name}
                </option>
              ))}
            </select>
          </label>
        ))}
        <label>
          Part{' '}
          <select name="part" defaultValue={provisionSlug(defaults.part)}>
            {parts.map((n) => (
              <option key={n} value={provisionSlug(n)}>
                {provisionLabel(n)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Show side by side</button>
      </fieldset>
    </form>
  );
}
