// Allies vs targets: /api/v1/burden for one year, target and edition → sortable table + bar chart against the
// 2 / 3.5 / 5 % lines. Allies without a value stay in the table and the chart as gaps, and the coverage is stated.
import { getJson } from '../api.js';
import { el, showError, clearError, sortableTable, segmented, notesList, sourcesDetails } from '../ui.js';
import { num, isNumber, integer } from '../format.js';
import { chartFigure, createChart, axis, palette } from '../charts.js';
import { rememberState } from '../app.js';

export const EDITIONS = [
  { value: 'nato-2024', label: 'NATO 2024 edition', source: 'nato', edition: '2024', first: 2014, last: 2024 },
  { value: 'nato-2025', label: 'NATO 2025 edition', source: 'nato', edition: '2025', first: 2014, last: 2024 },
  { value: 'sipri', label: 'SIPRI', source: 'sipri', edition: '', first: 2000, last: 2024 },
];
const TARGETS = [
  { value: '2', label: '2%' },
  { value: '3.5', label: '3.5%' },
  { value: '5', label: '5%' },
];
const LINES = [
  { value: 2, label: '2%', color: '#444' },
  { value: 3.5, label: '3.5%', color: '#a15c00' },
  { value: 5, label: '5%', color: '#b3261e' },
];

let controller = null;
let timer = null;

export function dispose() {
  controller?.abort();
  clearTimeout(timer);
}

export async function render(main, params) {
  const state = {
    edition: EDITIONS.some((e) => e.value === params.get('edition')) ? params.get('edition') : 'nato-2024',
    target: TARGETS.some((t) => t.value === params.get('target')) ? params.get('target') : '2',
    year: Number(params.get('year')) || 2024,
  };
  const editionInfo = () => EDITIONS.find((e) => e.value === state.edition);

  const slider = el('input', { type: 'range', id: 'year', step: '1', 'aria-describedby': 'year-hint' });
  const yearOutput = el('output', { class: 'year', for: 'year', id: 'year-out' });
  const hint = el('span', { id: 'year-hint', class: 'visually-hidden', text: 'Arrow keys change the year by one.' });
  const errors = el('div', { id: 'allies-error' });
  const summary = el('p', { class: 'summary', id: 'allies-summary', 'aria-live': 'polite' });
  const figure = chartFigure({ title: 'Allies\' defence expenditure as a share of GDP', tall: true, id: 'allies-chart' });
  const tableBox = el('div', { id: 'allies-table' });
  const notesBox = el('div');

  function setSliderRange() {
    const info = editionInfo();
    slider.min = String(info.first);
    slider.max = String(info.last);
    state.year = Math.min(Math.max(state.year, info.first), info.last);
    slider.value = String(state.year);
    yearOutput.value = String(state.year);
    slider.setAttribute('aria-valuetext', String(state.year));
  }

  main.append(
    el('h1', { text: 'Allies vs targets' }),
    el('p', { class: 'lede', text: 'Each ally\'s defence expenditure as a share of GDP against NATO\'s 2% (Wales 2014), 3.5% (Hague core, by 2035) and 5% (Hague total) lines. NATO counts an ally as meeting a target when its share, rounded to two decimals as published, reaches it; SIPRI\'s definition of military expenditure differs from NATO\'s.' }),
    el('div', { class: 'controls' },
      segmented('edition', 'Figures', EDITIONS, state.edition, (value) => { state.edition = value; setSliderRange(); update(); }),
      segmented('target', 'Target', TARGETS, state.target, (value) => { state.target = value; update(); }),
      el('div', {}, el('label', { for: 'year', text: 'Year' }), el('div', {}, slider, yearOutput), hint)),
    errors, summary, figure.figure, tableBox, notesBox,
  );
  setSliderRange();
  slider.addEventListener('input', () => {
    state.year = Number(slider.value);
    yearOutput.value = slider.value;
    slider.setAttribute('aria-valuetext', slider.value);
    clearTimeout(timer);
    timer = setTimeout(update, 120);
  });

  async function update() {
    clearTimeout(timer);
    controller?.abort();
    controller = new AbortController();
    const info = editionInfo();
    rememberState({ edition: state.edition, target: state.target, year: state.year });
    const query = { year: state.year, target: state.target, source: info.source, edition: info.edition };
    main.setAttribute('aria-busy', 'true');
    try {
      const result = await getJson('burden', query, { signal: controller.signal });
      clearError(errors);
      draw(result, info);
    } catch (error) {
      if (error.name === 'AbortError') return;
      showError(errors, error);
      summary.textContent = '';
    } finally {
      main.setAttribute('aria-busy', 'false');
      main.dataset.state = `${state.edition}|${state.target}|${state.year}`;
    }
  }

  function draw(result, info) {
    const threshold = Number(result.target?.threshold ?? state.target);
    const targetName = result.target?.name ?? `${state.target}% of GDP`;
    const allies = [...(result.allies ?? [])];
    const missing = result.missing ?? [];
    const provenance = `${result.source ?? info.source} ${result.edition ?? info.edition}`.trim();
    summary.replaceChildren(
      el('strong', { 'data-field': 'meeting', text: integer(result.meeting) }),
      ` of `,
      el('strong', { 'data-field': 'with_value', text: integer(result.with_value) }),
      ` allies with a value meet ${targetName} in ${result.year ?? state.year} (${provenance}; ${integer(result.members)} allies in NATO that year`,
      missing.length ? `; no value: ${missing.map((m) => m.ally).join(', ')}` : '',
      ').',
    );

    const sorted = allies.filter((a) => isNumber(a.value)).sort((a, b) => b.value - a.value);
    const withoutValue = [...allies.filter((a) => !isNumber(a.value)), ...missing];
    const labels = [...sorted.map((a) => a.name ?? a.ally), ...withoutValue.map((a) => `${a.name ?? a.ally} (no value)`)];
    const values = [...sorted.map((a) => a.value), ...withoutValue.map(() => null)];
    const colours = sorted.map((a) => (a.meets ? palette.ok : palette.bad));
    figure.setTitle(`Defence expenditure, % of GDP, ${result.year ?? state.year} (${info.label})`);
    createChart(figure.canvas, {
      type: 'bar',
      data: { labels, datasets: [{ label: `share of GDP (${provenance})`, data: values, backgroundColor: colours, barPercentage: 0.85, categoryPercentage: 0.9 }] },
      options: {
        indexAxis: 'y',
        layout: { padding: { top: 16 } },
        scales: {
          x: axis('% of GDP', { beginAtZero: true, suggestedMax: Math.max(5.5, ...sorted.map((a) => a.value)) }),
          y: { title: { display: true, text: 'ally', font: { weight: '600' } }, ticks: { autoSkip: false, font: { size: 11 } } },
        },
        plugins: {
          legend: { display: false },
          milbalReferenceLines: { lines: LINES },
          tooltip: {
            callbacks: {
              label: (ctx) => {
                const ally = sorted[ctx.dataIndex];
                if (!ally) return 'no value in this edition';
                const flags = ally.flags?.length ? ` (${ally.flags.join(', ')})` : '';
                return `${num(ally.value, 2)}% of GDP${flags}; ${ally.meets ? 'meets' : 'below'} ${targetName}`;
              },
              footer: () => `Source: ${provenance}`,
            },
          },
        },
      },
    });
    figure.describe(`${result.meeting} of ${result.with_value} allies at or above ${threshold}%. Highest: ${sorted.slice(0, 3).map((a) => `${a.name} ${num(a.value, 2)}%`).join(', ')}.`);
    figure.setSource(`${provenance}; share of GDP as published${info.source === 'sipri' ? ' (SIPRI definition)' : ' (NATO definition)'}; lines at 2, 3.5 and 5% of GDP; coverage ${integer(result.with_value)} of ${integer(result.members)} allies`);

    const moneyUnit = allies.find((a) => a.money_needed_current?.unit)?.money_needed_current.unit ?? 'USD million, current, market rate';
    const columns = [
      { key: 'name', label: 'Ally', value: (a) => a.name ?? a.ally },
      { key: 'share', label: 'Share of GDP', unit: '%', numeric: true, value: (a) => a.value, format: (a) => num(a.value, 2), title: (a) => (isNumber(a.value) ? String(a.value) : null) },
      { key: 'meets', label: `Meets ${targetName}`, value: (a) => (a.meets === undefined ? null : a.meets ? 'yes' : 'no'), render: (a) => (isNumber(a.value) ? el('span', { class: `badge ${a.meets ? 'ok' : 'bad'}`, text: a.meets ? 'yes' : 'no' }) : el('span', { text: 'no value' })) },
      { key: 'gap', label: 'Gap', unit: 'pp', numeric: true, value: (a) => a.gap_pp, format: (a) => num(a.gap_pp, 2) },
      { key: 'needed', label: 'Money needed', unit: moneyUnit, numeric: true, value: (a) => a.money_needed_current?.value, format: (a) => num(a.money_needed_current?.value, 0), title: (a) => a.money_needed_current?.method ?? null },
      { key: 'milex', label: 'Spending', unit: moneyUnit, numeric: true, value: (a) => a.milex_current?.value, format: (a) => num(a.milex_current?.value, 0), title: (a) => a.milex_current?.method ?? null },
      { key: 'percap', label: 'Per capita', unit: allies.find((a) => a.per_capita?.unit)?.per_capita.unit ?? 'USD', numeric: true, value: (a) => a.per_capita?.value, format: (a) => num(a.per_capita?.value, 0) },
      { key: 'source', label: 'Source', value: (a) => (a.source ? `${a.source} ${a.edition ?? ''}`.trim() : provenance) },
      { key: 'flags', label: 'Flags', value: (a) => [...(a.flags ?? []), ...(a.reason ? [a.reason] : [])].join(', ') || '' },
    ];
    const rows = [...allies, ...missing.map((m) => ({ ...m, value: null }))];
    tableBox.replaceChildren(sortableTable({
      id: 'allies-grid',
      caption: `Allies against ${targetName}, ${result.year ?? state.year}, ${info.label}`,
      columns, rows, sortKey: 'share', sortDirection: 'descending',
      rowAttributes: (a) => ({ class: isNumber(a.value) ? (a.meets ? 'meets' : 'below') : null, 'data-ally': a.ally }),
    }));
    const gap = result.money_gap?.current;
    notesBox.replaceChildren(...[
      gap ? el('p', { id: 'money-gap', text: `Money needed for every ally below the target to reach it: ${num(gap.value, 0)} ${gap.unit} (${gap.allies_below_target} allies below).` }) : null,
      notesList(result.notes, { limit: 5 }),
      sourcesDetails(result.sources),
    ].filter(Boolean));
  }

  await update();
}
