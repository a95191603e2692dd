// Russia vs Europe: /api/v1/compare?a=RUS&b=…&from=2000&to=… gives the MER, PPP and hybrid rows of every year in
// one response; the basis toggle only re-draws. Years without a value are gaps, partial group coverage is named.
import { getJson, rowsOf } from '../api.js';
import { el, showError, clearError, sortableTable, segmented, select, notesList, sourcesDetails, sourceIds, field } from '../ui.js';
import { num, isNumber } from '../format.js';
import { chartFigure, createChart, axis, palette } from '../charts.js';
import { rememberState } from '../app.js';

export const BASES = [
  { value: 'mer', label: 'Market rate', match: /MER|market/i },
  { value: 'ppp', label: 'PPP', match: /PPP/i },
  { value: 'hybrid', label: 'Hybrid', match: /hybrid/i },
];
const GROUPS = [
  { value: 'EU_UK', label: 'EU + UK' },
  { value: 'NATO_EUROPE', label: 'NATO Europe' },
  { value: 'EU27', label: 'EU27' },
  { value: 'NATO_EUROPE_CANADA', label: 'NATO Europe + Canada' },
];
const FIRST_YEAR = 2000;
const LAST_YEAR = 2024;

/** The row of one basis among a year's rows (symmetric rows only: the asymmetric one is labelled as such). */
export function rowForBasis(rows, basis) {
  const pattern = BASES.find((b) => b.value === basis).match;
  return rows.find((r) => pattern.test(String(r.comparison ?? '')) && !/asymmetric/i.test(String(r.comparison ?? '')));
}

let controller = null;
export function dispose() { controller?.abort(); }

export async function render(main, params) {
  const state = {
    basis: BASES.some((b) => b.value === params.get('basis')) ? params.get('basis') : 'ppp',
    b: GROUPS.some((g) => g.value === params.get('b')) ? params.get('b') : 'EU_UK',
  };
  let table = null;
  const errors = el('div');
  const headline = el('p', { class: 'summary', id: 'balance-summary', 'aria-live': 'polite' });
  const figure = chartFigure({ title: 'Military expenditure, Russia vs Europe', id: 'balance-chart' });
  const ratioFigure = chartFigure({ title: 'Ratio Russia ÷ Europe', id: 'ratio-chart' });
  const tableBox = el('div', { id: 'balance-table' });
  const notesBox = el('div');

  main.append(
    el('h1', { text: 'Russia vs Europe' }),
    el('p', { class: 'lede', text: 'Both sides on the same basis: SIPRI spending in each country\'s own currency, converted at market exchange rates (MER), at GDP purchasing-power parities (PPP), or hybrid (equipment at market rates, the rest at PPP — a bracket, not a measured military PPP). Current prices of each year.' }),
    el('div', { class: 'controls' },
      segmented('basis', 'Basis', BASES, state.basis, (value) => { state.basis = value; rememberState(state); draw(); }),
      field('Europe as', select('group', GROUPS, state.b, (value) => { state.b = value; rememberState(state); load(); }))),
    errors, headline, figure.figure, ratioFigure.figure, tableBox, notesBox,
  );

  // A range over groups costs the API about half a second per year: the latest year is asked for alone as well, so
  // the headline and its point appear at once and the series fills in when the range arrives.
  let partial = false;
  async function load() {
    controller?.abort();
    controller = new AbortController();
    const signal = controller.signal;
    main.setAttribute('aria-busy', 'true');
    let rangeArrived = false;
    const latest = getJson('compare', { a: 'RUS', b: state.b, year: LAST_YEAR }, { signal })
      .then((single) => {
        if (rangeArrived || signal.aborted) return;
        table = { ...single, rows: rowsOf(single).map((r) => ({ year: LAST_YEAR, ...r })) };
        partial = true;
        draw();
      })
      .catch(() => { /* the range request reports errors */ });
    try {
      const range = await compareRange('RUS', state.b, FIRST_YEAR, LAST_YEAR, signal);
      rangeArrived = true;
      table = range;
      partial = false;
      clearError(errors);
      draw();
    } catch (error) {
      if (error.name !== 'AbortError') showError(errors, error);
    } finally {
      await latest;
      if (!signal.aborted) main.setAttribute('aria-busy', 'false');
    }
  }

  function draw() {
    if (!table) return;
    const years = [];
    for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) years.push(y);
    const byYear = new Map();
    for (const row of rowsOf(table)) {
      const y = Number(row.year);
      if (!byYear.has(y)) byYear.set(y, []);
      byYear.get(y).push(row);
    }
    const picked = years.map((y) => ({ year: y, row: rowForBasis(byYear.get(y) ?? [], state.basis) ?? null }));
    const withValues = picked.filter((p) => p.row && isNumber(p.row.value_a) && isNumber(p.row.value_b));
    const unit = withValues[0]?.row.unit ?? withValues[0]?.row.unit_a ?? '';
    const nameA = 'Russia';
    const nameB = GROUPS.find((g) => g.value === state.b).label;
    const basisLabel = BASES.find((b) => b.value === state.basis).label;
    const latest = withValues.at(-1);
    const missingYears = picked.filter((p) => !p.row || !isNumber(p.row.value_a) || !isNumber(p.row.value_b)).map((p) => p.year);
    const partialCoverage = picked.filter((p) => p.row && p.row.coverage_b && !/^all\b/i.test(String(p.row.coverage_b)) && !/^country$/i.test(String(p.row.coverage_b)));

    headline.replaceChildren(latest
      ? el('span', {},
        `${latest.year}, ${basisLabel}: Russia `, el('strong', { 'data-field': 'value_a', text: num(latest.row.value_a, 1) }),
        ` vs ${nameB} `, el('strong', { 'data-field': 'value_b', text: num(latest.row.value_b, 1) }),
        ` ${unit}; ratio `, el('strong', { 'data-field': 'ratio', text: num(latest.row.ratio_a_b, 2) }), '.')
      : el('span', { text: 'No year has values for both sides on this basis.' }));
    main.dataset.state = partial ? 'loading' : `${state.basis}|${state.b}`;

    figure.setTitle(`Military expenditure ${FIRST_YEAR}–${LAST_YEAR}, ${basisLabel}: Russia vs ${nameB}`);
    createChart(figure.canvas, {
      type: 'line',
      data: {
        labels: years.map(String),
        datasets: [
          { label: nameA, data: picked.map((p) => (p.row && isNumber(p.row.value_a) ? p.row.value_a : null)), borderColor: palette.a, backgroundColor: palette.a, spanGaps: false, pointRadius: 2 },
          { label: nameB, data: picked.map((p) => (p.row && isNumber(p.row.value_b) ? p.row.value_b : null)), borderColor: palette.b, backgroundColor: palette.b, spanGaps: false, pointRadius: 2 },
        ],
      },
      options: {
        scales: { x: axis('year', { years: true }), y: axis(unit || 'billions', { beginAtZero: true }) },
        plugins: {
          tooltip: {
            callbacks: {
              label: (ctx) => `${ctx.dataset.label}: ${num(ctx.parsed.y, 1)} ${unit}`,
              footer: (items) => {
                const row = picked[items[0]?.dataIndex]?.row;
                return row ? [`ratio ${num(row.ratio_a_b, 2)}`, `coverage ${row.coverage_b ?? 'not stated'}`, `source ${row.source ?? ''}`] : [];
              },
            },
          },
        },
      },
    });
    figure.describe(latest ? `In ${latest.year} Russia ${num(latest.row.value_a, 1)}, ${nameB} ${num(latest.row.value_b, 1)} ${unit}.` : 'no values');
    const ids = sourceIds(table.sources);
    figure.setSource(`${ids.join('; ') || 'see the table'}; ${basisLabel.toLowerCase()} conversion, current prices`,
      partial
        ? el('p', { class: 'coverage', role: 'status', text: `Loading ${FIRST_YEAR}–${LAST_YEAR - 1}…` })
        : missingYears.length || partialCoverage.length
        ? el('p', { class: 'coverage', text: [
          missingYears.length ? `No value (gap) in ${missingYears.join(', ')}.` : '',
          partialCoverage.length ? `Partial coverage of ${nameB}: ${partialCoverage.map((p) => `${p.year} (${p.row.coverage_b})`).join('; ')}.` : '',
        ].filter(Boolean).join(' ') })
        : el('p', { class: 'coverage', text: `Coverage: every member of ${nameB} in every year shown.` }));

    createChart(ratioFigure.canvas, {
      type: 'line',
      data: { labels: years.map(String), datasets: [{ label: `Russia ÷ ${nameB} (${basisLabel})`, data: picked.map((p) => (p.row && isNumber(p.row.ratio_a_b) ? p.row.ratio_a_b : null)), borderColor: palette.c, backgroundColor: palette.c, spanGaps: false, pointRadius: 2 }] },
      options: {
        scales: { x: axis('year', { years: true }), y: axis('ratio (Russia ÷ Europe, same basis)', { beginAtZero: true }) },
        plugins: { milbalReferenceLines: { lines: [{ value: 1, label: 'parity', color: '#444' }] }, tooltip: { callbacks: { label: (ctx) => `ratio ${num(ctx.parsed.y, 2)}` } } },
      },
    });
    ratioFigure.setTitle(`Ratio Russia ÷ ${nameB}, ${basisLabel}`);
    ratioFigure.describe(latest ? `${num(latest.row.ratio_a_b, 2)} in ${latest.year}` : 'no values');
    ratioFigure.setSource(`${ids.join('; ')}; ratio of the two series above`);

    tableBox.replaceChildren(sortableTable({
      id: 'balance-grid',
      caption: `Russia vs ${nameB}, ${basisLabel} (${unit})`,
      columns: [
        { key: 'year', label: 'Year', value: (p) => p.year },
        { key: 'value_a', label: 'Russia', unit, numeric: true, value: (p) => p.row?.value_a, format: (p) => num(p.row?.value_a, 1) },
        { key: 'value_b', label: nameB, unit, numeric: true, value: (p) => p.row?.value_b, format: (p) => num(p.row?.value_b, 1) },
        { key: 'ratio', label: 'Ratio', numeric: true, value: (p) => p.row?.ratio_a_b, format: (p) => num(p.row?.ratio_a_b, 2) },
        { key: 'coverage', label: 'Coverage', value: (p) => p.row?.coverage_b ?? 'no value' },
        { key: 'source', label: 'Source', value: (p) => p.row?.source ?? '' },
        { key: 'factors', label: 'Factors (Russia)', value: (p) => p.row?.factors_a ?? '', cellClass: () => 'small' },
      ],
      rows: picked, sortKey: 'year', sortDirection: 'descending',
      rowAttributes: (p) => ({ 'data-year': p.year }),
    }));
    notesBox.replaceChildren(...[notesList(table.notes, { limit: 5 }), sourcesDetails(table.sources)].filter(Boolean));
  }

  await load();
}

/**
 * The compare rows of every year in [from, to]. One request when the API answers ranges with a year column; else
 * one request per year (years the API refuses become gaps with the reason in the notes).
 */
async function compareRange(a, b, from, to, signal) {
  const ranged = await getJson('compare', { a, b, from, to }, { signal });
  if (rowsOf(ranged).every((r) => r.year !== undefined)) return ranged;
  const years = [];
  for (let y = from; y <= to; y++) years.push(y);
  const rows = [];
  const notes = [];
  let sources = [];
  const results = await Promise.allSettled(years.map((year) => getJson('compare', { a, b, year }, { signal })));
  results.forEach((result, i) => {
    if (result.status === 'fulfilled') {
      for (const row of rowsOf(result.value)) rows.push({ year: years[i], ...row });
      sources = [...new Set([...sources, ...(result.value.sources ?? [])])];
    } else if (result.reason?.name !== 'AbortError') {
      notes.push(`${years[i]}: ${result.reason?.detail || result.reason?.message}`);
    }
  });
  return { title: ranged.title, rows, sources, notes: [...(ranged.notes ?? []), ...notes] };
}
