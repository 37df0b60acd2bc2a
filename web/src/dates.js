// Calendar arithmetic on "YYYY-MM" month keys and "YYYY-MM-DD" dates, all in UTC so that the
// slider's windows never shift with the viewer's time zone.

export const WIDTHS = { month: 1, quarter: 3, year: 12 };

export function monthIndex(key) {
  const [y, m] = key.split('-').map(Number);
  return y * 12 + (m - 1);
}

export function monthKey(index) {
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

export function monthOf(date) {
  return date.slice(0, 7);
}

function lastDay(index) {
  const y = Math.floor(index / 12);
  const m = index % 12;
  return new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
}

// The window that ends with month `endKey` and spans `width` (month, quarter or year).
export function windowFor(endKey, width) {
  const end = monthIndex(endKey);
  const start = end - (WIDTHS[width] ?? 1) + 1;
  return {
    from: `${monthKey(start)}-01`,
    to: `${monthKey(end)}-${String(lastDay(end)).padStart(2, '0')}`,
  };
}

export function daysBetween(from, to) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400000);
}

export function isDate(s) {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function isMonthKey(s) {
  return typeof s === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(s);
}

export function todayUtc() {
  return new Date().toISOString().slice(0, 10);
}

export function dateToEpochSeconds(date) {
  return Date.parse(`${date.length === 7 ? `${date}-01` : date.slice(0, 10)}T00:00:00Z`) / 1000;
}

// Every month from the one holding `first` to the one holding `last`, as YYYY-MM-01.
export function monthStarts(first, last) {
  const out = [];
  for (let i = monthIndex(monthOf(first)); i <= monthIndex(monthOf(last)); i += 1) out.push(`${monthKey(i)}-01`);
  return out;
}
