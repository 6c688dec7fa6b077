/*
 * Copy buttons and copying links. The HTML carries each button hidden, with the text to copy
 * in data-copy, and one empty live region (data-copy-status). Without JavaScript, or without a
 * clipboard, the buttons stay hidden: no control is shown that cannot work. A link with
 * data-copy (a treaty paragraph's link mark) still goes to its anchor, and also copies its
 * citation in the same click. Plain script, no framework: this is the page's only JavaScript.
 */
(function () {
  'use strict';
  function init() {
    if (!navigator.clipboard || !navigator.clipboard.writeText) return;
    var status = document.querySelector('[data-copy-status]');
    var buttons = document.querySelectorAll('button[data-copy]');
    for (var i = 0; i < buttons.length; i++) buttons[i].hidden = false;

    // Texts carry the site's canonical address (SITE_URL at build). A mirror or a local copy
    // copies its own address instead: swap the canonical origin for the one serving this page.
    var canonical = document.querySelector('link[rel="canonical"]');
    var builtOrigin = canonical ? new URL(canonical.href, location.href).origin : location.origin;
    function localise(text) {
      return builtOrigin === location.origin ? text : text.split(builtOrigin).join(location.origin);
    }

    function say(message) {
      if (status) status.textContent = message;
    }

    // One listener for every button, however many cells the page has.
    document.addEventListener('click', function (event) {
      var target = event.target;
      var button = target && target.closest ? target.closest('button[data-copy], a[data-copy]') : null;
      if (!button) return;
      navigator.clipboard.writeText(localise(button.getAttribute('data-copy') || '')).then(
        function () {
          say(
            ((status && status.getAttribute('data-copied')) || 'Copied: ') +
              (button.getAttribute('data-copy-label') || 'text'),
          );
        },
        function () {
          say(
            (status && status.getAttribute('data-copy-failed')) ||
              'Copying failed: select the text and copy it instead.',
          );
        },
      );
    });
  }
  // Loaded async: wait until the whole document has been parsed.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
