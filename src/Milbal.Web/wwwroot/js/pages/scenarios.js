// Scenarios: pick a bundled scenario, optionally change its target share and target year, run it on the server
// (/api/v1/scenarios/{name}?paths=&seed=&target=&target_year=) and draw the fan chart: P5–P95 band, P50 line and the
// deterministic path, for a group or country of the result.
import { getJson, rowsOf } from '../api.js';
import { el, showError, clearError, sortableTable, select, notesList, sourcesDetails, sourceIds, field } from '../ui.js';
import { num, isNumber } from '../format.js';
import { chartFigure, createChart, axis, palette } from '../charts.js';
import { rememberState } from '../app.js';

const PATHS = [{ value: '500', label: '500' }, { value: '1000', label: '1,000' }, { value: '5000', label: '5,000' }];

let controller = null;
export function dispose() { controller?.abort(); }

export async function render(main, params) {
  const errors = el('div', { id: 'scenario-error' });
  const list = await getJson('scenarios');
  const scenarios = rowsOf(list);
  if (!scenarios.length) {
    main.append(el('h1', { text: 'Scenarios' }), el('p', { text: 'The server has no bundled scenarios.' }));
    return;
  }
  const initial = scenarios.some((s) => s.name === params.get('scenario')) ? params.get('scenario') : (scenarios.find((s) => s.name === 'hague-2035') ?? scenarios[0]).name;
  const scenarioSelect = select('scenario', scenarios.map((s) => ({ value: s.name, label: s.name })), initial);
  const description = el('p', { class: 'lede', id: 'scenario-description' });
  const target = el('input', { type: 'number', id: 'target', min: '0', max: '20', step: '0.1', inputmode: 'decimal', placeholder: 'file\'s', 'aria-describedby': 'target-hint' });
  const targetYear = el('input', { type: 'number', id: 'target-year', min: '2025', max: '2050', step: '1', inputmode: 'numeric', placeholder: 'file\'s', 'aria-describedby': 'target-hint' });
  const paths = select('paths', PATHS, PATHS.some((p) => p.value === params.get('paths')) ? params.get('paths') : '1000');
  const seed = el('input', { type: 'number', id: 'seed', min: '0', step: '1', value: params.get('seed') ?? '1' });
  const run = el('button', { type: 'submit', id: 'run', text: 'Run scenario' });
  const entityHolder = el('div');
  const summary = el('div', { class: 'summary', id: 'scenario-summary', 'aria-live': 'polite' });
  const figure = chartFigure({ title: 'Projected military expenditure', id: 'fan-chart' });
  const tableBox = el('div', { id: 'scenario-table' });
  const notesBox = el('div');
  if (params.get('target')) target.value = params.get('target');
  if (params.get('target_year')) targetYear.value = params.get('target_year');

  const form = el('form', { class: 'controls', id: 'scenario-form', onsubmit: (event) => { event.preventDefault(); runScenario(); } },
    field('Scenario', scenarioSelect),
    field('Target (% of GDP)', target),
    field('Target year', targetYear),
    field('Monte Carlo paths', paths),
    field('Seed', seed),
    el('div', {}, run),
    el('p', { id: 'target-hint', class: 'source-line', style: 'flex-basis:100%;margin:0', text: 'Empty target fields keep the scenario file\'s own target and year.' }));

  main.append(el('h1', { text: 'Scenarios' }), description, form, errors, entityHolder, summary, figure.figure, tableBox, notesBox);

  let result = null;
  let entity = params.get('entity') || 'EU_UK';

  function describe() {
    const row = scenarios.find((s) => s.name === scenarioSelect.value);
    description.textContent = `${row?.description ?? ''}${row?.horizon ? ` (to ${row.horizon})` : ''}`;
  }
  scenarioSelect.addEventListener('change', describe);
  describe();

  async function runScenario() {
    controller?.abort();
    controller = new AbortController();
    const query = {
      paths: paths.value,
      seed: seed.value,
      target: target.value.trim(),
      target_year: targetYear.value.trim(),
    };
    rememberState({ scenario: scenarioSelect.value, entity, ...query });
    run.disabled = true;
    run.textContent = 'Running…';
    main.setAttribute('aria-busy', 'true');
    try {
      result = await getJson(`scenarios/${encodeURIComponent(scenarioSelect.value)}`, query, { signal: controller.signal });
      clearError(errors);
      drawEntityPicker();
      draw();
    } catch (error) {
      if (error.name !== 'AbortError') showError(errors, error);
    } finally {
      run.disabled = false;
      run.textContent = 'Run scenario';
      main.setAttribute('aria-busy', 'false');
      main.dataset.runs = String(Number(main.dataset.runs ?? 0) + 1);
    }
  }

  function seriesOf(id) {
    return [...(result.groups ?? []), ...(result.countries ?? [])].find((s) => s.id === id);
  }

  function drawEntityPicker() {
    const options = [
      ...(result.groups ?? []).map((g) => ({ value: g.id, label: g.name ?? g.id })),
      ...(result.countries ?? []).map((c) => ({ value: c.id, label: c.name ?? c.id })),
    ];
    if (!options.some((o) => o.value === entity)) entity = options[0]?.value;
    const picker = select('entity', options, entity, (value) => { entity = value; rememberState({ scenario: scenarioSelect.value, entity, paths: paths.value, seed: seed.value, target: target.value, target_year: targetYear.value }); draw(); });
    entityHolder.replaceChildren(el('div', { class: 'controls' }, field('Show', picker)));
  }

  function draw() {
    const series = seriesOf(entity);
    if (!series) return;
    const years = series.years ?? [];
    const unit = result.unit ?? result.basis ?? '';
    const hasBands = years.some((y) => isNumber(y.p5) && isNumber(y.p95));
    const last = years.at(-1);
    const crossing = (result.crossings ?? []).map((c) => `${c.a} vs ${c.b}: ${c.year ? (c.a_ahead_in_base_year ? `${c.a} already ahead in ${c.year}` : `${c.a} overtakes ${c.b} in ${c.year}`) : 'no crossing by the horizon'}`);
    summary.replaceChildren(
      el('p', {}, `${series.name ?? series.id}, ${last?.year}: P50 `, el('strong', { 'data-field': 'p50', text: num(last?.p50, 1) }),
        ` (P5 `, el('span', { 'data-field': 'p5', text: num(last?.p5, 1) }), `, P95 `, el('span', { 'data-field': 'p95', text: num(last?.p95, 1) }),
        `) ${unit}; deterministic `, el('span', { 'data-field': 'deterministic', text: num(last?.deterministic, 1) }),
        `; share of GDP ${num(last?.share_of_gdp, 2)}% (target ${num(result.target_share, 1)}%).`),
      ...(crossing.length ? [el('p', { text: `Crossing: ${crossing.join('; ')}.` })] : []),
      ...((result.probabilities ?? []).length ? [el('ul', { class: 'notes' }, ...(result.probabilities.map((p) => el('li', { text: `${p.statement} = ${num(p.value, 2)}` }))))] : []),
    );
    main.dataset.state = `${result.scenario}|${entity}|${result.paths}|${result.target_share}`;

    const labels = years.map((y) => String(y.year));
    figure.setTitle(`${result.scenario}: ${series.name ?? series.id} military expenditure to ${result.horizon} (${unit})`);
    createChart(figure.canvas, {
      type: 'line',
      data: {
        labels,
        datasets: [
          ...(hasBands ? [
            { label: 'P95', data: years.map((y) => y.p95 ?? null), borderColor: 'rgba(31,95,168,0.5)', borderWidth: 1, pointRadius: 0, fill: false },
            { label: 'P5–P95 band', data: years.map((y) => y.p5 ?? null), borderColor: 'rgba(31,95,168,0.5)', borderWidth: 1, pointRadius: 0, backgroundColor: palette.band, fill: '-1' },
            { label: 'P50 (median)', data: years.map((y) => y.p50 ?? null), borderColor: palette.b, backgroundColor: palette.b, borderWidth: 2.5, pointRadius: 2 },
          ] : []),
          { label: 'deterministic', data: years.map((y) => y.deterministic ?? null), borderColor: '#444', backgroundColor: '#444', borderDash: [6, 4], borderWidth: 1.5, pointRadius: 0 },
        ],
      },
      options: {
        scales: { x: axis('year', { years: true }), y: axis(unit, { beginAtZero: false }) },
        plugins: {
          legend: { labels: { filter: (item) => item.text !== 'P95' } },
          tooltip: {
            mode: 'index',
            callbacks: {
              label: (ctx) => `${ctx.dataset.label === 'P5–P95 band' ? 'P5' : ctx.dataset.label}: ${num(ctx.parsed.y, 1)} ${unit}`,
              footer: (items) => { const y = years[items[0]?.dataIndex]; return y ? `share of GDP ${num(y.share_of_gdp, 2)}%` : ''; },
            },
          },
        },
      },
    });
    figure.describe(`In ${last?.year}: P5 ${num(last?.p5, 1)}, P50 ${num(last?.p50, 1)}, P95 ${num(last?.p95, 1)} ${unit}.`);
    figure.setSource(`${sourceIds(result.sources).join('; ')}; Monte Carlo ${num(result.paths, 0)} paths, seed ${result.seed}; base year ${result.base_year}`);

    tableBox.replaceChildren(sortableTable({
      id: 'scenario-grid',
      caption: `${series.name ?? series.id}, ${result.scenario} (${unit})`,
      columns: [
        { key: 'year', label: 'Year', value: (y) => y.year },
        { key: 'p5', label: 'P5', numeric: true, value: (y) => y.p5, format: (y) => num(y.p5, 1) },
        { key: 'p50', label: 'P50', numeric: true, value: (y) => y.p50, format: (y) => num(y.p50, 1) },
        { key: 'p95', label: 'P95', numeric: true, value: (y) => y.p95, format: (y) => num(y.p95, 1) },
        { key: 'deterministic', label: 'Deterministic', numeric: true, value: (y) => y.deterministic, format: (y) => num(y.deterministic, 1) },
        { key: 'share', label: 'Share of GDP', unit: '%', numeric: true, value: (y) => y.share_of_gdp, format: (y) => num(y.share_of_gdp, 2) },
        { key: 'gap', label: 'Gap to target', numeric: true, value: (y) => y.gap_to_target, format: (y) => num(y.gap_to_target, 1) },
      ],
      rows: years, sortKey: 'year',
      rowAttributes: (y) => ({ 'data-year': y.year }),
    }));
    const rule = series.rule ? [el('p', { class: 'coverage', text: `Rule: ${series.rule}` })] : [];
    const missing = series.missing_members?.length ? [el('p', { class: 'gap-note', text: `Members without data (left out, not counted as zero): ${series.missing_members.join(', ')}` })] : [];
    notesBox.replaceChildren(...rule, ...missing, ...[notesList(result.notes, { limit: 4 }), sourcesDetails(result.sources)].filter(Boolean));
  }

  await runScenario();
}
