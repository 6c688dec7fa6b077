import { paths } from '@/lib/routes';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        Text and data:{' '}
        <a href="https://creativecommons.org/licenses/by/4.0/" rel="license">
          CC BY 4.0
        </a>
        . Treaty texts are quoted from their official sources and are not ours to license. Code: MIT licence.
      </p>
      <p>
        Every fact on this site cites its source; see <a href={paths.about}>how we check facts and how to cite us</a>.
        This is a reference, not legal advice.
      </p>
    </footer>
  );
}
