/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { render } from '@testing-library/react';
import { EmbedOffer } from '@/components/embed/EmbedOffer';

describe('EmbedOffer', () => {
  it('introduces each snippet with a colon, and names it without one in the copy message', () => {
    const { container } = render(
      <EmbedOffer what="Finland's status" snippets={[{ label: 'A status box (iframe)', code: '<iframe></iframe>' }]} />,
    );
    expect(container.querySelector('.embed-offer p')?.textContent).toBe('A status box (iframe):');
    // The copy island says "Copied: " followed by this label: it once read "… (iframe):".
    expect(container.querySelector('button[data-copy]')?.getAttribute('data-copy-label')).toBe(
      'embed code: A status box (iframe)',
    );
  });
});
