import { describe, expect, it } from '@jest/globals';
import { mdxPlainText, outlineMdx, tryOutlineMdx } from '@/lib/mdx/outline';

describe('outlineMdx', () => {
  const body = [
    '## What the *Monitor* counts &amp; why',
    '',
    'A fact.<Cite source="a" pin="Art. 1" /> A term: <Term id=\'state-party\'>States Parties</Term>.',
    '',
    '<ul className="start-here">',
    '<li>',
    '### Students',
    'See [the treaty](/treaties/ottawa/) and <a href="#para-1">a paragraph</a>.',
    '</li>',
    '</ul>',
    '',
    '`<Cite source="in-code" />` is shown, not read.',
  ].join('\n');

  it('lists components in reading order with their props, however quoted, and nothing from code', () => {
    expect(outlineMdx(body).components.map(({ name, props }) => ({ name, props }))).toEqual([
      { name: 'Cite', props: { source: 'a', pin: 'Art. 1' } },
      { name: 'Term', props: { id: 'state-party' } },
    ]);
  });

  it('gives headings the ids the renderer gives them, inside HTML blocks too', () => {
    expect(outlineMdx(body).headings.map(({ depth, text, id }) => ({ depth, text, id }))).toEqual([
      { depth: 2, text: 'What the Monitor counts & why', id: 'what-the-monitor-counts-why' },
      { depth: 3, text: 'Students', id: 'students' },
    ]);
  });

  it('collects markdown links and HTML URL attributes, with their lines', () => {
    expect(outlineMdx(body).links).toEqual([
      { url: '/treaties/ottawa/', via: 'link', line: 8 },
      { url: '#para-1', via: '<a href>', line: 8 },
    ]);
  });

  it('separates HTML elements from components, and records computed props apart', () => {
    const outline = outlineMdx('<Cite source={id} pin="x" /> <br />');
    expect(outline.components).toEqual([{ name: 'Cite', props: { pin: 'x' }, computed: ['source'], line: 1 }]);
    expect(outline.elements.map((e) => e.name)).toEqual(['br']);
    expect(outline.expressions).toEqual([{ element: 'Cite', prop: 'source', source: 'id', line: 1 }]);
  });

  it('reads the words a reader sees', () => {
    expect(mdxPlainText('A <Term id="x">mine</Term> fact.<Cite source="a" />\n\nNext.')).toBe('A mine fact. Next.');
  });

  it('reports a syntax error with its line instead of throwing', () => {
    expect(tryOutlineMdx('ok\n\n<Note>never closed')).toEqual({
      ok: false,
      error: { line: 3, reason: expect.stringContaining('Expected a closing tag for `<Note>`') },
    });
  });
});
