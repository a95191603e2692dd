// The one way the dashboard talks to the API: relative URLs (the app may sit under a path base), JSON tables in the
// CLI's ResultTable shape, and RFC 9457 problem details turned into an error the page shows to the reader.

export class ApiError extends Error {
  constructor(status, title, detail, url) {
    super(detail || title || `HTTP ${status}`);
    this.status = status;
    this.title = title || `HTTP ${status}`;
    this.detail = detail || '';
    this.url = url;
  }
}

/** Builds "api/v1/<path>?k=v" leaving out empty parameters, so the URL is exactly the query the reader chose. */
export function apiUrl(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    query.set(key, String(value));
  }
  const text = query.toString();
  return `api/v1/${path}${text ? `?${text}` : ''}`;
}

async function problemOf(response, url) {
  let title = response.statusText;
  let detail = '';
  const type = response.headers.get('content-type') || '';
  try {
    if (type.includes('json')) {
      const body = await response.json();
      title = body.title || title;
      detail = body.detail || (body.errors ? Object.values(body.errors).flat().join(' ') : '');
    } else {
      detail = (await response.text()).slice(0, 500);
    }
  } catch {
    // An unreadable error body still leaves the status and title to show.
  }
  return new ApiError(response.status, title, detail, url);
}

const cache = new Map();

/** GET a JSON resource; identical requests within a page view share one fetch (the server also answers ETags). */
export function getJson(path, params = {}, { signal } = {}) {
  const url = apiUrl(path, params);
  if (!signal && cache.has(url)) return cache.get(url);
  const promise = (async () => {
    let response;
    try {
      response = await fetch(url, { headers: { Accept: 'application/json' }, signal });
    } catch (error) {
      if (error.name === 'AbortError') throw error;
      throw new ApiError(0, 'The server did not answer', `${error.message}. Is milbal serve still running?`, url);
    }
    if (!response.ok) throw await problemOf(response, url);
    return response.json();
  })();
  if (!signal) {
    cache.set(url, promise);
    promise.catch(() => cache.delete(url));
  }
  return promise;
}

export async function postJson(path, body, { contentType = 'application/json' } = {}) {
  const url = apiUrl(path);
  let response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': contentType },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  } catch (error) {
    throw new ApiError(0, 'The server did not answer', error.message, url);
  }
  if (!response.ok) throw await problemOf(response, url);
  return response.json();
}

/** Rows of a ResultTable-shaped response (tolerates a bare array). */
export function rowsOf(table) {
  if (Array.isArray(table)) return table;
  return table?.rows ?? [];
}

export function columnUnit(table, name) {
  return table?.columns?.find((c) => c.name === name)?.unit ?? null;
}
