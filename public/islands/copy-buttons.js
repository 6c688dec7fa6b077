/*
 * Copy buttons and copying links. The HTML carries each button hidden, with the text to copy
 * in data-copy (or, for a comparison cell, data-copy-cell: its link, the rest read from the
 * page when clicked), and one empty live region (data-copy-status). Without JavaScript, or without a
 * clipboard, the buttons stay hidden: no control is shown that cannot work. A link with
 * data-copy (a treaty paragraph's link mark) still goes to its anchor, and also copies its
 * citation in the same click. Plain script, no framework: this is the page's only JavaScript.
 */
(function () {
  'use strict';
  function init() {
    if (!navigator.clipboard || !navigator.clipboard.writeText) return;
    var status = document.querySelector('[data-copy-status]');
    var buttons = document.querySelectorAll('button[data-copy], button[data-copy-cell]');
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

    function text(el) {
      return el ? el.textContent.replace(/\s+/g, ' ').trim() : '';
    }

    // A comparison cell's citation, from what the page shows: "Instrument: Point: Stance.
    // Summary Sources: Title, pin <address>; …. Link". Each source's title and address are read
    // from its note in the reference list; the marks' data-card gives the note numbers and pins.
    function cellCitation(button) {
      var cell = button.closest('td');
      var row = cell.closest('tr');
      var sources = [];
      var marks = cell.querySelectorAll('a[data-card]');
      for (var i = 0; i < marks.length; i++) {
        var entries = marks[i].getAttribute('data-card').split('|');
        for (var j = 0; j < entries.length; j++) {
          var cut = entries[j].indexOf('=');
          var note = document.getElementById('note-' + (cut < 0 ? entries[j] : entries[j].slice(0, cut)));
          if (!note) continue;
          var address = note.querySelector('a[rel="external"]');
          sources.push(
            text(note.querySelector('cite')) +
              (cut < 0 ? '' : ', ' + entries[j].slice(cut + 1)) +
              (address ? ' <' + address.getAttribute('href') + '>' : ''),
          );
        }
      }
      return (
        cell.getAttribute('data-label') +
        ': ' +
        text(row.querySelector('.row-link')) +
        ': ' +
        text(cell.querySelector('.stance')) +
        '. ' +
        text(cell.querySelector('.cell-summary')) +
        ' Sources: ' +
        sources.join('; ') +
        '. ' +
        button.getAttribute('data-copy-cell')
      );
    }

    // One listener for every button, however many cells the page has.
    document.addEventListener('click', function (event) {
      var target = event.target;
      var button =
        target && target.closest ? target.closest('button[data-copy], a[data-copy], button[data-copy-cell]') : null;
      if (!button) return;
      var copied = button.hasAttribute('data-copy-cell')
        ? cellCitation(button)
        : button.getAttribute('data-copy') || '';
      navigator.clipboard.writeText(localise(copied)).then(
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
