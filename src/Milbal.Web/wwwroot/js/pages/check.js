// Check an article: paste text → POST /api/v1/check → each numeric claim marked in the text with its verdict
// (supported / contradicted / method-dependent / unverifiable) and the evidence (source, method, value per reading).
import { postJson } from '../api.js';
import { el, showError, clearError } from '../ui.js';

const VERDICTS = ['supported', 'contradicted', 'method-dependent', 'unverifiable'];

export async function render(main) {
  const text = el('textarea', { id: 'article', 'aria-describedby': 'article-hint', spellcheck: 'false' });
  const date = el('input', { type: 'date', id: 'article-date', 'aria-describedby': 'date-hint' });
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
      el('p', { id: 'article-hint', class: 'source-line', text: 'Plain text. Nothing is stored.' }),
      el('label', { for: 'article-date', text: 'Article date (optional)' }),
      date,
      el('p', { id: 'date-hint', class: 'source-line', text: 'Resolves "last year" and "this year"; without it a "date: YYYY-MM-DD" line in the text is used.' }),
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
      const result = await postJson('check', date.value ? { text: text.value, date: date.value } : { text: text.value });
      clearError(errors);
      draw(text.value, result);
    } catch (error) {
      showError(errors, error);
    } finally {
      button.disabled = false;
      main.setAttribute('aria-busy', 'false');
    }
  }

  // The API answers {body, date, url, claims}: one schema.org ClaimReview per claim, whose milbal:evidence start/end
  // index `body` (the text after any header lines), so marks land on the exact words the checker read.
  function draw(source, result) {
    const body = typeof result.body === 'string' ? result.body : source;
    const claims = (result.claims ?? []).map((review) => {
      const evidence = review['milbal:evidence'] ?? {};
      return {
        start: evidence.start, end: evidence.end,
        verdict: review.reviewRating?.alternateName ?? evidence.verdict,
        why: review.reviewRating?.ratingExplanation ?? evidence.reason,
        sentence: review.claimReviewed,
        kind: evidence.kind,
        tolerance: evidence.tolerance,
        readings: evidence.readings ?? [],
      };
    });
    const spans = [];
    for (const [index, claim] of claims.entries()) {
      const { start, end } = claim;
      if (Number.isInteger(start) && Number.isInteger(end) && end > start && !spans.some((s) => start < s.end && s.start < end)) spans.push({ start, end, index, claim });
    }
    spans.sort((a, b) => a.start - b.start);
    const nodes = [];
    let at = 0;
    for (const span of spans) {
      nodes.push(body.slice(at, span.start));
      const verdict = VERDICTS.includes(span.claim.verdict) ? span.claim.verdict : '';
      nodes.push(el('mark', { class: `claim ${verdict}`, id: `claim-text-${span.index}`, title: `${span.claim.verdict ?? ''}: ${span.claim.why ?? ''}` }, body.slice(span.start, span.end), el('sup', {}, el('a', { href: `#claim-${span.index}`, onclick: (e) => { e.preventDefault(); document.getElementById(`claim-${span.index}`)?.focus(); }, text: `[${span.index + 1}]` }))));
      at = span.end;
    }
    nodes.push(body.slice(at));
    const counts = VERDICTS.map((v) => [v, claims.filter((c) => c.verdict === v).length]).filter(([, n]) => n > 0).map(([v, n]) => `${n} ${v}`).join(', ');
    annotated.replaceChildren(
      el('h2', { text: `${claims.length} claims found` + (counts ? ` — ${counts}` : '') }),
      el('p', { class: 'source-line', text: result.date ? `Article date ${result.date}: "last year" and "this year" are read from it.` : 'No article date given or found: years must be stated in the text.' }),
      el('div', { style: 'white-space:pre-wrap;border:1px solid var(--line);padding:.75rem;border-radius:6px' }, ...nodes));
    list.replaceChildren(el('ol', {}, ...claims.map((claim, index) => el('li', { id: `claim-${index}`, tabindex: '-1', 'data-verdict': claim.verdict ?? '' },
      el('span', { class: `verdict badge ${claim.verdict === 'supported' ? 'ok' : claim.verdict === 'contradicted' ? 'bad' : ''}`, text: claim.verdict ?? 'no verdict' }), ' ',
      el('q', { text: claim.sentence ?? '' }),
      claim.why ? el('p', { class: 'note', text: claim.why + (claim.tolerance ? ` (tolerance: ${claim.tolerance})` : '') }) : null,
      claim.readings.length ? el('ul', { class: 'notes' }, ...claim.readings.map((r) => el('li', {
        text: `${r.within_tolerance ? '✓' : '✗'} ${r.source}, ${r.method}: ${r.entity} ${r.year} = ${r.value == null ? 'no value' : `${Number(r.value).toLocaleString('en', { maximumFractionDigits: 3 })} ${r.unit}`}` + (r.evidence?.length ? ` — ${r.evidence.join('; ')}` : ''),
      }))) : null))));
  }
}
