// Number formatting shared by tables, cards, axes and tooltips. English (UK) grouping, fixed decimals per kind of
// figure, so a number on the page can be compared digit for digit with the API's value rounded the same way.

const formatters = new Map();

function formatter(decimals) {
  if (!formatters.has(decimals)) {
    formatters.set(decimals, new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }));
  }
  return formatters.get(decimals);
}

export const MISSING = '—';

export function isNumber(value) {
  return typeof value === 'number' && Number.isFinite(value);
}

/** A number with a fixed count of decimals; missing values are a dash, never 0. */
export function num(value, decimals = 1) {
  return isNumber(value) ? formatter(decimals).format(value) : MISSING;
}

/** Decimals that suit a value's size: 2 for shares and ratios, 1 for billions, none for counts in thousands. */
export function autoDecimals(value, unit = '') {
  if (!isNumber(value)) return 1;
  if (/%|percent|share/i.test(unit)) return 2;
  // Counts (allies meeting a target, units) are whole numbers: "23", not "23.00".
  if (Number.isInteger(value)) return 0;
  const magnitude = Math.abs(value);
  if (magnitude >= 10000) return 0;
  if (magnitude >= 100) return 1;
  if (magnitude >= 1) return 2;
  return 3;
}

export function numAuto(value, unit = '') {
  return num(value, autoDecimals(value, unit));
}

/** "3.79 % of GDP", "149.4 USD billion, current, market rate": the unit always travels with the number. */
export function withUnit(value, unit, decimals) {
  if (!isNumber(value)) return `${MISSING} (no value)`;
  const text = num(value, decimals ?? autoDecimals(value, unit));
  if (!unit) return text;
  if (unit === '%') return `${text}%`;
  return `${text} ${unit}`;
}

export function pct(value, decimals = 2) {
  return isNumber(value) ? `${num(value, decimals)}%` : MISSING;
}

export function integer(value) {
  return num(value, 0);
}

/** Years are labels, never "2,024". */
export function year(value) {
  return value === null || value === undefined ? MISSING : String(value);
}

export function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}
