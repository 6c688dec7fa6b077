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

    // Group headers ("Treaties", …): each spans the columns of its group that are shown, and
    // disappears with the last of them. Without this script, CSS hides the group row instead
    // (lib/compare/columnToggles.ts), since a fixed span would stand over the wrong columns.
    var groupRow = form.closest('.compare-view') && form.closest('.compare-view').querySelector('.group-row');
    var groups = groupRow ? Array.prototype.slice.call(groupRow.querySelectorAll('th[data-cols]')) : [];
    if (groupRow) groupRow.setAttribute('data-spans-fitted', '');

    function fitGroups(shownIds) {
      groups.forEach(function (th) {
        var count = th
          .getAttribute('data-cols')
          .split(' ')
          .filter(function (id) {
            return shownIds.indexOf(id) !== -1;
          }).length;
        if (th.colSpan !== Math.max(count, 1)) th.colSpan = Math.max(count, 1);
        if (th.hidden !== (count === 0)) th.hidden = count === 0;
      });
    }

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
      fitGroups(
        shown.map(function (box) {
          return box.value;
        }),
      );
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
    // Submitting would reload the same static page: the address already follows the boxes, so
    // the button says where to find it.
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      update(true);
      if (note) note.hidden = false;
    });
    update(known.length > 0);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
