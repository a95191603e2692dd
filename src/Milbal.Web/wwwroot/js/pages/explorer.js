// Data explorer: entity + measure + source + unit → /api/v1/series → a chart of one series (one unit, one source
// edition: never two units on one axis), its table with flags and factors, and the API's CSV as a download.
import { getJson, rowsOf, apiUrl } from '../api.js';
import { el, showError, clearError, sortableTable, select, notesList, sourcesDetails, field } from '../ui.js';
import { num, autoDecimals, isNumber } from '../format.js';
import { chartFigure, createChart, axis, palette } from '../charts.js';
import { rememberState } from '../app.js';

export const UNITS = [
  { value: '', label: 'as published' },
  { value: 'current US$MER', label: 'current US$ (market rate)' },
  { value: 'constant 2023 US$MER', label: 'constant 2023 US$ (market rate)' },
  { value: 'current Int$PPP', label: 'current Int$ (PPP)' },
  { value: 'constant 2023 Int$PPP', label: 'constant 2023 Int$ (PPP)' },
  { value: 'current hybrid', label: 'current hybrid' },
  { value: 'current LCU', label: 'current local currency' },
];

/** Rows of one series: what a chart may draw on one axis. */
export function seriesKey(row) {
  return `${row.unit ?? ''} · ${row.source ?? ''} ${row.edition ?? ''}`.trim();
}

let controller = null;
export function dispose() { controller?.abort(); }

export async function render(main, params) {
  const [entities, measures, sources] = await Promise.all([getJson('entities'), getJson('measures'), getJson('sources')]);
  const datasets = [...new Set(rowsOf(sources).map((s) => s.dataset).filter(Boolean))];

  const entity = el('input', { type: 'text', id: 'entity', list: 'entity-list', value: params.get('entity') ?? 'RUS', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'entity-hint' });
  const datalist = el('datalist', { id: 'entity-list' }, ...rowsOf(entities).map((e) => el('option', { value: e.id, label: `${e.name} (${e.kind ?? ''})` })));
  const measureSelect = select('measure', rowsOf(measures).map((m) => ({ value: m.id, label: `${m.name ?? m.id} (${m.id})` })), params.get('measure') ?? 'milex');
  const sourceSelect = select('source', [{ value: '', label: 'any (newest edition)' }, ...datasets.map((d) => ({ value: d, label: d }))], params.get('source') ?? 'sipri');
  const unitSelect = select('unit', UNITS, params.get('unit') ?? '');
  const from = el('input', { type: 'number', id: 'from', min: '1949', max: '2035', step: '1', value: params.get('from') ?? '2000', inputmode: 'numeric' });
  const to = el('input', { type: 'number', id: 'to', min: '1949', max: '2035', step: '1', value: params.get('to') ?? '', placeholder: 'latest', inputmode: 'numeric' });
  const show = el('button', { type: 'submit', id: 'show', text: 'Show' });
  const errors = el('div', { id: 'explorer-error' });
  const seriesHolder = el('div');
  const figure = chartFigure({ title: 'Series', id: 'explorer-chart' });
  const download = el('p', { id: 'download' });
  const tableBox = el('div', { id: 'explorer-table' });
  const notesBox = el('div');

  const form = el('form', { class: 'controls', onsubmit: (event) => { event.preventDefault(); load(); } },
    field('Entity (id or name)', entity), datalist,
    field('Measure', measureSelect),
    field('Source', sourceSelect),
    field('Unit', unitSelect),
    field('From', from),
    field('To', to),
    el('div', {}, show),
    el('p', { id: 'entity-hint', class: 'source-line', style: 'flex-basis:100%;margin:0', text: 'Countries by ISO code or any publisher\'s name (Russia, Türkiye, Korea, South); converting to another unit needs a money measure.' }));

  main.append(el('h1', { text: 'Data explorer' }),
    el('p', { class: 'lede', text: 'Any series in the store, as published or converted. The table and the CSV carry each value\'s source, edition, flags and, when converted, the factors used.' }),
    form, errors, seriesHolder, figure.figure, download, tableBox, notesBox);

  let table = null;
  let chosen = params.get('series') ?? null;

  function query() {
    return {
      entity: entity.value.trim(),
      measure: measureSelect.value,
      source: sourceSelect.value,
      unit: unitSelect.value,
      scale: unitSelect.value ? 'billions' : '',
      from: from.value.trim(),
      to: to.value.trim(),
    };
  }

  async function load() {
    controller?.abort();
    controller = new AbortController();
    const q = query();
    main.setAttribute('aria-busy', 'true');
    show.disabled = true;
    try {
      table = await getJson('series', q, { signal: controller.signal });
      clearError(errors);
      const keys = [...new Set(rowsOf(table).map(seriesKey))];
      if (!keys.includes(chosen)) chosen = keys[0] ?? null;
      rememberState({ ...q, series: chosen });
      download.replaceChildren(
        el('a', { class: 'button secondary', id: 'csv-link', href: apiUrl('series', { ...q, format: 'csv' }), download: `milbal-${q.entity}-${q.measure}.csv`, text: 'Download CSV (with source, edition, flags, factors)' }),
        ' ',
        el('a', { href: apiUrl('series', q), text: 'JSON' }));
      drawPicker(keys);
      draw();
    } catch (error) {
      if (error.name !== 'AbortError') {
        showError(errors, error);
        table = null;
        seriesHolder.replaceChildren();
        tableBox.replaceChildren();
        download.replaceChildren();
      }
    } finally {
      show.disabled = false;
      main.setAttribute('aria-busy', 'false');
      main.dataset.loads = String(Number(main.dataset.loads ?? 0) + 1);
    }
  }

  function drawPicker(keys) {
    if (!keys.length) { seriesHolder.replaceChildren(); return; }
    const picker = select('series', keys.map((k) => ({ value: k, label: k })), chosen, (value) => { chosen = value; rememberState({ ...query(), series: chosen }); draw(); });
    seriesHolder.replaceChildren(el('div', { class: 'controls' }, field(`Series (${keys.length} in the answer: one unit and edition per chart)`, picker)));
  }

  function draw() {
    const rows = rowsOf(table).filter((r) => seriesKey(r) === chosen).sort((a, b) => a.year - b.year);
    main.dataset.state = `${query().entity}|${query().measure}|${chosen}`;
    if (!rows.length) {
      figure.setTitle('No values');
      createChart(figure.canvas, { type: 'line', data: { labels: [], datasets: [] }, options: { scales: { x: axis('year', { years: true }), y: axis('no values') } } });
      figure.setSource('—', el('p', { class: 'coverage', text: (table?.notes ?? []).join(' ') || 'The store holds no value for this query.' }));
      tableBox.replaceChildren();
      notesBox.replaceChildren();
      return;
    }
    const unit = rows[0].unit ?? '';
    const name = rows[0].entity_name ?? rows[0].entity;
    const firstYear = rows[0].year;
    const lastYear = rows.at(-1).year;
    // Every year in the range gets a slot, so a year without a value is a visible gap, not a joined line.
    const labels = [];
    for (let y = firstYear; y <= lastYear; y++) labels.push(y);
    const byYear = new Map(rows.map((r) => [r.year, r]));
    const missingYears = labels.filter((y) => !byYear.has(y));
    const decimals = autoDecimals(rows.find((r) => isNumber(r.value))?.value, unit);
    figure.setTitle(`${name}: ${rows[0].measure} (${unit}), ${firstYear}–${lastYear}`);
    createChart(figure.canvas, {
      type: 'line',
      data: { labels: labels.map(String), datasets: [{ label: `${name} (${rows[0].source} ${rows[0].edition})`, data: labels.map((y) => byYear.get(y)?.value ?? null), borderColor: palette.b, backgroundColor: palette.b, spanGaps: false, pointRadius: 2.5 }] },
      options: {
        scales: { x: axis('year', { years: true }), y: axis(unit) },
        plugins: {
          tooltip: {
            callbacks: {
              label: (ctx) => `${num(ctx.parsed.y, decimals)} ${unit}`,
              footer: (items) => {
                const row = byYear.get(labels[items[0]?.dataIndex]);
                return row ? [row.flags ? `flags: ${row.flags}` : '', row.factors ? `factors: ${row.factors}` : ''].filter(Boolean) : [];
              },
            },
          },
        },
      },
    });
    figure.describe(`${rows.length} values from ${firstYear} to ${lastYear}; latest ${num(rows.at(-1).value, decimals)} ${unit}.`);
    const flagged = rows.filter((r) => r.flags).length;
    figure.setSource(`${rows[0].source} ${rows[0].edition}${rows.some((r) => r.factors) ? '; converted with the factors listed in the table' : ''}`,
      el('p', { class: 'coverage', text: `${rows.length} of ${labels.length} years with a value${missingYears.length ? ` (gaps: ${missingYears.join(', ')})` : ''}${flagged ? `; ${flagged} flagged (estimate, uncertain …)` : ''}.` }));

    const hasFactors = rows.some((r) => r.factors);
    tableBox.replaceChildren(sortableTable({
      id: 'explorer-grid',
      caption: `${name}, ${rows[0].measure}, ${unit}`,
      columns: [
        { key: 'year', label: 'Year', value: (r) => r.year },
        { key: 'value', label: 'Value', unit, numeric: true, value: (r) => r.value, format: (r) => num(r.value, decimals), title: (r) => String(r.value) },
        { key: 'source', label: 'Source', value: (r) => `${r.source} ${r.edition}` },
        { key: 'flags', label: 'Flags', value: (r) => r.flags ?? '' },
        { key: 'footnotes', label: 'Footnotes', value: (r) => r.footnotes ?? '' },
        ...(hasFactors ? [{ key: 'factors', label: 'Factors', value: (r) => r.factors ?? '', cellClass: () => 'small' }] : []),
      ],
      rows, sortKey: 'year', sortDirection: 'descending',
      rowAttributes: (r) => ({ 'data-year': r.year }),
    }));
    notesBox.replaceChildren(...[notesList(table.notes, { limit: 4 }), sourcesDetails(table.sources)].filter(Boolean));
  }

  await load();
}
