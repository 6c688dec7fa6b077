/*
 * Keeps the comparison's chosen columns in the address (?show=ottawa,us-2022-policy), so a
 * reader can share the view, and says in the table's caption which columns are shown. The
 * columns themselves are hidden by CSS from the checkboxes (/compare/columns.css), so the
 * chooser works without this script; only the shareable address needs it.
 */
(function () {
  'use strict';
  function init() {
    var form = document.getElementById('compare-columns');
    var caption = document.getElementById('compare-caption');
    if (!form || !caption || !window.URLSearchParams || !window.history) return;
    var boxes = Array.prototype.slice.call(form.querySelectorAll('input[type="checkbox"][name="show"]'));
    var region = caption.closest('[role="region"]');
    var allCaption = caption.textContent;
    var note = document.getElementById('compare-columns-link');
    var submit = document.getElementById('compare-columns-submit');
    if (submit) submit.hidden = false;

    function labelOf(box) {
      return box.parentNode.textContent.trim();
    }

    // Accept ?show=a,b and ?show=a&show=b (the form's own GET submission).
    var params = new URLSearchParams(window.location.search);
    var wanted = params
      .getAll('show')
      .join(',')
      .split(',')
      .filter(function (id) {
        return id;
      });
    var known = wanted.filter(function (id) {
      return boxes.some(function (box) {
        return box.value === id;
      });
    });
    if (known.length > 0) {
      boxes.forEach(function (box) {
        box.checked = known.indexOf(box.value) !== -1;
      });
    }

    function update(writeUrl) {
      var shown = boxes.filter(function (box) {
        return box.checked;
      });
      var text =
        shown.length === boxes.length
          ? allCaption
          : 'Showing ' +
            shown.length +
            ' of ' +
            boxes.length +
            ' instruments: ' +
            shown.map(labelOf).join(', ') +
            (shown.length === 0 ? 'none' : '');
      // Only on change: rewriting the caption of the whole matrix makes the browser lay it out again.
      if (caption.textContent !== text) caption.textContent = text;
      if (region && region.getAttribute('aria-label') !== text) region.setAttribute('aria-label', text);
      if (!writeUrl) return;
      var url = new URL(window.location.href);
      if (shown.length === boxes.length) url.searchParams.delete('show');
      else
        url.searchParams.set(
          'show',
          shown
            .map(function (box) {
              return box.value;
            })
            .join(','),
        );
      window.history.replaceState(null, '', url.pathname + url.search + url.hash);
      if (note) note.hidden = shown.length === boxes.length;
    }

    form.addEventListener('change', function () {
      update(true);
    });
    // Submitting would reload the same static page: the address is already up to date.
    form.addEventListener('submit', function (event) {
      event.preventDefault();
    });
    update(known.length > 0);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
