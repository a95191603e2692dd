// Overview: the headline figures (/api/v1/headlines), each with unit, source and edition, and the balance of the
// latest year on the three bases (/api/v1/compare) as a chart.
import { getJson, rowsOf } from '../api.js';
import { el, showError, loading, notesList, sourcesDetails, sourceIds } from '../ui.js';
import { num, autoDecimals, isNumber, year as yearText } from '../format.js';
import { chartFigure, createChart, axis, palette } from '../charts.js';

const LABEL_KEYS = ['headline', 'label', 'figure', 'statement', 'name', 'title', 'what', 'id'];
const KNOWN_KEYS = new Set([...LABEL_KEYS, 'value', 'unit', 'source', 'edition', 'dataset', 'year', 'low', 'high', 'p5', 'p95']);

export function labelOf(row) {
  for (const key of LABEL_KEYS) if (typeof row[key] === 'string' && row[key]) return row[key];
  return 'figure';
}

/** "sipri 2025" from a row: dataset and edition, however the row spells them. */
export function provenanceOf(row) {
  const dataset = row.source ?? row.dataset ?? '';
  const edition = row.edition ?? '';
  if (!edition || String(dataset).includes(String(edition))) return String(dataset);
  return `${dataset} ${edition}`.trim();
}

export async function render(main) {
  const cards = el('div', { class: 'cards', id: 'headlines', 'aria-live': 'polite' });
  const balance = el('section', { 'aria-labelledby': 'balance-h' });
  main.append(
    el('h1', { text: 'The balance at a glance' }),
    el('p', { class: 'lede', text: 'Headline figures as Milbal computes them from the publishers\' files. Each names its unit, dataset and edition; follow the pages above for the tables, the methods and the uncertainty.' }),
    cards,
    balance,
    el('h2', { text: 'Pages' }),
    el('ul', { class: 'pill-list' },
      el('li', {}, el('a', { href: '#/allies', text: 'Allies against 2 / 3.5 / 5% of GDP' })),
      el('li', {}, el('a', { href: '#/balance', text: 'Russia vs Europe since 2000' })),
      el('li', {}, el('a', { href: '#/scenarios', text: 'Scenarios to 2035' })),
      el('li', {}, el('a', { href: '#/capacity', text: 'Artillery-round production' })),
      el('li', {}, el('a', { href: '#/explorer', text: 'Any series, with CSV' }))),
  );
  loading(cards, 'Loading the headline figures…');

  // The chart shows the year of the headline figures (the newest year with data), so it never asks for a year the
  // store lacks.
  let table = null;
  try {
    table = await getJson('headlines');
    renderHeadlines(cards, table);
  } catch (error) {
    showError(cards, error);
  }
  const years = rowsOf(table).map((r) => Number(r.year)).filter(Number.isInteger);
  await renderBalance(balance, years.length ? Math.max(...years) : 2024).catch((error) => showError(balance, error));
}

function renderHeadlines(container, table) {
  const rows = rowsOf(table);
  if (!rows.length) {
    container.replaceChildren(el('p', { text: 'The API returned no headline figures.' }));
    return;
  }
  container.replaceChildren(...rows.map((row, index) => {
    const value = row.value;
    const unit = row.unit ?? '';
    const card = el('article', { class: 'card', 'data-headline': index, 'aria-label': labelOf(row) });
    card.append(el('div', { class: 'label', text: labelOf(row) + (row.year && !labelOf(row).includes(yearText(row.year)) ? ` (${yearText(row.year)})` : '') }));
    card.append(el('div', { class: 'value', 'data-value': isNumber(value) ? String(value) : '', text: isNumber(value) ? num(value, autoDecimals(value, unit)) : (value ?? '— no value') }));
    if (isNumber(row.low) && isNumber(row.high)) card.append(el('div', { class: 'unit', text: `range ${num(row.low, autoDecimals(row.low, unit))} – ${num(row.high, autoDecimals(row.high, unit))}` }));
    if (isNumber(row.p5) && isNumber(row.p95)) card.append(el('div', { class: 'unit', text: `P5–P95 ${num(row.p5, autoDecimals(row.p5, unit))} – ${num(row.p95, autoDecimals(row.p95, unit))}` }));
    if (unit) card.append(el('div', { class: 'unit', text: unit }));
    for (const [key, extra] of Object.entries(row)) {
      if (KNOWN_KEYS.has(key) || extra === null || extra === '' || typeof extra === 'object') continue;
      card.append(el('div', { class: 'note', text: `${key.replaceAll('_', ' ')}: ${isNumber(extra) ? num(extra, autoDecimals(extra)) : extra}` }));
    }
    card.append(el('div', { class: 'source', text: `Source: ${provenanceOf(row) || 'not stated'}` }));
    return card;
  }));
  const notes = notesList(table.notes, { limit: 4 });
  const sources = sourcesDetails(table.sources);
  if (notes || sources) container.after(...[notes, sources].filter(Boolean));
}

async function renderBalance(section, chosenYear) {
  section.append(el('h2', { id: 'balance-h', text: `Russia vs EU + UK, ${chosenYear}` }));
  const body = el('div');
  section.append(body);
  loading(body);
  const table = await getJson('compare', { a: 'RUS', b: 'EU_UK', year: chosenYear });
  const rows = rowsOf(table).filter((r) => !String(r.comparison ?? '').toLowerCase().includes('asymmetric'));
  const figure = chartFigure({ title: `Military expenditure ${chosenYear}: Russia vs EU + UK on three bases` });
  body.replaceChildren(figure.figure);
  const labels = rows.map((r) => r.comparison);
  createChart(figure.canvas, {
    type: 'bar',
    data: {
      labels,
      datasets: [
        { label: rows[0]?.a ?? 'A', data: rows.map((r) => r.value_a ?? null), backgroundColor: palette.a },
        { label: rows[0]?.b ?? 'B', data: rows.map((r) => r.value_b ?? null), backgroundColor: palette.b },
      ],
    },
    options: {
      scales: { x: axis('basis (price and conversion)', { category: true }), y: axis('billions (US$ / Int$ / hybrid $, current)', { beginAtZero: true }) },
      plugins: {
        tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label}: ${num(ctx.parsed.y, 1)} ${rows[ctx.dataIndex]?.unit_a ?? ''} (ratio A÷B ${num(rows[ctx.dataIndex]?.ratio_a_b, 2)})` } },
      },
    },
  });
  figure.describe(rows.map((r) => `${r.comparison}: ${r.a} ${num(r.value_a, 1)}, ${r.b} ${num(r.value_b, 1)}`).join('; '));
  figure.setSource(`${sourceIds(table.sources).join('; ')} · coverage ${rows[0]?.coverage_b ?? 'not stated'}`);
  const list = el('ul', { class: 'notes' });
  for (const r of rows) list.append(el('li', { 'data-basis': r.comparison, text: `${r.comparison}: ${r.a} ${num(r.value_a, 1)} vs ${r.b} ${num(r.value_b, 1)} ${r.unit ?? ''}; ratio ${num(r.ratio_a_b, 2)}` }));
  body.append(list, el('p', {}, el('a', { href: '#/balance', text: 'Since 2000, on each basis →' })));
}
