// Chart.js (vendored, window.Chart) with the conventions every Milbal chart keeps: a title, units on both axes,
// values with units in the tooltip, gaps for missing values (never zero), a source line under the canvas, and a
// text alternative for screen readers.
import { el, sourceLine } from './ui.js';
import { num } from './format.js';

export const palette = {
  a: '#b3261e', // Russia / side A
  b: '#1f5fa8', // Europe / side B
  c: '#6a4c93',
  ok: '#1c7a3e',
  bad: '#c0392b',
  grey: '#8a949e',
  band: 'rgba(31, 95, 168, 0.18)',
};

function chartLibrary() {
  if (!window.Chart) throw new Error('Chart.js did not load (wwwroot/vendor/chart.umd.min.js is copied from npm at build time: rebuild src/Milbal.Web).');
  return window.Chart;
}

/**
 * Draws labelled reference lines (the 2 / 3.5 / 5 % targets) across a chart. Inline plugin rather than the
 * annotation package: three lines don't justify another vendored dependency.
 */
const referenceLines = {
  id: 'milbalReferenceLines',
  afterDatasetsDraw(chart, _args, options) {
    const lines = options?.lines;
    if (!lines?.length) return;
    const horizontalBars = chart.options.indexAxis === 'y';
    const scale = horizontalBars ? chart.scales.x : chart.scales.y;
    const { ctx, chartArea } = chart;
    ctx.save();
    for (const line of lines) {
      const position = scale.getPixelForValue(line.value);
      if (!Number.isFinite(position)) continue;
      ctx.strokeStyle = line.color || '#333';
      ctx.lineWidth = line.width || 1.5;
      ctx.setLineDash(line.dash || [6, 4]);
      ctx.beginPath();
      if (horizontalBars) {
        ctx.moveTo(position, chartArea.top);
        ctx.lineTo(position, chartArea.bottom);
      } else {
        ctx.moveTo(chartArea.left, position);
        ctx.lineTo(chartArea.right, position);
      }
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = line.color || '#333';
      ctx.font = '600 11px system-ui, sans-serif';
      if (horizontalBars) {
        ctx.textAlign = 'center';
        ctx.fillText(line.label, position, chartArea.top - 4);
      } else {
        ctx.textAlign = 'right';
        ctx.fillText(line.label, chartArea.right - 2, position - 4);
      }
    }
    ctx.restore();
  },
};

let registered = false;
function register() {
  if (registered) return;
  const Chart = chartLibrary();
  Chart.register(referenceLines);
  Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';
  Chart.defaults.color = '#1b1f24';
  // Charts that redraw on every slider step should not animate: the reader compares bars, not motion.
  Chart.defaults.animation = false;
  registered = true;
}

/**
 * A figure with title, canvas and source line. Returns { figure, canvas, setSource(text), setCaption(text) }.
 * describe: a short text alternative, updated with the data (screen readers don't see the canvas).
 */
export function chartFigure({ title, tall = false, id }) {
  const canvas = el('canvas', { role: 'img', 'aria-label': title });
  const captionTitle = el('figcaption', { class: 'title', text: title });
  const source = el('div', { class: 'chart-source' });
  const figure = el('figure', { class: 'chart', id }, captionTitle, el('div', { class: `chart-box${tall ? ' tall' : ''}` }, canvas), source);
  return {
    figure,
    canvas,
    setTitle(text) {
      captionTitle.textContent = text;
      canvas.setAttribute('aria-label', text);
    },
    setSource(text, extra) {
      source.replaceChildren(sourceLine(text));
      if (extra) source.append(extra);
    },
    describe(text) {
      canvas.setAttribute('aria-label', `${captionTitle.textContent}. ${text}`);
    },
  };
}

/**
 * Axis options with a visible title (the unit). Category axes (years, bases) show their labels as given, so a year
 * never reads "2,024"; value axes get grouped numbers.
 */
export function axis(title, { years = false, category = false, min, max, beginAtZero, stacked, suggestedMax } = {}) {
  return {
    title: { display: true, text: title, font: { weight: '600' } },
    min, max, beginAtZero, stacked, suggestedMax,
    ticks: years || category
      ? { callback(value) { const label = this.getLabelForValue ? this.getLabelForValue(value) : value; return String(label); }, autoSkip: true, maxRotation: 0 }
      : { callback: (value) => num(value, Math.abs(value) < 10 && !Number.isInteger(value) ? 1 : 0) },
  };
}

export function createChart(canvas, config) {
  register();
  const Chart = chartLibrary();
  const existing = Chart.getChart(canvas);
  if (existing) existing.destroy();
  const base = {
    responsive: true,
    maintainAspectRatio: false,
    interaction: { mode: 'nearest', intersect: false },
    plugins: { legend: { position: 'bottom', labels: { boxWidth: 14 } } },
  };
  config.options = deepMerge(base, config.options || {});
  return new Chart(canvas, config);
}

function deepMerge(target, source) {
  const out = { ...target };
  for (const [key, value] of Object.entries(source)) {
    out[key] = value && typeof value === 'object' && !Array.isArray(value) && typeof out[key] === 'object' && out[key] !== null
      ? deepMerge(out[key], value)
      : value;
  }
  return out;
}
