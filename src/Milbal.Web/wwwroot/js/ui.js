// Small DOM helpers: elements, the error box, sortable tables, source lines and notes.
import { escapeHtml, isNumber, MISSING } from './format.js';

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key === 'html') node.innerHTML = value;
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Shows an API error where the reader is looking: the problem's title and its detail, which says what to change. */
export function showError(container, error) {
  if (error?.name === 'AbortError') return;
  const box = el('div', { class: 'error', role: 'alert' },
    el('strong', { text: error?.title && error.title !== error.detail ? error.title : 'The request failed' }),
    el('span', { class: 'detail', text: error?.detail || error?.message || String(error) }));
  if (error?.url) box.append(el('div', { class: 'source-line', text: `request: ${error.url}` }));
  container.replaceChildren(box);
  console.error(error);
}

export function clearError(container) {
  container.replaceChildren();
}

export function loading(container, text = 'Loading…') {
  container.replaceChildren(el('p', { class: 'loading', role: 'status', text }));
}

/**
 * A table whose column headers sort it (buttons, so the keyboard reaches them; aria-sort tells screen readers).
 * columns: [{ key, label, numeric, unit, value(row), format(row) → text, cellClass(row), title(row) }]
 */
export function sortableTable({ caption, columns, rows, sortKey = null, sortDirection = 'ascending', rowAttributes, id }) {
  const table = el('table', { id });
  if (caption) table.append(el('caption', { text: caption }));
  const thead = el('thead');
  const headRow = el('tr');
  const tbody = el('tbody');
  let state = { key: sortKey, direction: sortDirection };

  const valueOf = (column, row) => (column.value ? column.value(row) : row[column.key]);

  function render() {
    const sorted = [...rows];
    if (state.key) {
      const column = columns.find((c) => c.key === state.key);
      const sign = state.direction === 'ascending' ? 1 : -1;
      sorted.sort((a, b) => {
        const x = valueOf(column, a);
        const y = valueOf(column, b);
        // Missing values go last in either direction: a gap is not the smallest number.
        const xm = x === null || x === undefined || (typeof x === 'number' && !Number.isFinite(x));
        const ym = y === null || y === undefined || (typeof y === 'number' && !Number.isFinite(y));
        if (xm || ym) return xm === ym ? 0 : xm ? 1 : -1;
        if (typeof x === 'number' && typeof y === 'number') return sign * (x - y);
        return sign * String(x).localeCompare(String(y), 'en');
      });
    }
    for (const th of headRow.children) {
      th.setAttribute('aria-sort', th.dataset.key === state.key ? state.direction : 'none');
    }
    tbody.replaceChildren(...sorted.map((row) => {
      const tr = el('tr', rowAttributes ? rowAttributes(row) : {});
      for (const column of columns) {
        const raw = valueOf(column, row);
        const text = column.format ? column.format(row) : raw ?? MISSING;
        const missing = column.numeric && !isNumber(raw);
        const td = el('td', {
          class: [column.numeric ? 'num' : '', missing ? 'missing' : '', column.cellClass ? column.cellClass(row) : ''].filter(Boolean).join(' ') || null,
          title: column.title ? column.title(row) : null,
          'data-col': column.key,
        });
        if (column.render) td.append(column.render(row));
        else td.textContent = missing ? MISSING : text;
        tr.append(td);
      }
      return tr;
    }));
  }

  for (const column of columns) {
    const label = column.unit ? `${column.label} (${column.unit})` : column.label;
    const th = el('th', { scope: 'col', class: column.numeric ? 'num' : null, 'data-key': column.key });
    if (column.sortable === false) {
      th.textContent = label;
    } else {
      th.append(el('button', {
        class: 'sort', type: 'button', text: label,
        onclick: () => {
          state = { key: column.key, direction: state.key === column.key && state.direction === 'ascending' ? 'descending' : 'ascending' };
          render();
        },
      }));
    }
    headRow.append(th);
  }
  thead.append(headRow);
  table.append(thead, tbody);
  render();
  return el('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption || 'table' }, table);
}

/** "Source: sipri 2025; factors: wdi 2026-03-05" under a chart or table. */
export function sourceLine(text) {
  return el('p', { class: 'source-line', text: `Source: ${text}` });
}

export function notesList(notes = [], { limit = 8 } = {}) {
  if (!notes?.length) return null;
  const list = el('ul', { class: 'notes' });
  for (const note of notes.slice(0, limit)) list.append(el('li', { text: note }));
  if (notes.length > limit) {
    const details = el('details', { class: 'sources' }, el('summary', { text: `${notes.length - limit} more notes` }));
    const more = el('ul', { class: 'notes' });
    for (const note of notes.slice(limit)) more.append(el('li', { text: note }));
    details.append(more);
    return el('div', {}, list, details);
  }
  return list;
}

export function sourcesDetails(sources = [], label = 'Sources and licences') {
  if (!sources?.length) return null;
  const details = el('details', { class: 'sources' }, el('summary', { text: `${label} (${sources.length})` }));
  const list = el('ul', { class: 'notes' });
  for (const source of sources) list.append(el('li', { text: typeof source === 'string' ? source : JSON.stringify(source) }));
  details.append(list);
  return details;
}

/** The "dataset edition" ids at the start of provenance lines ("sipri 2025: Stockholm …" → "sipri 2025"). */
export function sourceIds(sources = []) {
  return [...new Set(sources.map((s) => (typeof s === 'string' ? s.split(':')[0].trim() : s?.source ?? '')).filter(Boolean))];
}

/** A labelled control wrapper. */
export function field(labelText, control, { id } = {}) {
  const controlId = id || control.id || `f-${Math.random().toString(36).slice(2, 8)}`;
  control.id = controlId;
  return el('div', { class: 'field' }, el('label', { for: controlId, text: labelText }), control);
}

/** A radio group that looks like a segmented button; arrow keys move within it as native radios do. */
export function segmented(name, legend, options, checked, onchange) {
  const fieldset = el('fieldset', {}, el('legend', { text: legend }));
  const group = el('div', { class: 'segmented', role: 'radiogroup', 'aria-label': legend });
  for (const option of options) {
    const input = el('input', { type: 'radio', name, value: option.value, id: `${name}-${option.value}`.replace(/[^\w-]/g, '_') });
    input.checked = option.value === checked;
    input.addEventListener('change', () => input.checked && onchange(option.value));
    group.append(el('label', {}, input, el('span', { text: option.label })));
  }
  fieldset.append(group);
  return fieldset;
}

export function select(id, options, selected, onchange) {
  const node = el('select', { id });
  for (const option of options) {
    const opt = el('option', { value: option.value, text: option.label });
    if (option.value === selected) opt.selected = true;
    node.append(opt);
  }
  if (onchange) node.addEventListener('change', () => onchange(node.value));
  return node;
}

export { escapeHtml };
