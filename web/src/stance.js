// Words and colours for stances. Colour is never the only cue: every sign also has a word (lists,
// tooltips, aria labels) and an arrow shape on the graph.

export const SIGN_COLOUR = { hostile: '#c62828', cooperative: '#2e7d32', structural: '#8a8a8a' };
export const SIGN_ARROW = { hostile: 'tee', cooperative: 'triangle', structural: 'diamond' };

// Bloc colours avoid pure red and green, which belong to edges.
export const BLOC_COLOURS = ['#1f77b4', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf',
  '#bcbd22', '#393b79', '#ad494a', '#637939', '#7b4173', '#3182bd'];
export const BLOC_COLOUR_NAMES = ['blue', 'orange', 'purple', 'brown', 'pink', 'cyan', 'olive',
  'navy', 'brick', 'moss', 'plum', 'sky blue'];
export const NO_BLOC_COLOUR = '#b0b0b0';

const RELATION_POLARITY = {
  attacks: 'hostile', declares_war_on: 'hostile', sanctions: 'hostile', threatens: 'hostile',
  opposes: 'hostile', accuses: 'hostile', condemns: 'hostile', negotiates: 'cooperative',
  backs: 'cooperative', aids: 'cooperative', allies_with: 'cooperative', member_of: 'structural',
};

export function relationPolarity(relation) {
  return RELATION_POLARITY[relation] || 'structural';
}

// The API may give a sign as a word or a number; the page always speaks in words.
export function signWord(sign, weight) {
  if (sign === 'hostile' || sign === 'cooperative' || sign === 'structural') return sign;
  if (sign === 'negative' || sign === '-') return 'hostile';
  if (sign === 'positive' || sign === '+') return 'cooperative';
  const n = typeof sign === 'number' ? sign : typeof weight === 'number' ? Math.sign(weight) : 0;
  if (n < 0) return 'hostile';
  if (n > 0) return 'cooperative';
  return 'structural';
}

export function relationLabel(relation) {
  return String(relation || '').replace(/_/g, ' ');
}

export function countsText(counts) {
  if (!counts || typeof counts !== 'object') return '';
  return Object.entries(counts)
    .filter(([, n]) => n)
    .sort((a, b) => b[1] - a[1])
    .map(([rel, n]) => `${relationLabel(rel)} ×${n}`)
    .join(', ');
}

export function actorName(a) {
  if (!a) return '?';
  if (typeof a !== 'object') return String(a);
  return a.name || a.slug || String(a.id);
}

export function actorKey(a) {
  if (a === null || a === undefined) return '';
  return typeof a === 'object' ? String(a.id ?? a.slug) : String(a);
}

export function actorRef(a) {
  if (!a) return '';
  return typeof a === 'object' ? String(a.slug || a.id) : String(a);
}

// A dyad with net weight zero is structural when only member_of ties it, otherwise its hostile and
// cooperative edges cancel out; both are drawn grey, and the words tell them apart.
export function dyadSignText(sign, weight, counts) {
  const word = signWord(sign, weight);
  if (word !== 'structural') return word;
  const rels = Object.keys(counts || {}).filter((r) => counts[r]);
  return rels.some((r) => r !== 'member_of') ? 'neutral (hostile and cooperative cancel out)' : 'structural';
}
