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

    // The form is filled in before it joins the page: its status line is a live region, and
    // the count of an unfiltered table on arrival is not news to announce.
    var controls = template.content.cloneNode(true);
    var form = controls.querySelector('form.filters');
    var status = form.querySelector('[role="status"]');
    var rows = Array.prototype.slice.call(body.querySelectorAll('tr'));

    function value(name) {
      return form.elements[name].value;
    }

    // The filters live in the address (?status=party&region=Europe&name=…&sort=…) so a
    // reader can share the view. Unknown values are ignored; defaults are left out.
    var FIELDS = ['status', 'region', 'name', 'sort'];
    var defaults = {};
    FIELDS.forEach(function (name) {
      defaults[name] = value(name);
    });
    var params = new URLSearchParams(window.location.search);
    FIELDS.forEach(function (name) {
      var wanted = params.get(name);
      if (wanted === null) return;
      var field = form.elements[name];
      if (field.tagName === 'SELECT') {
        var known = Array.prototype.some.call(field.options, function (option) {
          return option.value === wanted;
        });
        if (known) field.value = wanted;
      } else field.value = wanted;
    });

    // The caption's own words (not its narrow-screen note, which CSS shows or hides by width).
    var caption = table.querySelector('caption [data-caption-text]') || table.querySelector('caption');
    var allCaption = caption ? caption.textContent.replace(/\s+/g, ' ').trim() : '';

    function selectedLabel(name) {
      var field = form.elements[name];
      return field.options[field.selectedIndex].text;
    }

    function describe(shown) {
      var parts = [];
      if (value('status')) parts.push('status “' + selectedLabel('status') + '”');
      if (value('region')) parts.push('region ' + value('region'));
      if (value('name').trim()) parts.push('name containing “' + value('name').trim() + '”');
      if (parts.length === 0) return allCaption;
      return (
        allCaption.replace(/\s*\(\d+ states\)\s*$/, '') +
        ': showing ' +
        shown +
        ' state' +
        (shown === 1 ? '' : 's') +
        ' with ' +
        parts.join(', ') +
        (value('sort') !== defaults.sort ? ', sorted by ' + selectedLabel('sort').toLowerCase() : '')
      );
    }

    function writeUrl() {
      var url = new URL(window.location.href);
      FIELDS.forEach(function (name) {
        var v = name === 'name' ? value(name).trim() : value(name);
        if (v && v !== defaults[name]) url.searchParams.set(name, v);
        else url.searchParams.delete(name);
      });
      var next = url.pathname + url.search + url.hash;
      if (next !== window.location.pathname + window.location.search + window.location.hash)
        window.history.replaceState(null, '', next);
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
      showCount(shown);
      var text = describe(shown);
      if (caption && caption.textContent !== text) caption.textContent = text;
    }

    function showCount(shown) {
      status.textContent = 'Showing ' + shown + ' state' + (shown === 1 ? '' : 's') + '.';
    }

    function applyAndRemember() {
      apply();
      writeUrl();
    }

    form.addEventListener('input', applyAndRemember);
    form.addEventListener('change', applyAndRemember);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
    });
    // The table arrives in the default view (every state, by name): only a view asked for in
    // the address needs rows hidden or moved. Sorting every row was most of this script's start-up.
    var asked = FIELDS.some(function (name) {
      return value(name) !== defaults[name];
    });
    if (!asked) showCount(rows.length);
    template.parentNode.insertBefore(controls, template);
    if (asked) apply();
  }
  // Loaded async: wait until the whole document has been parsed.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
