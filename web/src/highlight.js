// Marks evidence spans in an article's text. The API gives spans as UTF-8 byte offsets; the
// browser's strings count UTF-16 units, so offsets are converted before slicing.
import { h } from './dom.js';

export function byteOffsetsToIndex(text) {
  const map = new Map();
  let bytes = 0;
  let i = 0;
  for (const ch of text) {
    map.set(bytes, i);
    const cp = ch.codePointAt(0);
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += ch.length;
  }
  map.set(bytes, i);
  return (b) => (map.has(b) ? map.get(b) : null);
}

// spans: [{start, end, label, cls, id}] in bytes. Overlapping spans are merged into the first.
export function markedText(text, spans) {
  const toIndex = byteOffsetsToIndex(text);
  const ranges = spans
    .map((s) => ({ ...s, a: toIndex(s.start), b: toIndex(s.end) }))
    .filter((s) => s.a !== null && s.b !== null && s.b > s.a)
    .sort((x, y) => x.a - y.a);
  const frag = document.createDocumentFragment();
  let pos = 0;
  for (const r of ranges) {
    if (r.a < pos) {
      const prev = frag.lastChild;
      if (prev && prev.dataset) prev.dataset.edges = `${prev.dataset.edges} ${r.label}`;
      continue;
    }
    frag.append(text.slice(pos, r.a));
    frag.append(h('mark', { class: r.cls || '', id: r.id, title: r.title || '', dataset: { edges: r.label } },
      text.slice(r.a, r.b)));
    pos = r.b;
  }
  frag.append(text.slice(pos));
  return frag;
}
