/** Small statistics and formatting helpers for the benchmark. */

export function sorted(values) {
  return [...values].sort((a, b) => a - b);
}

/** Median (mean of the two middle values for an even count). */
export function median(values) {
  if (values.length === 0) return NaN;
  const s = sorted(values);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const s = sorted(values);
  const rank = Math.min(s.length, Math.max(1, Math.ceil((p / 100) * s.length)));
  return s[rank - 1];
}

export const max = (values) => (values.length ? Math.max(...values) : NaN);
export const min = (values) => (values.length ? Math.min(...values) : NaN);

export const round = (n, digits = 2) => (Number.isFinite(n) ? Number(n.toFixed(digits)) : null);

/** 12345 → "12,345". */
export const bytes = (n) => (Number.isFinite(n) ? n.toLocaleString('en-US') : '—');

/** Milliseconds with a precision that suits the size. */
export const ms = (n) => (Number.isFinite(n) ? `${n < 10 ? n.toFixed(2) : n.toFixed(1)} ms` : '—');

/** Left-aligned text columns; numbers (and anything starting with a digit or ≤) right-aligned. */
export function table(headers, rows) {
  const cells = [headers, ...rows].map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c))));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? '')].length)));
  const right = headers.map((_, i) => rows.some((r) => /^[\d≤≥×−-]/.test(String(r[i] ?? ''))));
  const line = (r) =>
    r
      .map((c, i) => {
        const pad = ' '.repeat(Math.max(0, widths[i] - [...c].length));
        return right[i] ? pad + c : c + pad;
      })
      .join('  ')
      .trimEnd();
  const out = [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const r of cells.slice(1)) out.push(line(r));
  return out.join('\n');
}
