/**
 * Turns on the page's copy buttons. They are rendered hidden in the HTML (useless without
 * JavaScript) with the text to copy in `data-copy`; the copy-buttons script shows them and
 * handles clicks for all of them with one listener, announcing the result in this live region.
 */
import { Island } from './Island';

export function CopyButtons() {
  return (
    <>
      <p role="status" className="visually-hidden" data-copy-status="" />
      <Island name="copy-buttons" />
    </>
  );
}
