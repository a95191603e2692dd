// Capacity (issue 7): artillery-round output, Russia vs NATO Europe, 2024 and 2025, from
// /api/v1/capacity/ratio — the ratio and "months of Russian output for one year of NATO Europe's" as P5/P50/P95,
// with every cited row behind them.
import { getJson } from '../api.js';
import { el, showError, sortableTable, notesList } from '../ui.js';
import { num, integer, isNumber } from '../format.js';
import { chartFigure, createChart, axis, palette } from '../charts.js';

export const YEARS = [2024, 2025];
const QUERY = { item: 'artillery-rounds', a: 'RUS', b: 'NATO Europe' };

export async function render(main) {
  const errors = el('div', { id: 'capacity-error' });
  const summary = el('div', { class: 'cards', id: 'capacity-cards' });
  const ratioFigure = chartFigure({ title: 'Artillery-round output ratio, Russia ÷ NATO Europe', id: 'ratio-interval' });
  const monthsFigure = chartFigure({ title: 'Months of Russian output equal to one year of NATO Europe\'s', id: 'months-interval' });
  const tableBox = el('div', { id: 'capacity-table' });
  const sourcesBox = el('div', { id: 'capacity-sources' });
  const notesBox = el('div');
  main.append(
    el('h1', { text: 'Industrial capacity: artillery rounds' }),
    el('p', { class: 'lede', text: '"Russia makes in three months what NATO Europe makes in a year" — the claim as a ratio with its uncertainty. Each producer-year comes from cited estimates (low / central / high); the Monte Carlo draws from them and from the disagreement between sources. P5 / P50 / P95 are shown; a single number would hide the spread.' }),
    errors, summary, ratioFigure.figure, monthsFigure.figure, tableBox, sourcesBox, notesBox,
  );

  const settled = await Promise.allSettled(YEARS.map((year) => getJson('capacity/ratio', { ...QUERY, year })));
  const results = [];
  const failures = [];
  settled.forEach((s, i) => (s.status === 'fulfilled' ? results.push({ year: YEARS[i], r: s.value }) : failures.push({ year: YEARS[i], error: s.reason })));
  if (failures.length) {
    showError(errors, failures[0].error);
    if (failures.length > 1) errors.append(el('p', { class: 'gap-note', text: `Also failed: ${failures.slice(1).map((f) => `${f.year}: ${f.error.detail || f.error.message}`).join('; ')}` }));
  }
  if (!results.length) return;

  summary.replaceChildren(...results.map(({ year, r }) => el('article', { class: 'card', 'data-year': year },
    el('div', { class: 'label', text: `${year}: ${r.a} ÷ ${r.b} (${r.item?.replaceAll('_', ' ')})` }),
    el('div', { class: 'value' }, el('span', { 'data-field': 'ratio-central', text: num(r.ratio?.central, 2) }), '×'),
    el('div', { class: 'unit' }, 'P5–P95 ', el('span', { 'data-field': 'ratio-low', text: num(r.ratio?.low, 2) }), ' – ', el('span', { 'data-field': 'ratio-high', text: num(r.ratio?.high, 2) })),
    el('div', { class: 'note' }, 'months of Russian output = one year of NATO Europe\'s: ', el('strong', { 'data-field': 'months-central', text: num(r.months_of_a_for_one_year_of_b?.central, 1) }),
      ` (${num(r.months_of_a_for_one_year_of_b?.low, 1)} – ${num(r.months_of_a_for_one_year_of_b?.high, 1)})`),
    r.p_ratio_at_least ? el('div', { class: 'note', text: `P(ratio ≥ ${num(r.p_ratio_at_least.threshold, 0)}) = ${num(r.p_ratio_at_least.value, 2)} — "three months vs a year" needs a ratio of 4` }) : null,
    r.verdict_text ? el('div', { class: 'note verdict', text: r.verdict_text }) : null,
    el('div', { class: 'source', text: `Source: ${[...new Set((r.sources ?? []).map((s) => s.source))].length} cited estimates (${r.a_rows ?? r.a} vs ${r.b_rows ?? r.b}); ${integer(r.paths)} paths, seed ${r.seed}` }))));

  intervalChart(ratioFigure, results, (r) => r.ratio, 'ratio (Russia ÷ NATO Europe, rounds a year)', '×', [{ value: 4, label: '4× = three months vs a year', color: '#b3261e' }]);
  intervalChart(monthsFigure, results, (r) => r.months_of_a_for_one_year_of_b, 'months of Russian output', ' months', [{ value: 3, label: '3 months', color: '#b3261e' }]);

  tableBox.replaceChildren(sortableTable({
    id: 'capacity-grid',
    caption: 'Output ratio and months of output, P5 / P50 / P95',
    columns: [
      { key: 'year', label: 'Year', value: (x) => x.year },
      { key: 'ratio_low', label: 'Ratio P5', numeric: true, value: (x) => x.r.ratio?.low, format: (x) => num(x.r.ratio?.low, 2) },
      { key: 'ratio_central', label: 'Ratio P50', numeric: true, value: (x) => x.r.ratio?.central, format: (x) => num(x.r.ratio?.central, 2) },
      { key: 'ratio_high', label: 'Ratio P95', numeric: true, value: (x) => x.r.ratio?.high, format: (x) => num(x.r.ratio?.high, 2) },
      { key: 'months_low', label: 'Months P5', numeric: true, value: (x) => x.r.months_of_a_for_one_year_of_b?.low, format: (x) => num(x.r.months_of_a_for_one_year_of_b?.low, 1) },
      { key: 'months_central', label: 'Months P50', numeric: true, value: (x) => x.r.months_of_a_for_one_year_of_b?.central, format: (x) => num(x.r.months_of_a_for_one_year_of_b?.central, 1) },
      { key: 'months_high', label: 'Months P95', numeric: true, value: (x) => x.r.months_of_a_for_one_year_of_b?.high, format: (x) => num(x.r.months_of_a_for_one_year_of_b?.high, 1) },
      { key: 'p4', label: 'P(ratio ≥ 4)', numeric: true, value: (x) => x.r.p_ratio_at_least?.value, format: (x) => num(x.r.p_ratio_at_least?.value, 2) },
      { key: 'verdict', label: 'Verdict on "3 months vs a year"', value: (x) => x.r.verdict ?? '' },
    ],
    rows: results, sortKey: 'year',
    rowAttributes: (x) => ({ 'data-year': x.year }),
  }));

  const cited = [];
  for (const { year, r } of results) for (const s of r.sources ?? []) cited.push({ year, ...s });
  sourcesBox.replaceChildren(el('h2', { text: 'Cited estimates behind the ratio' }), sortableTable({
    id: 'capacity-sources-grid',
    caption: 'Each row as cited: low / central / high per the period stated',
    columns: [
      { key: 'year', label: 'Year', value: (s) => s.year },
      { key: 'producer', label: 'Producer', value: (s) => s.producer },
      { key: 'kind', label: 'Kind', value: (s) => s.kind },
      { key: 'low', label: 'Low', numeric: true, value: (s) => s.low, format: (s) => integer(s.low) },
      { key: 'central', label: 'Central', numeric: true, value: (s) => s.central, format: (s) => integer(s.central) },
      { key: 'high', label: 'High', numeric: true, value: (s) => s.high, format: (s) => integer(s.high) },
      { key: 'per', label: 'Rounds per', value: (s) => s.per },
      { key: 'source', label: 'Source', value: (s) => `${s.source}${s.document ? `, ${s.document}` : ''}${s.published ? ` (${s.published})` : ''}`, cellClass: () => 'wide' },
      { key: 'confidence', label: 'Confidence', value: (s) => s.confidence ?? '' },
      { key: 'address', label: 'Address', value: (s) => s.address ?? '', cellClass: () => 'small' },
    ],
    rows: cited, sortKey: 'year',
  }));
  notesBox.replaceChildren(...[notesList([...new Set(results.flatMap(({ r }) => r.notes ?? []))], { limit: 6 })].filter(Boolean));
}

/** Floating bars P5–P95 with the P50 as a point: an estimate is always drawn as a range. */
function intervalChart(figure, results, pick, axisTitle, suffix, lines) {
  const labels = results.map(({ year }) => String(year));
  const intervals = results.map(({ r }) => pick(r));
  createChart(figure.canvas, {
    type: 'bar',
    data: {
      labels,
      datasets: [
        { type: 'bar', label: 'P5–P95', data: intervals.map((i) => (isNumber(i?.low) && isNumber(i?.high) ? [i.low, i.high] : null)), backgroundColor: 'rgba(31,95,168,0.35)', borderColor: palette.b, borderWidth: 1, barPercentage: 0.5 },
        { type: 'line', label: 'P50', data: intervals.map((i) => i?.central ?? null), showLine: false, pointRadius: 7, pointStyle: 'rectRot', borderColor: palette.a, backgroundColor: palette.a },
      ],
    },
    options: {
      indexAxis: 'x',
      scales: { x: axis('year', { years: true }), y: axis(axisTitle, { beginAtZero: true, suggestedMax: Math.max(...lines.map((l) => l.value)) * 1.2 }) },
      plugins: {
        milbalReferenceLines: { lines },
        tooltip: {
          callbacks: {
            label: (ctx) => {
              const i = intervals[ctx.dataIndex];
              return ctx.dataset.label === 'P50' ? `P50 ${num(i?.central, 2)}${suffix}` : `P5 ${num(i?.low, 2)}${suffix} – P95 ${num(i?.high, 2)}${suffix}`;
            },
          },
        },
      },
    },
  });
  figure.describe(results.map(({ year, r }) => `${year}: P50 ${num(pick(r)?.central, 2)}, P5 ${num(pick(r)?.low, 2)}, P95 ${num(pick(r)?.high, 2)}`).join('; '));
  figure.setSource(`Milbal capacity data (data/capacity/capacity.csv): ${[...new Set(results.flatMap(({ r }) => (r.sources ?? []).map((s) => s.source)))].join('; ')}`);
}
