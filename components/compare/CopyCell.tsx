/** A hidden copy button with the text to copy; the copy-buttons island (components/interactive/CopyButtons) reveals and wires it. */
export function CopyButton({ text, label, children = 'Copy' }: { text: string; label: string; children?: string }) {
  return (
    <button type="button" className="copy" data-copy={text} data-copy-label={label} aria-label={`Copy ${label}`} hidden>
      {children}
    </button>
  );
}
