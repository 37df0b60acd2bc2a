// Small DOM helpers: every text goes through textContent, never innerHTML, so article text and
// actor names from the API cannot inject markup.

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'text') el.textContent = v;
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export function fmt(x, digits = 2) {
  if (typeof x !== 'number' || !Number.isFinite(x)) return '–';
  return Number(x.toFixed(digits)).toString();
}

export function errorBox(err, what) {
  const msg = err && err.message ? err.message : String(err);
  const code = err && err.code ? ` (${err.code})` : '';
  return h('p', { class: 'error', role: 'alert' }, `${what}: ${msg}${code}`);
}

export function debounce(fn, ms) {
  let t = 0;
  return (...args) => {
    clearTimeout(t);
    t = setTimeout(() => fn(...args), ms);
  };
}
