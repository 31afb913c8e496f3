/**
 * The visible header on top of a page capture (pure): the page's URL and title, the capture time in UTC
 * and in Almaty, the extension's version and the browser, the window and page sizes, every inlined
 * resource with its SHA-256, and what was left out and why. Everything that comes from the page (URL,
 * title, resource URLs) is escaped by `markup` (utils/archive/html.ts): page text never becomes markup.
 */
import { Html, markup } from '../archive/html';
import { kzUtcOffsetMinutes } from '../deadlines/time-zone';
import type { Lang } from '../i18n/languages';
import { PAGE_CAPTURE_STRINGS } from '../i18n/page-capture-strings';
import { HEADER_TAG, type HeaderFacts } from './page-html';

export interface CaptureHeaderInput {
  lang: Lang;
  url: string;
  title: string;
  capturedAt: number;
  extensionVersion: string;
  browser: string;
  viewport: { width: number; height: number };
  pageSize: { width: number; height: number } | null;
  /** False when the buyer did not grant the access to Kaspi's CDN: the header says so. */
  resourcesAllowed: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

function stamp(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** `2026-11-30 19:40:21 UTC` */
export function utcTime(ms: number): string {
  return `${stamp(ms)} UTC`;
}

/** `2026-12-01 00:40:21 (Asia/Almaty, UTC+05:00)` — the offset of that instant (UTC+6 before 1 March 2024). */
export function almatyTime(ms: number): string {
  const offset = kzUtcOffsetMinutes(ms);
  return `${stamp(ms + offset * 60_000)} (Asia/Almaty, UTC+${pad(offset / 60)}:${pad(offset % 60)})`;
}

/** Styles of the header only: pinned against the page's own CSS (`all: revert` inside). */
const HEADER_CSS = `${HEADER_TAG}{all:initial!important;display:block!important;position:relative!important;z-index:2147483647!important;box-sizing:border-box!important;margin:0!important;padding:16px 20px!important;background:#fff8dc!important;color:#1b1b1b!important;border-bottom:3px solid #9a6b00!important;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif!important;text-align:left!important}
${HEADER_TAG} *{all:revert!important;font-family:inherit!important;color:inherit!important;line-height:inherit!important}
${HEADER_TAG} h1{font-size:18px!important;margin:0 0 8px!important}
${HEADER_TAG} dl{display:grid!important;grid-template-columns:max-content 1fr!important;gap:2px 12px!important;margin:0 0 8px!important}
${HEADER_TAG} dt{font-weight:600!important}
${HEADER_TAG} dd{margin:0!important;overflow-wrap:anywhere!important}
${HEADER_TAG} p{margin:4px 0!important}
${HEADER_TAG} .warn{font-weight:600!important;color:#8a1c00!important}
${HEADER_TAG} table{border-collapse:collapse!important;width:100%!important;font-size:12px!important;margin:4px 0!important}
${HEADER_TAG} th,${HEADER_TAG} td{border:1px solid #c9b98a!important;padding:2px 6px!important;text-align:left!important;vertical-align:top!important}
${HEADER_TAG} td{overflow-wrap:anywhere!important}
${HEADER_TAG} code{font-family:ui-monospace,"SF Mono",Menlo,Consolas,monospace!important;font-size:11px!important;word-break:break-all!important}`;

/** The header's HTML (a `<shagym-capture-header>` element with its own <style>). */
export function captureHeaderHtml(input: CaptureHeaderInput, facts: HeaderFacts): string {
  const s = PAGE_CAPTURE_STRINGS[input.lang];
  const size = `${input.viewport.width} × ${input.viewport.height}${
    input.pageSize ? ` / ${input.pageSize.width} × ${input.pageSize.height}` : ''
  }`;
  const rows: Html[] = facts.resources.map(
    (r, i) =>
      markup`<tr><td>${i + 1}</td><td>${s.kind[r.kind]}<br><code>${r.mime}</code></td><td><code>${r.url}</code></td><td>${r.size}</td><td><code>${r.sha256}</code></td></tr>`,
  );
  const skipped: Html[] = facts.skipped.map(
    (r) => markup`<li>${s.kind[r.kind]}: <code>${r.url}</code> — ${s.reason[r.reason]}</li>`,
  );
  const html = markup`<${HEADER_TAG} lang="${input.lang}" role="banner"><style>${new Html(HEADER_CSS)}</style>
<h1>${s.heading}</h1>
<dl>
<dt>${s.url}</dt><dd><code data-capture="url">${input.url}</code></dd>
<dt>${s.title}</dt><dd data-capture="title">${input.title}</dd>
<dt>${s.capturedUtc}</dt><dd data-capture="utc">${utcTime(input.capturedAt)}</dd>
<dt>${s.capturedAlmaty}</dt><dd data-capture="almaty">${almatyTime(input.capturedAt)}</dd>
<dt>${s.extension}</dt><dd data-capture="version">${input.extensionVersion}</dd>
<dt>${s.browser}</dt><dd data-capture="browser">${input.browser}</dd>
<dt>${s.size}</dt><dd data-capture="size">${size}</dd>
</dl>
<p>${s.inert}</p>
${input.resourcesAllowed ? '' : markup`<p class="warn" data-capture="no-permission">${s.noPermission}</p>`}
<details open><summary>${s.resources} (${facts.resources.length})</summary>
${
  rows.length
    ? markup`<table data-capture="resources"><thead><tr><th>#</th><th>${s.colKind}</th><th>${s.colUrl}</th><th>${s.colSize}</th><th>${s.colHash}</th></tr></thead><tbody>${rows}</tbody></table>`
    : markup`<p data-capture="resources">${s.none}</p>`
}
</details>
${
  skipped.length
    ? markup`<details open><summary>${s.skipped} (${facts.skipped.length})</summary><ul data-capture="skipped">${skipped}</ul></details>`
    : ''
}
<p>${s.fileHash}</p>
</${HEADER_TAG}>
`;
  return html.value;
}
