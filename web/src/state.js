// The view's state lives in the URL's query string, so any view can be bookmarked or shared.
// Only what a person chose is kept there; everything else is fetched again from the API.
import { isMonthKey, WIDTHS } from './dates.js';

const DEFAULTS = {
  t: '',          // window's last month, YYYY-MM
  w: 'quarter',   // window width
  actor: '',      // focused actor (slug or id)
  a: '',          // dyad: first actor
  b: '',          // dyad: second actor
  vs: '',         // compare with the window ending in this month, YYYY-MM
  minw: '0',      // minimum |net weight| of an edge to draw
  top: '150',     // draw the top-N actors by PageRank
  tab: 'actor',   // side panel: actor | dyad | changes | extract
};

const TABS = ['actor', 'dyad', 'changes', 'extract'];

export function readState(search = window.location.search) {
  const params = new URLSearchParams(search);
  const s = { ...DEFAULTS };
  for (const key of Object.keys(DEFAULTS)) {
    const v = params.get(key);
    if (v !== null) s[key] = v;
  }
  if (!WIDTHS[s.w]) s.w = DEFAULTS.w;
  if (s.t && !isMonthKey(s.t)) s.t = '';
  if (s.vs && !isMonthKey(s.vs)) s.vs = '';
  if (!TABS.includes(s.tab)) s.tab = DEFAULTS.tab;
  if (!(Number(s.minw) >= 0)) s.minw = DEFAULTS.minw;
  if (!(Number.isInteger(Number(s.top)) && Number(s.top) > 0)) s.top = DEFAULTS.top;
  return s;
}

export function writeState(state, { push = false } = {}) {
  const params = new URLSearchParams();
  for (const [key, def] of Object.entries(DEFAULTS)) {
    const v = state[key];
    if (v !== undefined && v !== null && String(v) !== '' && String(v) !== def) params.set(key, v);
  }
  const query = params.toString();
  const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
  if (url === `${window.location.pathname}${window.location.search}`) return;
  if (push) window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}
