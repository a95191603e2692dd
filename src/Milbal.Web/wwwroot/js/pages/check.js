// Check an article: paste text → POST /api/v1/check → each numeric claim marked in the text with its verdict
// (supported / contradicted / method-dependent / unverifiable) and the evidence. The claim checker (issue 6) is added
// to the API when it lands; until then the server answers 404 and the page says so.
import { postJson } from '../api.js';
import { el, showError, clearError } from '../ui.js';

const VERDICTS = ['supported', 'contradicted', 'method-dependent', 'unverifiable'];

export async function render(main) {
  const text = el('textarea', { id: 'article', 'aria-describedby': 'article-hint', spellcheck: 'false' });
  const button = el('button', { type: 'submit', id: 'check', text: 'Check the figures' });
  const errors = el('div', { id: 'check-error' });
  const annotated = el('div', { id: 'annotated', 'aria-live': 'polite' });
  const list = el('div', { id: 'claims' });
  main.append(
    el('h1', { text: 'Check an article' }),
    el('p', { class: 'lede', text: 'Paste an article or a paragraph. Each figure it states about defence spending, targets or production is checked against the store and the curated figures: supported, contradicted, method-dependent (one standard source or method supports it and another does not) or unverifiable.' }),
    el('form', { onsubmit: (event) => { event.preventDefault(); check(); } },
      el('label', { for: 'article', text: 'Article text' }),
      text,
      el('p', { id: 'article-hint', class: 'source-line', text: 'Plain text; a title line and date help attribute the year. Nothing is stored.' }),
      button),
    errors, annotated, list,
  );

  async function check() {
    if (!text.value.trim()) {
      showError(errors, { title: 'Nothing to check', detail: 'Paste the article text into the box first.' });
      return;
    }
    button.disabled = true;
    main.setAttribute('aria-busy', 'true');
    try {
      const result = await postJson('check', { text: text.value });
      clearError(errors);
      draw(text.value, result);
    } catch (error) {
      if (error.status === 404 || error.status === 405) {
        showError(errors, { title: 'The claim checker is not available on this server yet', detail: 'POST /api/v1/check answers 404: this build of milbal serve has no claim checker. Use the other pages, or `milbal article` for the seed article.' });
      } else {
        showError(errors, error);
      }
    } finally {
      button.disabled = false;
      main.setAttribute('aria-busy', 'false');
    }
  }

  function draw(source, result) {
    const claims = result.claims ?? result.rows ?? [];
    const spans = [];
    for (const [index, claim] of claims.entries()) {
      const needle = claim.mention ?? claim.text ?? claim.anchor ?? claim.anchors?.[0] ?? null;
      let start = Number.isInteger(claim.start) ? claim.start : needle ? source.indexOf(needle) : -1;
      const length = Number.isInteger(claim.end) && Number.isInteger(claim.start) ? claim.end - claim.start : needle?.length ?? 0;
      if (start >= 0 && length > 0 && !spans.some((s) => start < s.start + s.length && s.start < start + length)) spans.push({ start, length, index, claim });
      else start = -1;
    }
    spans.sort((a, b) => a.start - b.start);
    const nodes = [];
    let at = 0;
    for (const span of spans) {
      nodes.push(source.slice(at, span.start));
      const verdict = VERDICTS.includes(span.claim.verdict) ? span.claim.verdict : '';
      nodes.push(el('mark', { class: `claim ${verdict}`, id: `claim-text-${span.index}`, title: `${span.claim.verdict ?? ''}: ${span.claim.why ?? ''}` }, source.slice(span.start, span.start + span.length), el('sup', {}, el('a', { href: `#claim-${span.index}`, onclick: (e) => { e.preventDefault(); document.getElementById(`claim-${span.index}`)?.focus(); }, text: `[${span.index + 1}]` }))));
      at = span.start + span.length;
    }
    nodes.push(source.slice(at));
    annotated.replaceChildren(el('h2', { text: `${claims.length} claims found` }), el('div', { style: 'white-space:pre-wrap;border:1px solid var(--line);padding:.75rem;border-radius:6px' }, ...nodes));
    list.replaceChildren(el('ol', {}, ...claims.map((claim, index) => el('li', { id: `claim-${index}`, tabindex: '-1' },
      el('span', { class: `verdict badge ${claim.verdict === 'supported' ? 'ok' : claim.verdict === 'contradicted' ? 'bad' : ''}`, text: claim.verdict ?? 'no verdict' }), ' ',
      el('q', { text: claim.sentence ?? claim.text ?? claim.mention ?? '' }),
      claim.why ? el('p', { class: 'note', text: claim.why }) : null,
      claim.evidence ? el('ul', { class: 'notes' }, ...(Array.isArray(claim.evidence) ? claim.evidence : [claim.evidence]).map((e) => el('li', { text: typeof e === 'string' ? e : Object.entries(e).map(([k, v]) => `${k}: ${v}`).join('; ') }))) : null))));
  }
}
