import type { Instrument } from '@/lib/content/schemas';
import { paths } from '@/lib/routes';

/**
 * Choose any two instruments. A plain GET form: the site's server (scripts/serve.mjs)
 * redirects /compare/select/?a=…&b=… to the pair page, so it works without JavaScript; on
 * a host without that redirect, /compare/select/ lists every pair as links.
 */
export function PairPicker({
  instruments,
  defaults = ['ottawa', 'us-2022-policy'],
}: {
  instruments: readonly Instrument[];
  defaults?: readonly [string, string];
}) {
  return (
    <form className="picker" method="get" action={paths.compareSelection}>
      <fieldset>
        <legend>Compare any two</legend>
        {(['a', 'b'] as const).map((name, i) => (
          <label key={name}>
            {i === 0 ? 'First' : 'Second'}{' '}
            <select name={name} defaultValue={defaults[i]}>
              {instruments.map((inst) => (
                <option key={inst.id} value={inst.id}>
                  {inst.shortTitle}
                </option>
              ))}
            </select>
          </label>
        ))}
        <button type="submit">Compare</button>
      </fieldset>
    </form>
  );
}
