/*
 * Filters and sorts the server-rendered states table in place. The controls come from a
 * <template> in the HTML, so without JavaScript there is the full table and no dead control.
 * Plain script, no framework: this is the page's only JavaScript.
 */
(function () {
  'use strict';
  function init() {
    var template = document.getElementById('states-filter-template');
    if (!template || !('content' in template)) return;
    var table = document.getElementById(template.getAttribute('data-table') || '');
    var body = table && table.querySelector('tbody');
    if (!body) return;

    template.parentNode.insertBefore(template.content.cloneNode(true), template);
    var form = document.querySelector('form.filters');
    var status = form.querySelector('[role="status"]');
    var rows = Array.prototype.slice.call(body.querySelectorAll('tr'));

    function value(name) {
      return form.elements[name].value;
    }

    function sortKey(row, sort) {
      if (sort === 'status') return (row.dataset.statusRank || '').padStart(2, '0');
      return row.dataset[sort] || '';
    }

    function apply() {
      var wantStatus = value('status');
      var wantRegion = value('region');
      var query = value('name').trim().toLowerCase();
      var sort = value('sort');
      var shown = 0;
      rows.forEach(function (row) {
        var match =
          (!wantStatus || row.dataset.status === wantStatus) &&
          (!wantRegion || row.dataset.region === wantRegion) &&
          (!query || (row.dataset.name || '').toLowerCase().indexOf(query) !== -1);
        if (row.hidden === match) row.hidden = !match; // touch the DOM only on change: the table is large
        if (match) shown += 1;
      });
      // Empty dates sort last; ties keep alphabetical order.
      var sorted = rows.slice().sort(function (a, b) {
        var ka = sortKey(a, sort);
        var kb = sortKey(b, sort);
        if (!ka !== !kb) return ka ? -1 : 1;
        return ka.localeCompare(kb) || (a.dataset.name || '').localeCompare(b.dataset.name || '');
      });
      var current = Array.prototype.slice.call(body.children);
      if (
        sorted.some(function (row, i) {
          return row !== current[i];
        })
      ) {
        sorted.forEach(function (row) {
          body.appendChild(row);
        });
      }
      table.querySelectorAll('thead th[data-sort]').forEach(function (th) {
        if (th.dataset.sort === sort) th.setAttribute('aria-sort', 'ascending');
        else th.removeAttribute('aria-sort');
      });
      status.textContent = 'Showing ' + shown + ' state' + (shown === 1 ? '' : 's') + '.';
    }

    form.addEventListener('input', apply);
    form.addEventListener('change', apply);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
    });
    apply();
  }
  // Loaded async: wait until the whole document has been parsed.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
