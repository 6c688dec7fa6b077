import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AsOf } from '@/components/facts/AsOf';
import { StatusLabel } from '@/components/states/StatusLabel';
import { getInstrument, states } from '@/lib/content';
import { ottawaStatusOn } from '@/lib/ottawaStatus';
import { OTTAWA_ID, paths } from '@/lib/routes';
import { SITE_NAME, absoluteUrl } from '@/lib/site';
import { statusDescriptions } from '@/lib/statesTable';

/** A state's Ottawa Treaty status, made to sit in another site's iframe: no site chrome. */
export const dynamicParams = false;

export function generateStaticParams() {
  return states.map((s) => ({ iso: s.iso.toLowerCase() }));
}

const find = (iso: string) => states.find((s) => s.iso.toLowerCase() === iso);

export async function generateMetadata({ params }: { params: Promise<{ iso: string }> }): Promise<Metadata> {
  const state = find((await params).iso);
  if (!state) return {};
  return {
    title: `${state.name}: Ottawa Treaty status`,
    robots: { index: false, follow: true },
    alternates: { canonical: absoluteUrl(paths.state(state.iso)) },
  };
}

export default async function StateEmbed({ params }: { params: Promise<{ iso: string }> }) {
  const state = find((await params).iso);
  if (!state) notFound();
  const date = getInstrument(OTTAWA_ID).asOf;
  const status = ottawaStatusOn(state.ottawa, date);
  return (
    <article className="embed">
      <h1>
        <a href={absoluteUrl(paths.state(state.iso))} target="_blank" rel="noopener">
          {state.name}
        </a>
      </h1>
      <p>
        Ottawa Treaty <AsOf date={date} />: <StatusLabel status={status} />
      </p>
      <p className="muted">{statusDescriptions[status]}</p>
      <p className="embed-source">
        Source:{' '}
        <a href={absoluteUrl(paths.state(state.iso))} target="_blank" rel="noopener">
          {SITE_NAME}
        </a>
        , with the dates and sources behind this status.
      </p>
    </article>
  );
}
