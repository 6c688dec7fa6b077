'use client';
/**
 * Turns on the page's copy buttons. They are rendered hidden in the HTML (useless without
 * JavaScript) with the text to copy in `data-copy`; this island shows them and handles
 * clicks for all of them with one listener, so a page with many cells hydrates one component.
 */
import { useEffect, useState } from 'react';

export function CopyButtons() {
  const [message, setMessage] = useState('');
  useEffect(() => {
    const buttons = [...document.querySelectorAll<HTMLButtonElement>('button[data-copy]')];
    for (const b of buttons) b.hidden = false;
    const onClick = async (event: MouseEvent) => {
      const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy]');
      if (!button) return;
      try {
        await navigator.clipboard.writeText(button.dataset.copy ?? '');
        setMessage(`Copied: ${button.dataset.copyLabel ?? 'text'}`);
      } catch {
        setMessage('Copying failed: select the text and copy it instead.');
      }
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
  return (
    <p role="status" className="visually-hidden">
      {message}
    </p>
  );
}
