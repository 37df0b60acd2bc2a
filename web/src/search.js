// An accessible actor search box (ARIA combobox): type, move with the arrow keys, Enter picks,
// Escape closes. Results come from GET /v1/actors?q=.
import { api } from './api.js';
import { clear, debounce, h } from './dom.js';

let counter = 0;

function listOf(resp) {
  if (Array.isArray(resp)) return resp;
  if (resp && Array.isArray(resp.actors)) return resp.actors;
  if (resp && Array.isArray(resp.items)) return resp.items;
  return [];
}

export class ActorSearch {
  constructor(container, { label, placeholder, onSelect }) {
    counter += 1;
    const id = `actor-search-${counter}`;
    this.onSelect = onSelect;
    this.results = [];
    this.active = -1;
    this.abort = null;
    this.input = h('input', {
      type: 'search', id, role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false',
      'aria-controls': `${id}-list`, autocomplete: 'off', spellcheck: 'false',
      placeholder: placeholder || 'Search an actor…',
    });
    this.list = h('ul', { id: `${id}-list`, role: 'listbox', class: 'listbox', hidden: true,
      'aria-label': `${label} results` });
    this.note = h('span', { class: 'visually-hidden', 'aria-live': 'polite' });
    container.append(h('label', { for: id, class: 'search-label' }, label), this.input, this.list,
      this.note);
    const run = debounce(() => this.search(), 180);
    this.input.addEventListener('input', run);
    this.input.addEventListener('keydown', (ev) => this.key(ev));
    this.input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
  }

  set value(v) {
    this.input.value = v || '';
  }

  async search() {
    const q = this.input.value.trim();
    if (this.abort) this.abort.abort();
    if (!q) {
      this.close();
      return;
    }
    this.abort = new AbortController();
    try {
      this.results = listOf(await api.searchActors(q, this.abort.signal));
    } catch (err) {
      if (err.name === 'AbortError') return;
      this.results = [];
    }
    this.active = this.results.length ? 0 : -1;
    this.draw();
    this.note.textContent = `${this.results.length} actor${this.results.length === 1 ? '' : 's'} found`;
  }

  draw() {
    clear(this.list);
    this.results.forEach((a, i) => {
      const li = h('li', {
        role: 'option', id: `${this.input.id}-opt-${i}`, 'aria-selected': i === this.active ? 'true' : 'false',
        dataset: { index: String(i) },
      }, h('span', { class: 'opt-name' }, a.name || a.slug), ' ',
      h('span', { class: 'opt-meta' }, [a.kind, a.country].filter(Boolean).join(' · ')));
      li.addEventListener('mousedown', (ev) => {
        ev.preventDefault();
        this.pick(i);
      });
      this.list.append(li);
    });
    if (!this.results.length && this.input.value.trim()) {
      this.list.append(h('li', { class: 'empty', 'aria-disabled': 'true' }, 'No actor matches'));
    }
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    if (this.active >= 0) this.input.setAttribute('aria-activedescendant', `${this.input.id}-opt-${this.active}`);
    else this.input.removeAttribute('aria-activedescendant');
  }

  close() {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }

  key(ev) {
    const n = this.results.length;
    if (ev.key === 'ArrowDown' && n) {
      this.active = (this.active + 1) % n;
      this.draw();
      ev.preventDefault();
    } else if (ev.key === 'ArrowUp' && n) {
      this.active = (this.active - 1 + n) % n;
      this.draw();
      ev.preventDefault();
    } else if (ev.key === 'Enter') {
      if (this.active >= 0 && !this.list.hidden) this.pick(this.active);
      ev.preventDefault();
    } else if (ev.key === 'Escape') {
      this.close();
    }
  }

  pick(i) {
    const a = this.results[i];
    if (!a) return;
    this.input.value = a.name || a.slug;
    this.close();
    this.onSelect(a);
  }
}
