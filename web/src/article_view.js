// The in-page article reader: GET /v1/articles/{id}, the stored text with each edge's evidence
// sentence marked, so a reader sees exactly where a stance came from.
import { api } from './api.js';
import { clear, errorBox, h } from './dom.js';
import { markedText } from './highlight.js';
import { actorName, relationLabel, relationPolarity } from './stance.js';

export async function openArticle(id, focusEdgeId) {
  const dlg = document.getElementById('article-dialog');
  const title = document.getElementById('article-title');
  const meta = document.getElementById('article-meta');
  const body = document.getElementById('article-body');
  title.textContent = 'Loading…';
  clear(meta);
  clear(body);
  if (!dlg.open) dlg.showModal();
  try {
    const art = await api.article(id);
    const a = art.article || art;
    title.textContent = a.title || `Article ${id}`;
    meta.append([a.published_at, a.source].filter(Boolean).join(' · '));
    if (a.url) meta.append(' · ', h('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer' }, 'original ↗'));
    const edges = art.edges || a.edges || [];
    const spans = edges
      .filter((e) => e.span && Number.isInteger(e.span.start ?? e.span[0]))
      .map((e) => ({
        start: e.span.start ?? e.span[0], end: e.span.end ?? e.span[1],
        cls: relationPolarity(e.relation) + (String(e.id) === String(focusEdgeId) ? ' current' : ''),
        label: `${actorName(e.source)} ${relationLabel(e.relation)} ${actorName(e.target)}`,
        title: `${actorName(e.source)} ${relationLabel(e.relation)} ${actorName(e.target)} (${relationPolarity(e.relation)})`,
        id: String(e.id) === String(focusEdgeId) ? 'article-current-edge' : undefined,
      }));
    body.append(markedText(a.text || '', spans));
    if (edges.length) {
      body.append(h('h3', {}, `${edges.length} edge${edges.length === 1 ? '' : 's'} from this article`),
        h('ul', { class: 'plain' }, edges.map((e) => h('li', {},
          `${e.date || ''} ${actorName(e.source)} — ${relationLabel(e.relation)} (${relationPolarity(e.relation)}) → ${actorName(e.target)}`))));
    }
    const cur = document.getElementById('article-current-edge');
    if (cur) cur.scrollIntoView({ block: 'center' });
  } catch (err) {
    title.textContent = `Article ${id}`;
    body.append(errorBox(err, 'Could not load the article'));
  }
}
