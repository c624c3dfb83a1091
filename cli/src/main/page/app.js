// The page of `medlint serve`: sends the draft to POST /api/check as the user types and shows the answer.
// Highlights sit in a backdrop under a transparent textarea, with the same font and wrapping, so they line up with
// the text; the pointer is tracked over the textarea and the highlight under it found with elementsFromPoint.
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);
  const draft = $('draft');
  const backdrop = $('backdrop');
  const editor = $('editor');
  const formatSelect = $('format');
  const tip = $('tip');
  const state = { text: '', filename: '', findings: [], rules: {}, sequence: 0, shown: 0, timer: 0, active: -1 };
  const EXTENSIONS = { markdown: '.md', html: '.html', text: '.txt' };

  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function displayName() {
    const format = formatSelect.value;
    if (!state.filename) return 'draft' + EXTENSIONS[format];
    return state.filename;
  }

  function formatOf(name) {
    const n = name.toLowerCase();
    if (n.endsWith('.md') || n.endsWith('.markdown')) return 'markdown';
    if (n.endsWith('.html') || n.endsWith('.htm')) return 'html';
    if (n.endsWith('.txt') || n.endsWith('.text')) return 'text';
    return null;
  }

  function fit() {
    draft.style.height = 'auto';
    draft.style.height = draft.scrollHeight + 'px';
  }

  function schedule(delay) {
    clearTimeout(state.timer);
    state.timer = setTimeout(check, delay);
  }

  async function check() {
    const text = draft.value;
    const sequence = ++state.sequence;
    $('status').textContent = 'checking…';
    if (text.trim() === '') {
      show({ findings: [], summary: { error: 0, warning: 0, info: 0 }, categories: {}, rules: {}, verdict: null },
        text, sequence, 0);
      return;
    }
    const started = performance.now();
    try {
      const response = await fetch('/api/check', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: text, format: formatSelect.value, filename: displayName() })
      });
      const answer = await response.json();
      if (!response.ok) throw new Error(answer.error || ('HTTP ' + response.status));
      show(answer, text, sequence, Math.round(performance.now() - started));
    } catch (e) {
      if (sequence !== state.sequence) return;
      const v = $('verdict');
      v.className = 'verdict broken';
      v.textContent = 'Could not check the draft: ' + e.message;
      $('status').textContent = 'error';
    }
  }

  function show(answer, text, sequence, millis) {
    // An answer to an older draft than the one shown is dropped.
    if (sequence < state.shown || sequence !== state.sequence || text !== draft.value) return;
    state.shown = sequence;
    // Each finding keeps its key while the text moves under it, so highlight and card stay paired.
    answer.findings.forEach((f, i) => { f.key = i; });
    state.findings = answer.findings;
    state.text = text;
    Object.assign(state.rules, answer.rules || {});
    renderBackdrop(text);
    renderVerdict(answer.verdict);
    renderSummary(answer.summary, answer.categories);
    renderFindings(text);
    $('status').textContent = answer.verdict ? 'checked in ' + millis + ' ms' : 'ready';
    document.body.dataset.checked = String(sequence);
  }

  function renderBackdrop(text) {
    backdrop.replaceChildren();
    let at = 0;
    state.findings.forEach((f) => {
      // Document-level findings have no place; overlapping ones are shown by the first highlight.
      if (f.offset < 0 || f.offset < at || f.endOffset > text.length) return;
      backdrop.append(document.createTextNode(text.slice(at, f.offset)));
      const mark = el('mark', f.severity, text.slice(f.offset, f.endOffset));
      mark.dataset.index = String(f.key);
      backdrop.append(mark);
      at = f.endOffset;
    });
    // A trailing newline needs something after it to take up its line, as it does in the textarea.
    backdrop.append(document.createTextNode(text.slice(at) + '\u200b'));
  }

  function renderVerdict(verdict) {
    const v = $('verdict');
    if (!verdict) {
      v.className = 'verdict idle';
      v.textContent = 'Paste or type a draft to check it.';
      return;
    }
    v.className = 'verdict ' + (verdict.fails ? 'fail' : 'pass');
    const text = verdict.text.charAt(0).toUpperCase() + verdict.text.slice(1);
    v.textContent = (verdict.fails ? '✖ ' : '✔ ') + text;
  }

  function renderSummary(summary, categories) {
    ['error', 'warning', 'info'].forEach((s) => { $('count-' + s).textContent = String(summary[s] || 0); });
    const list = $('categories');
    list.replaceChildren();
    Object.keys(categories || {}).forEach((c) => {
      const li = el('li');
      li.append(el('span', '', c.replace(/-/g, ' ')), el('b', '', String(categories[c])));
      list.append(li);
    });
    const doc = state.findings.filter((f) => f.offset < 0);
    const box = $('document-findings');
    box.hidden = doc.length === 0;
    box.textContent = doc.length ? 'About the whole draft: ' + doc.map((f) => f.message).join(' · ') : '';
  }

  function renderFindings(text) {
    const list = $('findings');
    list.replaceChildren();
    $('empty').hidden = state.findings.length > 0;
    $('empty').textContent = text.trim() === '' ? 'No findings yet.' : 'Nothing to fix. ✔';
    state.findings.forEach((f) => {
      const i = f.key;
      const li = el('li', 'finding ' + f.severity);
      li.dataset.index = String(i);
      const head = el('div', 'head');
      head.append(el('span', 'sev ' + f.severity, f.severity), el('span', '', f.offset < 0 ? 'whole draft'
        : 'line ' + f.line + ', col ' + f.column));
      const link = el('button', 'rule-link', f.ruleId);
      link.type = 'button';
      link.title = 'What this rule checks and why';
      link.addEventListener('click', (e) => { e.stopPropagation(); explain(f.ruleId); });
      head.append(link);
      li.append(head, el('p', 'message', f.message));
      if (f.match) li.append(el('p', 'quote', '“' + f.match + '”'));
      if (f.law) li.append(el('p', 'law', f.law));
      if (f.suggestion) li.append(el('p', 'suggestion', f.suggestion));
      li.addEventListener('click', () => select(i));
      li.addEventListener('mouseenter', () => activate(i));
      li.addEventListener('mouseleave', () => activate(-1));
      list.append(li);
    });
  }

  function byKey(i) {
    return state.findings.find((f) => f.key === i);
  }

  function select(i) {
    const f = byKey(i);
    if (!f || f.offset < 0) return;
    draft.focus();
    draft.setSelectionRange(f.offset, f.endOffset);
    const mark = backdrop.querySelector('mark[data-index="' + i + '"]');
    if (mark) mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }

  function activate(i) {
    if (state.active === i) return;
    state.active = i;
    document.querySelectorAll('mark.active, .finding.active').forEach((e) => e.classList.remove('active'));
    if (i < 0) return;
    const mark = backdrop.querySelector('mark[data-index="' + i + '"]');
    if (mark) mark.classList.add('active');
    const card = document.querySelector('.finding[data-index="' + i + '"]');
    if (card) card.classList.add('active');
  }

  function markAt(x, y) {
    return document.elementsFromPoint(x, y).find((e) => e.tagName === 'MARK' && backdrop.contains(e));
  }

  function pointAt(event) {
    const mark = markAt(event.clientX, event.clientY);
    if (!mark) {
      hideTip();
      return;
    }
    const i = Number(mark.dataset.index);
    const f = byKey(i);
    if (!f) return;
    activate(i);
    showTip(f, mark);
  }

  function showTip(f, mark) {
    tip.replaceChildren(el('div', 'tip-message', f.message),
      el('div', 'tip-meta', f.severity + ' · ' + f.ruleId + (f.law ? ' · ' + f.law : '')));
    if (f.suggestion) tip.append(el('div', 'tip-suggestion', f.suggestion));
    tip.hidden = false;
    const r = mark.getBoundingClientRect();
    const left = Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth
      - tip.offsetWidth - 12);
    tip.style.left = Math.max(8, left) + 'px';
    tip.style.top = (window.scrollY + r.bottom + 8) + 'px';
  }

  function hideTip() {
    tip.hidden = true;
    activate(-1);
  }

  function explain(id) {
    const rule = state.rules[id];
    $('rule-id').textContent = id;
    $('rule-title').textContent = rule ? rule.title : id;
    const body = $('rule-body');
    body.replaceChildren();
    const add = (term, value) => {
      if (!value || (Array.isArray(value) && value.length === 0)) return;
      const dd = el('dd');
      if (Array.isArray(value)) {
        const ul = el('ul');
        value.forEach((v) => ul.append(el('li', '', v)));
        dd.append(ul);
      } else {
        dd.textContent = value;
      }
      body.append(el('dt', '', term), dd);
    };
    if (rule) {
      add('Law', rule.law);
      add('Why', rule.rationale);
      add('What to do', rule.suggestion);
      add(rule.matchingTitle || 'Matches', rule.matching);
      add('Flagged, for example', rule.flagExamples);
      add('Passes, for example', rule.passExamples);
      add('Category', rule.category + (rule.categoryCovers ? ': ' + rule.categoryCovers : ''));
      add('Severity', rule.severity);
    } else {
      add('About', 'This rule is not described by the server.');
    }
    $('rule-dialog').showModal();
  }

  async function loadRules() {
    try {
      const response = await fetch('/api/rules');
      const answer = await response.json();
      if (response.ok) answer.rules.forEach((r) => { state.rules[r.id] = r; });
    } catch (e) {
      // The rules also come with each check; the list only fills the explanations early.
    }
  }

  async function open(file) {
    const format = formatOf(file.name);
    if (!format) {
      $('status').textContent = file.name + ': not a .md, .html or .txt file';
      return;
    }
    state.filename = file.name;
    formatSelect.value = format;
    $('filename').textContent = displayName();
    draft.value = await file.text();
    state.text = draft.value;
    state.findings = [];
    renderBackdrop(draft.value);
    fit();
    schedule(0);
  }

  // Until the new answer comes, highlights before the edit stay, those after it move with the text, and those
  // the edit touched go.
  function follow(before, after) {
    let start = 0;
    while (start < before.length && start < after.length && before[start] === after[start]) start++;
    let tail = 0;
    while (tail < before.length - start && tail < after.length - start
      && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
    const endBefore = before.length - tail;
    const delta = after.length - before.length;
    state.findings = state.findings.flatMap((f) => {
      if (f.offset < 0 || f.endOffset <= start) return [f];
      if (f.offset >= endBefore) return [Object.assign({}, f, { offset: f.offset + delta, endOffset: f.endOffset + delta })];
      return [];
    });
  }

  draft.addEventListener('input', () => {
    fit();
    follow(state.text, draft.value);
    state.text = draft.value;
    renderBackdrop(draft.value);
    schedule(300);
  });
  draft.addEventListener('mousemove', pointAt);
  draft.addEventListener('mouseleave', hideTip);
  draft.addEventListener('scroll', () => { backdrop.scrollTop = draft.scrollTop; });
  window.addEventListener('resize', fit);
  formatSelect.addEventListener('change', () => {
    if (state.filename && formatOf(state.filename) !== formatSelect.value) state.filename = '';
    $('filename').textContent = displayName();
    schedule(0);
  });
  $('file').addEventListener('change', (e) => { if (e.target.files[0]) open(e.target.files[0]); });
  $('rule-close').addEventListener('click', () => $('rule-dialog').close());
  editor.addEventListener('dragover', (e) => { e.preventDefault(); editor.classList.add('dragging'); });
  editor.addEventListener('dragleave', () => editor.classList.remove('dragging'));
  editor.addEventListener('drop', (e) => {
    e.preventDefault();
    editor.classList.remove('dragging');
    if (e.dataTransfer.files[0]) open(e.dataTransfer.files[0]);
  });

  // #rule=ID (the link of an editor's diagnostic) opens that rule's explanation.
  function explainFromHash() {
    const m = /^#rule=([a-z0-9-]+)$/.exec(location.hash);
    if (m) explain(m[1]);
  }
  window.addEventListener('hashchange', explainFromHash);

  $('filename').textContent = displayName();
  fit();
  loadRules().then(explainFromHash);
  if (draft.value) schedule(0);
})();
