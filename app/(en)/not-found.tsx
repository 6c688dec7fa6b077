import { paths } from '@/lib/routes';

export default function NotFound() {
  return (
    <article>
      <h1>Page not found</h1>
      <p>
        This address does not exist on the Landmine Law Explainer. Addresses we publish do not change, so the link may
        have a typing error. Start from the <a href={paths.home}>home page</a> or the{' '}
        <a href={paths.ottawa}>Ottawa Treaty</a>.
      </p>
    </article>
  );
}
