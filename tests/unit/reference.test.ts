import { describe, expect, it } from '@jest/globals';
import { parseFeed } from '@rowanmanning/feed-parser';
import { statusBadgeSvg, textColourOn } from '@/lib/embed/badge';
import { badgeSnippet, embedPaths, iframeSnippet } from '@/lib/embed/embeds';
import { changeEntries, changeFeed } from '@/lib/feed';
import { articleLd, faqPageLd, legislationLd, serialiseJsonLd } from '@/lib/jsonLd';
import { mergeReviews, paragraphPin } from '@/lib/pageFacts';
import { citationMetaTags, firstPublished, pageMetadata, type PageFacts } from '@/lib/pageMetadata';
import { sectionOf } from '@/lib/search/sections';
import {
  DEFAULT_SITE_URL,
  SITE_URL,
  absoluteUrl,
  correctionsEmailFrom,
  reportErrorHref,
  siteUrlFrom,
} from '@/lib/site';
import { nameSlug, stateNameSlugs } from '@/lib/stateSlugs';

const facts: PageFacts = {
  title: 'Withdrawals from the Ottawa Treaty',
  description: 'How a state can leave.',
  path: '/topics/withdrawals/',
  reviewed: '2026-11-24',
  changes: [
    { date: '2026-11-24', summary: 'Finland’s withdrawal took effect.' },
    { date: '2026-05-01', summary: 'First published.' },
  ],
  family: 'topics',
};

describe('siteUrlFrom', () => {
  it('defaults to the local server, drops a trailing slash and rejects what is not http(s)', () => {
    expect(siteUrlFrom(undefined)).toBe(DEFAULT_SITE_URL);
    expect(siteUrlFrom('  ')).toBe(DEFAULT_SITE_URL);
    expect(siteUrlFrom('https://mines.example.net/')).toBe('https://mines.example.net');
    expect(siteUrlFrom('https://ngo.example.net/landmines/')).toBe('https://ngo.example.net/landmines');
    expect(() => siteUrlFrom('ftp://mines.example.net')).toThrow(/http/);
    expect(() => siteUrlFrom('not a url')).toThrow();
  });

  it('builds every absolute address from the one setting', () => {
    expect(absoluteUrl('/states/ukr/')).toBe(`${SITE_URL}/states/ukr/`);
    expect(SITE_URL).not.toContain('example.org');
  });

  it('prefills the error report with the page address and title', () => {
    const href = decodeURIComponent(reportErrorHref('Ukraine', '/states/ukr/', 'fixes@mines.example.net')!);
    expect(href).toMatch(/^mailto:fixes@mines\.example\.net\?subject=Correction: Ukraine&body=Page: /);
    expect(href).toContain(`${SITE_URL}/states/ukr/`);
  });

  it('offers no address when CORRECTIONS_EMAIL is unset, and refuses a malformed one', () => {
    expect(correctionsEmailFrom(undefined)).toBeNull();
    expect(correctionsEmailFrom('  ')).toBeNull();
    expect(reportErrorHref('Ukraine', '/states/ukr/', null)).toBeNull();
    expect(correctionsEmailFrom(' fixes@mines.example.net ')).toBe('fixes@mines.example.net');
    expect(() => correctionsEmailFrom('fixes@mines.example.net?cc=someone@else.example')).toThrow(/CORRECTIONS_EMAIL/);
    expect(() => correctionsEmailFrom('not an address')).toThrow(/CORRECTIONS_EMAIL/);
  });
});

describe('page metadata', () => {
  it('gives Highwire citation tags with the review and first-publication dates', () => {
    expect(citationMetaTags(facts)).toMatchObject({
      citation_title: facts.title,
      citation_author: 'Landmine Law Explainer',
      citation_publication_date: '2026/11/24',
      citation_online_date: '2026/05/01',
      citation_publisher: 'Landmine Law Explainer',
      citation_public_url: `${SITE_URL}/topics/withdrawals/`,
    });
    expect(firstPublished({ reviewed: '2026-11-24' })).toBe('2026-11-24');
  });

  it('gives a canonical link, OpenGraph and a Twitter card with the family share image', () => {
    const meta = pageMetadata(facts);
    expect(meta.alternates?.canonical).toBe(`${SITE_URL}/topics/withdrawals/`);
    expect(meta.openGraph).toMatchObject({ url: `${SITE_URL}/topics/withdrawals/`, type: 'article' });
    expect(JSON.stringify(meta.openGraph)).toContain(`${SITE_URL}/og/topics.png`);
    expect(meta.twitter).toMatchObject({ card: 'summary_large_image' });
  });
});

describe('JSON-LD', () => {
  it('describes an explainer as an Article with its dates', () => {
    expect(articleLd(facts)).toMatchObject({
      '@type': 'Article',
      datePublished: '2026-05-01',
      dateModified: '2026-11-24',
      url: `${SITE_URL}/topics/withdrawals/`,
    });
  });

  it('describes a treaty article as part of the treaty, as Legislation', () => {
    const ld = legislationLd(
      { ...facts, path: '/treaties/ottawa/article-5/' },
      {
        legislationName: 'Convention on the Prohibition …',
        adopted: '1997-09-18',
        provision: { label: 'Article 5', parentPath: '/treaties/ottawa/' },
      },
    );
    expect(ld.about).toMatchObject({
      '@type': 'Legislation',
      name: 'Convention on the Prohibition …, Article 5',
      legislationDate: '1997-09-18',
      isPartOf: { '@type': 'Legislation', url: `${SITE_URL}/treaties/ottawa/` },
    });
  });

  it('lists questions and answers as a FAQPage', () => {
    const ld = faqPageLd(facts, [{ question: 'Is Ukraine bound?', answer: 'Yes.', path: '/answers/#ukraine' }]);
    expect(ld.mainEntity).toEqual([
      {
        '@type': 'Question',
        name: 'Is Ukraine bound?',
        acceptedAnswer: { '@type': 'Answer', text: 'Yes.', url: `${SITE_URL}/answers/#ukraine` },
      },
    ]);
  });

  it('cannot be closed early by a string in the data', () => {
    const text = serialiseJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});

describe('page history', () => {
  it('merges several records’ histories: newest date, newest changes, first publication kept', () => {
    const merged = mergeReviews(
      [
        {
          reviewed: '2026-01-10',
          changes: [
            { date: '2026-01-10', summary: 'a' },
            { date: '2025-01-01', summary: 'first' },
          ],
        },
        {
          reviewed: '2026-03-01',
          changes: [
            { date: '2026-03-01', summary: 'b' },
            { date: '2025-01-01', summary: 'first' },
          ],
        },
      ],
      2,
    );
    expect(merged.reviewed).toBe('2026-03-01');
    expect(merged.changes).toEqual([
      { date: '2026-03-01', summary: 'b' },
      { date: '2025-01-01', summary: 'first' },
    ]);
  });

  it('writes paragraph pinpoints as references do', () => {
    const twoParagraphs = {
      number: 5,
      paragraphs: [
        { id: '1', text: '' },
        { id: '2', text: '' },
      ],
    };
    expect(paragraphPin(twoParagraphs, '1')).toBe('Art. 5(1)');
    expect(paragraphPin({ number: 12, paragraphs: [{ id: '1', text: '' }] }, '1')).toBe('Art. 12');
    expect(paragraphPin({ number: 0, paragraphs: [{ id: 'p2', text: '' }] }, 'p2')).toBe('Preamble, recital 2');
  });
});

describe('changeFeed', () => {
  it('is an Atom feed a feed parser reads, one entry per change, newest first', () => {
    const older: PageFacts = {
      ...facts,
      title: 'Article 20',
      path: '/treaties/ottawa/article-20/',
      changes: [{ date: '2026-06-01', summary: 'Text checked.' }],
    };
    const parsed = parseFeed(changeFeed([facts, older]));
    expect(parsed.meta.type).toBe('atom');
    expect(parsed.items.map((i) => [i.title, i.url])).toEqual([
      ['Withdrawals from the Ottawa Treaty: Finland’s withdrawal took effect.', `${SITE_URL}/topics/withdrawals/`],
      ['Article 20: Text checked.', `${SITE_URL}/treaties/ottawa/article-20/`],
      ['Withdrawals from the Ottawa Treaty: First published.', `${SITE_URL}/topics/withdrawals/`],
    ]);
    expect(parsed.updated?.toISOString()).toBe('2026-11-24T00:00:00.000Z');
  });

  it('keeps an entry’s id when a later change is added', () => {
    const before = changeEntries([{ ...facts, changes: facts.changes!.slice(1) }]);
    const after = changeEntries([facts]);
    expect(after.at(-1)!.id).toBe(before[0]!.id);
    expect(new Set(after.map((e) => e.id)).size).toBe(after.length);
  });
});

describe('state name slugs', () => {
  const states = [
    { iso: 'UKR', name: 'Ukraine' },
    { iso: 'USA', name: 'United States' },
    { iso: 'KOR', name: 'Republic of Korea' },
    { iso: 'CIV', name: "Côte d'Ivoire" },
  ];
  const slugs = stateNameSlugs(states);

  it('leads each name and common short form to the state’s code', () => {
    expect(slugs.get('ukraine')).toBe('UKR');
    expect(slugs.get('united-states')).toBe('USA');
    expect(slugs.get('united-states-of-america')).toBe('USA');
    expect(slugs.get('south-korea')).toBe('KOR');
    expect(slugs.get('cote-divoire')).toBe('CIV');
  });

  it('never shadows a state code with a name', () => {
    expect(slugs.has('usa')).toBe(false);
    expect(nameSlug('U.S.A.')).toBe('usa');
  });
});

describe('embeds', () => {
  it('offers absolute snippets with escaped attributes', () => {
    expect(embedPaths.state('UKR')).toBe('/embed/states/ukr/');
    expect(iframeSnippet({ path: '/embed/states/ukr/', title: 'Ukraine "status"', width: 360, height: 180 })).toBe(
      `<iframe src="${SITE_URL}/embed/states/ukr/" title="Ukraine &quot;status&quot;" width="360" height="180" loading="lazy" referrerpolicy="no-referrer-when-downgrade"></iframe>`,
    );
    expect(badgeSnippet({ iso: 'UKR', pagePath: '/states/ukr/', alt: 'Ukraine: Contested' })).toContain(
      `<img src="${SITE_URL}/embed/states/ukr/badge.svg" alt="Ukraine: Contested">`,
    );
  });

  it('draws a badge whose text is readable on its colour and is named for screen readers', () => {
    expect(textColourOn('#2b6cb0')).toBe('#fff');
    expect(textColourOn('#e2e8f0')).toBe('#000');
    const svg = statusBadgeSvg({
      subject: 'Ottawa Treaty',
      status: 'State Party',
      colour: '#2b6cb0',
      title: 'Chad & co: State Party',
    });
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="Chad &amp; co: State Party">/);
    expect(svg).toContain('<title>Chad &amp; co: State Party</title>');
    expect(svg).toContain('>State Party</text>');
  });
});

describe('sectionOf', () => {
  it('names the part of the site a search result comes from', () => {
    expect(sectionOf('/treaties/ottawa/article-5/')).toBe('Ottawa Treaty');
    expect(sectionOf('/states/ukr/')).toBe('States');
    expect(sectionOf('/instruments/us-2022-policy/')).toBe('U.S. policy');
    expect(sectionOf('/instruments/ccw-amended-protocol-ii/')).toBe('Instruments');
    expect(sectionOf('/topics/withdrawals/')).toBe('Explainers');
    expect(sectionOf('/glossary/')).toBe('Reference');
  });
});
