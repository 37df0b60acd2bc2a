// A list of edges with their evidence sentences and links to the articles they came from.
import { api } from './api.js';
import { errorBox, h } from './dom.js';
import { openArticle } from './article_view.js';
import { actorName, relationLabel, relationPolarity } from './stance.js';

function edgeItem(e) {
  const pol = e.polarity || relationPolarity(e.relation);
  const art = e.article;
  return h('li', { class: `evidence ${pol}` },
    h('div', { class: 'edge-line' },
      h('span', { class: 'date' }, e.date || ''), ' ',
      h('strong', {}, actorName(e.source)), ' ',
      h('span', { class: `rel ${pol}`, title: pol }, `${relationLabel(e.relation)}`),
      h('span', { class: 'visually-hidden' }, ` (${pol})`), ' ',
      h('strong', {}, actorName(e.target)),
      e.asserted_by ? h('span', { class: 'meta' }, ` — according to ${actorName(e.asserted_by)}`) : null),
    e.evidence ? h('blockquote', {}, e.evidence) : null,
    art && art.id !== undefined && art.id !== null
      ? h('div', { class: 'source' },
        h('button', { type: 'button', class: 'link', onclick: () => openArticle(art.id, e.id) },
          art.title || `article ${art.id}`),
        art.url ? h('a', { href: art.url, target: '_blank', rel: 'noopener noreferrer', class: 'ext' }, ' original ↗') : null)
      : h('div', { class: 'source meta' }, e.origin === 'curated' ? 'curated edge' : 'no article'));
}

// Fills `box` with the edges matching `params`, with a "more" button that follows the cursor.
export async function evidenceList(box, params, pageSize = 25) {
  const list = h('ol', { class: 'evidence-list' });
  const more = h('button', { type: 'button', class: 'more', hidden: true }, 'More evidence');
  const count = h('p', { class: 'meta', 'aria-live': 'polite' });
  box.append(count, list, more);
  let cursor = null;
  let shown = 0;
  const page = async () => {
    more.disabled = true;
    try {
      const resp = await api.edges({ ...params, limit: pageSize, cursor });
      const edges = resp.edges || resp.items || [];
      for (const e of edges) list.append(edgeItem(e));
      shown += edges.length;
      cursor = resp.next_cursor || resp.cursor || null;
      more.hidden = !cursor;
      count.textContent = shown ? `${shown} edge${shown === 1 ? '' : 's'} with evidence shown` : 'No edges in this window';
    } catch (err) {
      box.append(errorBox(err, 'Could not load the evidence'));
    } finally {
      more.disabled = false;
    }
  };
  more.addEventListener('click', page);
  await page();
}
