/*
 * Hover cards for pages that render each source's card once (a <template data-cite-cards>)
 * instead of inside every note mark: the comparison matrix has hundreds of marks. On hover or
 * focus of a mark with data-card ("3=Art. 1|7": note numbers and this mark's pinpoints), the
 * card is built from the template, placed after the mark, and the site's CSS shows it as it
 * shows the inline cards. Without JavaScript the mark still links to its note.
 */
(function () {
  'use strict';
  function init() {
    var template = document.querySelector('template[data-cite-cards]');
    if (!template) return;

    function item(entry) {
      var cut = entry.indexOf('=');
      var number = cut < 0 ? entry : entry.slice(0, cut);
      var pin = cut < 0 ? '' : entry.slice(cut + 1);
      var reference = template.content.querySelector('[data-note="' + number + '"]');
      if (!reference) return null;
      var line = reference.cloneNode(true);
      line.removeAttribute('data-note');
      line.appendChild(document.createTextNode((pin ? ' (' + pin + ')' : '') + '.'));
      return line;
    }

    function attach(link) {
      var next = link.nextElementSibling;
      if (next && next.classList.contains('cite-card')) return;
      var card = document.createElement('span');
      card.className = 'cite-card';
      card.setAttribute('aria-hidden', 'true');
      var entries = (link.getAttribute('data-card') || '').split('|');
      for (var i = 0; i < entries.length; i++) {
        var line = item(entries[i]);
        if (line) card.appendChild(line);
      }
      link.after(card);
    }

    // One listener each for the whole page, however many marks it has.
    function onEvent(event) {
      var target = event.target;
      var link = target && target.closest ? target.closest('a[data-card]') : null;
      if (link) attach(link);
    }
    document.addEventListener('pointerover', onEvent);
    document.addEventListener('focusin', onEvent);
  }
  // Loaded async: wait until the whole document has been parsed.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
