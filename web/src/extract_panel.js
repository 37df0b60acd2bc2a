// Paste an article, see what the extractor reads in it (POST /v1/extract, which stores nothing),
// with each edge's evidence marked in the text; then store it (POST /v1/articles) if it looks right.
import { api, getApiKey, setApiKey } from './api.js';
import { clear, errorBox, fmt, h } from './dom.js';
import { markedText } from './highlight.js';
import { actorName, relationLabel, relationPolarity } from './stance.js';
import { todayUtc } from './dates.js';

function field(id, label, input) {
  input.id = id;
  return h('div', { class: 'field' }, h('label', { for: id }, label), input);
}

export function setupExtractPanel(pane, app) {
  clear(pane);
  const title = h('input', { type: 'text', required: true, name: 'title' });
  const date = h('input', { type: 'date', required: true, name: 'published_at', value: todayUtc() });
  const url = h('input', { type: 'url', name: 'url', placeholder: 'https://… (optional)' });
  const source = h('input', { type: 'text', name: 'source', placeholder: 'outlet (optional)' });
  const text = h('textarea', { rows: 10, required: true, name: 'text' });
  const key = h('input', { type: 'password', autocomplete: 'off', value: getApiKey() });
  key.addEventListener('change', () => setApiKey(key.value.trim()));
  const preview = h('button', { type: 'submit', id: 'extract-preview' }, 'Preview extraction');
  const store = h('button', { type: 'button', id: 'extract-store', disabled: true }, 'Store this article');
  const result = h('div', { id: 'extract-result', 'aria-live': 'polite' });
  const form = h('form', { class: 'extract' },
    field('extract-title', 'Title', title), field('extract-date', 'Published', date),
    field('extract-url', 'URL', url), field('extract-source', 'Source', source),
    field('extract-text', 'Text', text),
    h('details', {}, h('summary', {}, 'API key (only if the server requires one for writes)'),
      field('extract-key', 'Key', key)),
    h('div', { class: 'buttons' }, preview, ' ', store));
  pane.append(h('h2', {}, 'Preview an article'),
    h('p', { class: 'hint' }, 'Nothing is stored until you press “Store this article”.'), form, result);

  const article = () => {
    const a = { title: title.value.trim(), published_at: date.value, text: text.value };
    if (url.value.trim()) a.url = url.value.trim();
    if (source.value.trim()) a.source = source.value.trim();
    return a;
  };
  let previewed = null;
  for (const el of [title, date, url, source, text]) {
    el.addEventListener('input', () => { store.disabled = true; previewed = null; });
  }

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clear(result);
    result.dataset.loaded = '0';
    const a = article();
    try {
      const ex = await api.extract({ title: a.title, published_at: a.published_at, text: a.text });
      renderPreview(result, a.text, ex);
      previewed = a;
      store.disabled = false;
    } catch (err) {
      result.append(errorBox(err, 'Extraction failed'));
    } finally {
      result.dataset.loaded = '1';
    }
  });

  store.addEventListener('click', async () => {
    if (!previewed) return;
    store.disabled = true;
    const note = h('p', { id: 'store-result', role: 'status' }, 'Storing…');
    result.prepend(note);
    try {
      const resp = await api.storeArticle(previewed);
      const art = resp.article || resp;
      const n = resp.edges_added ?? art.edge_count;
      note.textContent = resp.duplicate
        ? `Already stored as article ${art.id}; nothing added.`
        : `Stored as article ${art.id}${n !== undefined ? ` with ${n} edge${n === 1 ? '' : 's'}` : ''}.`;
      await app.storeChanged();
    } catch (err) {
      note.replaceWith(errorBox(err, 'Could not store the article'));
      store.disabled = false;
    }
  });
}

function renderPreview(box, text, ex) {
  const actors = ex.actors || [];
  const edges = ex.edges || [];
  const nameOf = (ref) => {
    if (ref && typeof ref === 'object') return actorName(ref);
    if (Number.isInteger(ref) && actors[ref]) return actorName(actors[ref]);
    const a = actors.find((x) => x.id === ref || x.slug === ref);
    return a ? actorName(a) : String(ref);
  };
  const spanOf = (e) => {
    if (e.span && typeof e.span === 'object') return [e.span.start ?? e.span[0], e.span.end ?? e.span[1]];
    return [e.span_start, e.span_end];
  };
  box.append(h('p', { id: 'extract-summary' },
    `The extractor read ${edges.length} edge${edges.length === 1 ? '' : 's'} between ${actors.length} actor${actors.length === 1 ? '' : 's'}.`));
  if (actors.length) {
    box.append(h('h3', {}, 'Actors'), h('ul', { class: 'plain actors' }, actors.map((a) => h('li', {},
      h('strong', {}, actorName(a)), h('span', { class: 'meta' },
        ` ${[a.kind, a.country, a.stored === null ? 'new actor' : a.stored ? 'in the store' : ''].filter(Boolean).join(' · ')}` +
        `${a.mentions && a.mentions.length ? ` — read as “${a.mentions.join('”, “')}”` : ''}`)))));
  }
  const spans = [];
  if (edges.length) {
    const rows = edges.map((e, i) => {
      const pol = e.polarity || relationPolarity(e.relation);
      const [start, end] = spanOf(e);
      spans.push({ start, end, cls: pol, label: String(i + 1), id: `ex-span-${i + 1}`,
        title: `${i + 1}: ${nameOf(e.source)} ${relationLabel(e.relation)} ${nameOf(e.target)} (${pol})` });
      const row = h('tr', { class: pol, dataset: { span: `ex-span-${i + 1}` } },
        h('td', {}, String(i + 1)), h('td', {}, nameOf(e.source)),
        h('td', {}, h('span', { class: `rel ${pol}` }, relationLabel(e.relation)), ` (${pol})`),
        h('td', {}, nameOf(e.target)), h('td', {}, e.date || ''), h('td', {}, fmt(e.confidence)),
        h('td', {}, e.asserted_by !== undefined && e.asserted_by !== null ? nameOf(e.asserted_by) : ''));
      const mark = (on) => {
        const m = document.getElementById(`ex-span-${i + 1}`);
        if (m) m.classList.toggle('current', on);
      };
      row.addEventListener('mouseenter', () => mark(true));
      row.addEventListener('mouseleave', () => mark(false));
      return row;
    });
    box.append(h('h3', {}, 'Edges'), h('table', { id: 'extract-edges' },
      h('thead', {}, h('tr', {}, ['#', 'source', 'stance', 'target', 'date', 'confidence', 'according to'].map((c) => h('th', {}, c)))),
      h('tbody', {}, rows)));
  }
  box.append(h('h3', {}, 'Text, with each edge’s evidence marked'),
    h('div', { class: 'article-text', id: 'extract-text-marked' }, markedText(text, spans)));
}
