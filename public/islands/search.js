/*
 * Search on /search/. Runs the query in ?q= on load and again as the reader types, with the
 * Pagefind index built over the exported site (/pagefind/). Pagefind's own script and the index
 * chunks it needs are fetched only here, on first use. Results: title, section, excerpt.
 * What a query costs (issue 13: at most 100 KB gzip): Pagefind runs on this thread (its worker
 * would be a second copy of its code to fetch for an index this small), and each result's
 * fragment (the page's text, for the excerpt) is fetched only when that result is shown: the
 * first PAGE_SIZE, then PAGE_SIZE more per press of "More results".
 * Without JavaScript the page shows links to browse instead (data-search-fallback).
 */
(function () {
  'use strict';
  var pagefind = null;
  var PAGE_SIZE = 5;
  function loadPagefind() {
    if (!pagefind) {
      pagefind = import('/pagefind/pagefind.js').then(function (pf) {
        // Presence of a word counts for more than its repetition: a page that explains a term
        // once should outrank a table that repeats it in every row (tested in reference.spec).
        return pf.options({ ranking: { termFrequency: 0.3 }, noWorker: true }).then(function () {
          return pf.init().then(function () {
            return pf;
          });
        });
      });
    }
    return pagefind;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  // Pagefind's excerpt is page text with matches wrapped in <mark>: rebuild it from text nodes
  // so nothing else in it can become markup.
  function excerptNode(excerpt) {
    var p = el('p', 'search-excerpt');
    var parts = excerpt.split(/(<mark>|<\/mark>)/);
    var marked = false;
    for (var i = 0; i < parts.length; i++) {
      if (parts[i] === '<mark>') marked = true;
      else if (parts[i] === '</mark>') marked = false;
      else if (parts[i]) {
        var text = document.createTextNode(decode(parts[i]));
        if (marked) {
          var m = el('mark');
          m.appendChild(text);
          p.appendChild(m);
        } else p.appendChild(text);
      }
    }
    return p;
  }
  var decoder = document.createElement('textarea');
  function decode(s) {
    decoder.innerHTML = s.replace(/</g, '&lt;');
    return decoder.value;
  }

  function init() {
    // Each edition has its own /search/ (/fr/search/…); the form on the page is the one to drive.
    var form = document.querySelector('form[role="search"] input#search-page-input');
    var list = document.querySelector('[data-search-results]');
    var status = document.querySelector('[data-search-status]');
    var fallback = document.querySelector('[data-search-fallback]');
    if (!form || !list || !status) return;
    if (fallback) fallback.hidden = true;
    var input = form;
    var latest = 0;
    // The page's language gives the status lines (data-text-*); English when the page sets none.
    function text(name, fallback, query, count) {
      var t = status.getAttribute('data-text-' + name) || fallback;
      // The count first, then the query, each by a function: the query is the reader's text, and
      // may hold "{n}" or "$&" (which a replacement string would read as a pattern).
      return t
        .replace('{n}', function () {
          return String(count);
        })
        .replace('{q}', function () {
          return query;
        });
    }

    var more = el('button', 'search-more', text('more-button', 'More results', '', 0));
    more.type = 'button';
    more.hidden = true;
    list.parentNode.insertBefore(more, list.nextSibling);
    var pending = []; // results of the current query not yet shown

    function render(d) {
      var li = el('li', 'search-result');
      var h = el('h2');
      var a = el('a', null, (d.meta && d.meta.title) || d.url);
      a.href = d.url;
      h.appendChild(a);
      li.appendChild(h);
      var section = d.meta && d.meta.section;
      if (section) li.appendChild(el('p', 'search-section muted', section));
      li.appendChild(excerptNode(d.excerpt || ''));
      list.appendChild(li);
    }

    // Fetches the fragments of the next PAGE_SIZE results and appends them.
    function showNext(ticket) {
      var batch = pending.splice(0, PAGE_SIZE);
      return Promise.all(
        batch.map(function (r) {
          return r.data();
        }),
      ).then(function (data) {
        if (ticket !== latest) return false;
        data.forEach(render);
        more.hidden = pending.length === 0;
        return true;
      });
    }

    function describe(query, total) {
      var shown = list.children.length;
      if (total === 0) return text('none', 'No pages match “{q}”.', query, 0);
      var head =
        total === 1
          ? text('one', '1 page matches “{q}”', query, 1)
          : text('many', '{n} pages match “{q}”', query, total);
      return head + (total > shown ? text('more', '; the first {n} are shown.', query, shown) : '.');
    }

    var total = 0;
    var shownQuery = '';
    function show(query) {
      var ticket = ++latest;
      if (!query.trim()) {
        list.textContent = '';
        status.textContent = '';
        more.hidden = true;
        pending = [];
        return;
      }
      var started = performance.now();
      loadPagefind()
        .then(function (pf) {
          return pf.search(query);
        })
        .then(function (search) {
          if (ticket !== latest) return false;
          pending = search.results.slice();
          total = search.results.length;
          shownQuery = query;
          // Fetch first, then swap: the old results stay until the new ones are ready.
          var batch = pending.splice(0, PAGE_SIZE);
          return Promise.all(
            batch.map(function (r) {
              return r.data();
            }),
          ).then(function (data) {
            if (ticket !== latest) return false;
            list.textContent = '';
            data.forEach(render);
            more.hidden = pending.length === 0;
            return true;
          });
        })
        .then(function (shown) {
          if (!shown) return;
          var ms = Math.round(performance.now() - started);
          status.setAttribute('data-search-ms', String(ms));
          status.textContent = describe(query, total);
        })
        .catch(function () {
          if (ticket !== latest) return;
          status.textContent = text(
            'unavailable',
            'Search is not available here: the search index was not found.',
            '',
            0,
          );
          more.hidden = true;
          if (fallback) fallback.hidden = false;
        });
    }

    more.addEventListener('click', function () {
      var ticket = latest;
      var first = list.children.length;
      showNext(ticket).then(function (shown) {
        if (!shown) return;
        status.textContent = describe(shownQuery, total);
        // Keyboard users land on the first new result rather than at the end of the page.
        var link = list.children[first] && list.children[first].querySelector('a');
        if (link) link.focus();
      });
    });

    var params = new URLSearchParams(location.search);
    var q = params.get('q') || '';
    input.value = q;
    show(q);
    input.addEventListener('input', function () {
      var value = input.value;
      var url = new URL(location.href);
      if (value) url.searchParams.set('q', value);
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
      show(value);
    });
    // Results follow the typing and the address is already up to date: submitting would reload
    // the page, lose the focus and add a history entry that Back returns to.
    if (input.form)
      input.form.addEventListener('submit', function (event) {
        event.preventDefault();
        show(input.value);
      });
    // Load the code and index as soon as the reader starts typing in an empty box.
    input.addEventListener('focus', loadPagefind, { once: true });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
