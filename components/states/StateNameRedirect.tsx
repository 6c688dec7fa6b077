/**
 * The page at a state's name (/states/ukraine/): a static export has no server redirects,
 * so it refreshes to the state's page at once and says where that is, as a link, for anyone
 * whose browser does not follow the refresh. React places the <meta> in the head.
 */
export function StateNameRedirect({ name, target }: { name: string; target: string }) {
  return (
    <article>
      <meta httpEquiv="refresh" content={`0; url=${target}`} />
      <h1>{name}</h1>
      <p>
        The page for {name} is at <a href={target}>{target}</a>.
      </p>
    </article>
  );
}
