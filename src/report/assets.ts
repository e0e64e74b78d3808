/**
 * The report's own style sheet and script, inlined into the HTML (no network requests) and
 * allowed by hash in its Content-Security-Policy. The script unpacks a block of pages' data
 * (gzipped JSON in base64) the first time one of its pages is opened and renders that page's
 * drill-down with DOM text nodes only, so copy from linted files is never parsed as HTML.
 */

export const style = `
:root {
  --text: #1f2328; --muted: #545d68; --line: #c9d1d9; --bg: #f3f5f7; --card: #ffffff;
  --accent: #0a5bb5; --focus: #0a5bb5;
  --poor: #9b1c1c; --poor-bg: #fde8e8; --poor-bar: #c8372d;
  --fair: #7a4100; --fair-bg: #fff0d4; --fair-bar: #d98a00;
  --good: #17602e; --good-bg: #e0f2e6; --good-bar: #2f8a4c;
  --mark: #ffe27a;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--text); background: var(--bg); }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 4px; }
.skip { position: absolute; left: -10000px; top: 0; }
.skip:focus { left: 16px; top: 8px; background: var(--card); padding: 6px 10px; z-index: 10; }
header, main, footer { max-width: 1280px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 18px; padding-bottom: 4px; }
h1 { font-size: 1.45rem; margin: 0; }
h2 { font-size: 1.05rem; margin: 0 0 10px; }
h3 { font-size: 0.95rem; margin: 14px 0 6px; }
.meta { color: var(--muted); margin: 2px 0 14px; }
.grid { display: grid; gap: 14px; margin-bottom: 14px; grid-template-columns: 1fr; }
@media (min-width: 900px) {
  .overview { grid-template-columns: minmax(230px, 0.9fr) minmax(340px, 1.6fr) minmax(300px, 1.3fr); }
  .pair { grid-template-columns: 1fr 1fr; }
}
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 14px 18px; min-width: 0; }
.score-card .big { font-size: 3.6rem; font-weight: 700; line-height: 1; margin: 6px 0 2px; }
.score-card .out { color: var(--muted); margin: 0 0 8px; }
.verdict { display: inline-block; font-weight: 600; padding: 1px 8px; border-radius: 999px; font-size: 0.85rem; }
.poor { color: var(--poor); } .fair { color: var(--fair); } .good { color: var(--good); }
.verdict.poor, .badge.poor { background: var(--poor-bg); }
.verdict.fair, .badge.fair { background: var(--fair-bg); }
.verdict.good, .badge.good { background: var(--good-bg); }
dl.facts { display: grid; grid-template-columns: auto 1fr; gap: 2px 12px; margin: 10px 0 0; font-size: 0.9rem; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; font-variant-numeric: tabular-nums; }
.change { font-weight: 600; font-variant-numeric: tabular-nums; }
.change.up { color: var(--good); } .change.down { color: var(--poor); } .change.same, .change.new { color: var(--muted); }
svg.histogram { width: 100%; height: auto; display: block; }
svg.histogram .bar-poor { fill: var(--poor-bar); } svg.histogram .bar-fair { fill: var(--fair-bar); } svg.histogram .bar-good { fill: var(--good-bar); }
svg.histogram text { fill: var(--muted); font-size: 11px; font-family: inherit; }
svg.histogram text.count { fill: var(--text); font-weight: 600; }
svg.histogram line { stroke: var(--line); }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { text-align: left; padding: 4px 8px 4px 0; border-bottom: 1px solid var(--line); vertical-align: top; }
th { color: var(--muted); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; padding-right: 0; padding-left: 8px; }
details.table-view { margin-top: 8px; font-size: 0.9rem; }
details.table-view > summary { cursor: pointer; color: var(--accent); }
ol.ranked { margin: 0; padding: 0; list-style: none; }
ol.ranked li { display: grid; grid-template-columns: 3rem 1fr; gap: 8px; align-items: baseline; padding: 3px 0; border-bottom: 1px solid var(--line); }
ol.ranked a { overflow-wrap: anywhere; }
.badge { display: inline-block; min-width: 2.6rem; text-align: center; font-weight: 700; border-radius: 6px; padding: 0 6px; font-variant-numeric: tabular-nums; }
.muted { color: var(--muted); }
.controls { display: flex; flex-wrap: wrap; gap: 10px 20px; align-items: end; margin: 0 0 10px; }
.controls label { display: flex; flex-direction: column; font-size: 0.85rem; color: var(--muted); gap: 2px; }
.controls input::placeholder { color: var(--muted); opacity: 1; }
.controls input, .controls select { font: inherit; color: var(--text); background: var(--card); border: 1px solid #8c959f; border-radius: 6px; padding: 5px 8px; min-width: 240px; }
#shown { margin: 0 0 8px; color: var(--muted); font-size: 0.9rem; }
#page-list { border-top: 1px solid var(--line); }
details.page { border-bottom: 1px solid var(--line); background: var(--card); content-visibility: auto; contain-intrinsic-size: auto 40px; }
details.page[open] { content-visibility: visible; }
details.page > summary { display: grid; grid-template-columns: 1.2rem 3.2rem minmax(0, 1fr) auto; gap: 10px; align-items: baseline; padding: 7px 12px; line-height: 24px; cursor: pointer; list-style: none; }
details.page > summary::-webkit-details-marker { display: none; }
details.page > summary::before { content: "▸"; color: var(--muted); }
details.page[open] > summary::before { content: "▾"; }
details.page > summary:hover { background: #eef3f8; }
.path { overflow-wrap: anywhere; font-weight: 500; }
.page-facts { color: var(--muted); font-size: 0.85rem; white-space: nowrap; font-variant-numeric: tabular-nums; }
.drill { padding: 4px 16px 16px 44px; }
.drill table { max-width: 900px; }
ol.flagged { list-style: none; margin: 0; padding: 0; max-width: 980px; }
ol.flagged > li { border-left: 4px solid var(--line); padding: 6px 12px; margin: 10px 0; background: #fafbfc; }
ol.flagged > li.flag-poor { border-left-color: var(--poor-bar); } ol.flagged > li.flag-fair { border-left-color: var(--fair-bar); } ol.flagged > li.flag-good { border-left-color: var(--good-bar); }
.where { font-size: 0.8rem; color: var(--muted); margin: 0 0 2px; }
.context { margin: 0 0 4px; overflow-wrap: anywhere; }
.context .ctx { color: var(--muted); }
.context .sentence { font-weight: 500; }
mark { background: var(--mark); color: var(--text); border-bottom: 2px solid #8a6d00; padding: 0 1px; }
mark.overlap { background: #ffc53d; border-bottom-width: 3px; }
ul.finding-list { margin: 4px 0 0; padding-left: 18px; font-size: 0.9rem; }
ul.finding-list li { margin: 2px 0; }
.rule { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.82rem; background: #eaeef2; border-radius: 4px; padding: 0 4px; }
.suggest { color: var(--good); }
footer { color: var(--muted); font-size: 0.85rem; padding-top: 8px; padding-bottom: 28px; }
footer p { max-width: 920px; }
@media print {
  body { background: #fff; font-size: 10.5pt; }
  .skip, .controls, noscript, details.table-view > summary { display: none; }
  details.table-view > table { display: table; }
  .card { break-inside: avoid; border-color: #999; }
  details.page { content-visibility: visible; break-inside: avoid; }
  details.page > summary::before { content: none; }
  details.page > summary { grid-template-columns: 3.2rem minmax(0, 1fr) auto; padding: 3px 0; }
  a { color: inherit; text-decoration: none; }
  .drill { padding-left: 12px; }
}
`

export const script = `
'use strict';
(function () {
  var list = document.getElementById('page-list');
  if (!list) return;
  var roles = {title: 'page title', h1: 'main heading', lead: 'lead paragraph', cta: 'call to action', body: ''};
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function band(score) { return score >= 80 ? 'good' : score >= 50 ? 'fair' : 'poor'; }
  function percent(rate) { return rate === null ? '–' : Math.round(rate * 100) + '%'; }
  function quote(text) { return text === '' ? 'delete it' : '“' + text + '”'; }
  function cell(row, text, numeric) { row.appendChild(el('td', numeric ? 'num' : '', String(text))); }
  function headerRow(table, names) {
    var head = el('thead'); var row = el('tr');
    names.forEach(function (name, index) {
      var th = el('th', index > 1 ? 'num' : '', name); th.scope = 'col'; row.appendChild(th);
    });
    head.appendChild(row); table.appendChild(head);
  }
  function findingItem(page, index) {
    var finding = page.findings[index];
    var item = el('li');
    item.appendChild(el('span', 'rule', finding.ruleId));
    item.appendChild(document.createTextNode(' ' + (finding.severity === 2 ? 'error: ' : '') + finding.message + ' '));
    item.appendChild(el('span', 'muted', '(line ' + finding.line + ', column ' + finding.column + ')'));
    if (finding.expected.length > 0) {
      item.appendChild(document.createTextNode(' '));
      item.appendChild(el('span', 'suggest', 'Suggested: ' + finding.expected.map(quote).join(' or ')));
    }
    (finding.suggestions || []).forEach(function (suggestion) {
      item.appendChild(document.createTextNode(' '));
      item.appendChild(el('span', 'suggest', suggestion.desc + ': ' + quote(suggestion.text)));
    });
    return item;
  }
  var PER_BLOCK = Number(list.getAttribute('data-per-block')) || 50;
  var blocks = {};
  function loadBlock(first) {
    if (!blocks[first]) {
      var source = document.querySelector('script.page-data[data-first="' + first + '"]');
      var binary = atob(source ? source.textContent.trim() : '');
      var bytes = new Uint8Array(binary.length);
      for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
      blocks[first] = new Response(stream).text().then(JSON.parse);
    }
    return blocks[first];
  }
  function render(details) {
    if (details.getAttribute('data-rendered')) return;
    details.setAttribute('data-rendered', 'loading');
    var box = details.querySelector('.drill');
    var id = Number(details.id.replace('page-', ''));
    var first = id - (id % PER_BLOCK);
    loadBlock(first).then(function (pages) {
      fill(box, pages[id - first]);
      details.setAttribute('data-rendered', 'done');
    }, function (error) {
      box.replaceChildren(el('p', '', 'The page details could not be read: ' + error.message));
      details.setAttribute('data-rendered', 'failed');
    });
  }
  function fill(box, page) {
    var parts = [];

    var facts = el('dl', 'facts');
    function fact(name, value) { facts.appendChild(el('dt', '', name)); facts.appendChild(el('dd', '', value)); }
    fact('Score', page.stats.score + ' of 100');
    fact('Customer focus', percent(page.stats.focusRate) + ' (weighted ' + percent(page.detail.weightedRate) + ')');
    fact('References', page.stats.readerRefs + ' to the reader, ' + page.stats.selfRefs + ' to the company, ' + page.stats.brandRefs + ' to brands');
    fact('Penalty', page.detail.penalty + ' points for ' + page.detail.penalisedFindings + (page.detail.penalisedFindings === 1 ? ' finding' : ' findings') + ' in ' + page.stats.words + (page.stats.words === 1 ? ' word' : ' words'));
    parts.push(facts);

    if (page.sections.length > 0) {
      parts.push(el('h3', '', 'Sections'));
      var table = el('table', 'sections');
      headerRow(table, ['Section', 'Line', 'Score', 'You', 'We', 'Brand', 'Findings']);
      var body = el('tbody');
      page.sections.forEach(function (section) {
        var row = el('tr');
        cell(row, section.heading === undefined ? '(before the first heading)' : section.heading);
        cell(row, section.line);
        var scoreCell = el('td', 'num');
        scoreCell.appendChild(el('span', 'badge ' + band(section.score), String(section.score)));
        row.appendChild(scoreCell);
        cell(row, section.readerRefs, true); cell(row, section.selfRefs, true); cell(row, section.brandRefs, true); cell(row, section.findings, true);
        body.appendChild(row);
      });
      table.appendChild(body);
      parts.push(table);
    }

    parts.push(el('h3', '', page.flagged.length > 0 ? 'Flagged sentences' : 'No flagged sentences'));
    if (page.flagged.length > 0) {
      var flagged = el('ol', 'flagged');
      page.flagged.forEach(function (item) {
        var li = el('li', 'flag-' + band(item.score));
        li.appendChild(el('p', 'where', 'Line ' + item.line + ' · sentence score ' + item.score + (roles[item.role] ? ' · ' + roles[item.role] : '')));
        var context = el('p', 'context');
        if (item.before) context.appendChild(el('span', 'ctx', item.before));
        var sentence = el('span', 'sentence');
        item.segments.forEach(function (segment) {
          if (segment.length > 1) sentence.appendChild(el('mark', segment.length > 2 ? 'overlap' : '', segment[0]));
          else sentence.appendChild(document.createTextNode(segment[0]));
        });
        context.appendChild(sentence);
        if (item.after) context.appendChild(el('span', 'ctx', item.after));
        li.appendChild(context);
        var findings = el('ul', 'finding-list');
        item.findings.forEach(function (index) { findings.appendChild(findingItem(page, index)); });
        li.appendChild(findings);
        flagged.appendChild(li);
      });
      parts.push(flagged);
    }
    if (page.unplaced.length > 0) {
      parts.push(el('h3', '', 'Other findings'));
      var other = el('ul', 'finding-list');
      page.unplaced.forEach(function (index) { other.appendChild(findingItem(page, index)); });
      parts.push(other);
    }
    box.replaceChildren.apply(box, parts);
  }

  list.addEventListener('toggle', function (event) {
    var target = event.target;
    if (target && target.classList && target.classList.contains('page') && target.open) render(target);
  }, true);

  var pages = Array.prototype.slice.call(list.children);
  var filter = document.getElementById('filter');
  var sort = document.getElementById('sort');
  var shown = document.getElementById('shown');
  function number(node, name) { return Number(node.getAttribute(name)); }
  function update() {
    var query = filter ? filter.value.trim().toLowerCase() : '';
    var count = 0;
    pages.forEach(function (page) {
      var hide = query !== '' && page.getAttribute('data-path').toLowerCase().indexOf(query) === -1;
      page.hidden = hide;
      if (!hide) count++;
    });
    if (shown) shown.textContent = 'Showing ' + count + ' of ' + pages.length + ' pages';
  }
  function reorder() {
    var by = sort ? sort.value : 'score';
    var sorted = pages.slice().sort(function (a, b) {
      var pathOrder = a.getAttribute('data-path') < b.getAttribute('data-path') ? -1 : 1;
      if (by === 'path') return pathOrder;
      if (by === 'score-desc') return number(b, 'data-score') - number(a, 'data-score') || pathOrder;
      if (by === 'findings') return number(b, 'data-findings') - number(a, 'data-findings') || pathOrder;
      if (by === 'change') {
        var ca = a.hasAttribute('data-change') ? number(a, 'data-change') : Infinity;
        var cb = b.hasAttribute('data-change') ? number(b, 'data-change') : Infinity;
        return ca - cb || pathOrder;
      }
      return number(a, 'data-score') - number(b, 'data-score') || number(b, 'data-words') - number(a, 'data-words') || pathOrder;
    });
    list.append.apply(list, sorted);
  }
  if (filter) filter.addEventListener('input', update);
  if (sort) sort.addEventListener('change', reorder);

  function openFromHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (!/^page-[0-9]+$/.test(id)) return;
    var target = document.getElementById(id);
    if (!target || target.tagName !== 'DETAILS') return;
    if (target.hidden && filter) { filter.value = ''; update(); }
    target.open = true;
    render(target);
    var summary = target.querySelector('summary');
    if (summary) summary.focus();
  }
  window.addEventListener('hashchange', openFromHash);
  openFromHash();
})();
`
