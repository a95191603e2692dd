// Hash router: "#/allies?year=2023" loads js/pages/allies.js on first visit (so the first load fetches only the
// overview's code) and hands it the query. State a reader chooses is written back to the hash, so a view can be
// shared as a link.
import { showError } from './ui.js';

const pages = {
  overview: { title: 'Overview', load: () => import('./pages/overview.js') },
  allies: { title: 'Allies vs targets', load: () => import('./pages/allies.js') },
  balance: { title: 'Russia vs Europe', load: () => import('./pages/balance.js') },
  scenarios: { title: 'Scenarios', load: () => import('./pages/scenarios.js') },
  explorer: { title: 'Data explorer', load: () => import('./pages/explorer.js') },
  capacity: { title: 'Capacity', load: () => import('./pages/capacity.js') },
  check: { title: 'Check an article', load: () => import('./pages/check.js') },
};

const main = document.getElementById('main');
let current = null;
let navigationId = 0;

function parseHash() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, query = ''] = hash.split('?');
  const name = pages[path] ? path : 'overview';
  return { name, params: new URLSearchParams(query) };
}

/** Pages call this when the reader changes a control: the hash then reproduces the view. */
export function rememberState(params) {
  const { name } = parseHash();
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') query.set(key, value);
  const text = query.toString();
  history.replaceState(null, '', `#/${name}${text ? `?${text}` : ''}`);
}

async function route() {
  const id = ++navigationId;
  const { name, params } = parseHash();
  for (const link of document.querySelectorAll('nav a[data-page]')) {
    if (link.dataset.page === name) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  document.title = `${pages[name].title} — Milbal`;
  current?.dispose?.();
  current = null;
  main.replaceChildren();
  main.dataset.page = name;
  main.setAttribute('aria-busy', 'true');
  try {
    const module = await pages[name].load();
    if (id !== navigationId) return;
    current = module;
    await module.render(main, params);
  } catch (error) {
    if (id === navigationId) showError(main, error);
  } finally {
    if (id === navigationId) {
      main.setAttribute('aria-busy', 'false');
      main.dataset.ready = name;
    }
  }
}

// replaceState (rememberState) fires no hashchange: only links and typed addresses route.
window.addEventListener('hashchange', () => route().then(() => main.focus({ preventScroll: true })));

document.querySelector('nav').addEventListener('click', () => {
  document.getElementById('nav').classList.remove('open');
  document.querySelector('.nav-toggle').setAttribute('aria-expanded', 'false');
});

const toggle = document.querySelector('.nav-toggle');
toggle.addEventListener('click', () => {
  const open = document.getElementById('nav').classList.toggle('open');
  toggle.setAttribute('aria-expanded', String(open));
});

route();
