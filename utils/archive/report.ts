/**
 * report.html: the case file a person reads, prints or saves as PDF from the browser — the cases' facts,
 * deadlines as dates, timeline, the ready letters and every piece of evidence with its thumbnail, file,
 * size, SHA-256, when it was added, its source and the camera's own time. Self-contained within the
 * unzipped folder (a picture's thumbnail is the evidence file itself, a video's is the first frame
 * Shagym drew, under thumbnails/; all by relative path), script-free, with a Content-Security-Policy that
 * forbids scripts and anything from the network. Every value goes through the escaping `markup` template
 * (./html.ts). Pure and deterministic: no Intl, no clock. The case page's Print shows the same HTML
 * (entrypoints/report), its pictures given as blob: URLs.
 */
import { perCase, tryDeadlinesOf } from '../cases/deadlines';
import type { Case } from '../cases/schema';
import { channelName } from '../channels/channels';
import { deadlineLabel, eventDate, type Deadline } from '../deadlines';
import type { Lang } from '../i18n/languages';
import { en } from '../i18n/locales/en';
import { kk } from '../i18n/locales/kk';
import { ru, type Dictionary } from '../i18n/locales/ru';
import { formatDate, formatPrice } from '../letters/format';
import type { TextKind } from '../letters/types';
import { EVIDENCE_KIND_LABELS } from '../proof/checklist';
import { Html, markup, relativeUrl, type HtmlValue } from './html';
import { isSaneDate } from '../validation';
import { ARCHIVE_STRINGS, REPORT_STRINGS } from './strings';
import { formatKzDateTime, groupDigits, type SummaryEvidence } from './summary';
import { shownStatus } from '../cases/lifecycle';

/** The Content-Security-Policy of the report: no script, no network; images only from beside it. */
export const REPORT_CSP = "default-src 'none'; img-src 'self' file: data:; style-src 'unsafe-inline'";

const DICTIONARIES: Readonly<Record<Lang, Dictionary>> = { ru, kk, en };
const UNKNOWN = '—';

/** Evidence types every browser draws in an <img> (no SVG: an image that is a document). */
const THUMBNAIL_MIME = /^image\/(?:jpeg|png|gif|webp|bmp|avif)$/i;

/** A picture the report shows: its URL (relative inside the archive; blob: when printed from the case page). */
export interface ReportImage {
  url: string;
  /** A thumbnail Shagym drew (a video's first frame, the product's picture), not the evidence itself. */
  madeByShagym: boolean;
}

export interface ReportEvidence extends SummaryEvidence {
  /** Where the bytes are, relative to the archive's top folder (as in SHA256SUMS). */
  path: string;
  /**
   * What its thumbnail shows; null: none. Absent: the file itself when the browser draws its type
   * (reportImage gives the archive's choice).
   */
  image?: ReportImage | null;
}

export interface ReportSection {
  /** null: evidence whose case is not in this archive (other-evidence/). */
  case: Case | null;
  evidence: readonly ReportEvidence[];
  /** The ready texts written under letters/, in TEXT_KINDS order. */
  letters: readonly { kind: TextKind; text: string }[];
  /** The product's picture (casePictures), shown with the case's facts; null or absent: none. */
  picture?: ReportImage | null;
}

export interface ReportOptions {
  lang: Lang;
  /** YYYY-MM-DD in Kazakhstan: deadlines are counted against it. */
  today: string;
  exportedAt: number;
  appVersion: string;
  /**
   * File names link to the files beside the report (default). False where there are none (the case
   * page's Print): the path is shown as text.
   */
  links?: boolean;
}

/**
 * The thumbnail of a piece of evidence: the file itself when it is a picture every browser draws, else
 * the preview Shagym drew (a video's first frame) when there is one (`previewUrl`), else none.
 */
export function reportImage(mime: string, fileUrl: string, previewUrl: string | null): ReportImage | null {
  if (THUMBNAIL_MIME.test(mime)) return { url: fileUrl, madeByShagym: false };
  return previewUrl === null ? null : { url: previewUrl, madeByShagym: true };
}

/** The report's style sheet (inline in report.html; adopted by the case page's print page). */
export const REPORT_STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 52rem; padding: 1.5rem; color: #111; background: #fff;
  font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif; }
h1 { font-size: 1.6em; margin: 0 0 .25em; }
h2 { font-size: 1.3em; margin: 1.5em 0 .5em; border-bottom: 1px solid #999; padding-bottom: .15em; }
h3 { font-size: 1.05em; margin: 1.2em 0 .4em; }
.muted { color: #555; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15em 1em; margin: 0; }
dl.facts dt { color: #444; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
ul.plain { padding-left: 1.2em; margin: .3em 0; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
.letter { white-space: pre-wrap; overflow-wrap: anywhere; border: 1px solid #ccc; padding: .75em; font-size: .95em; }
.evidence { display: grid; grid-template-columns: 9rem 1fr; gap: 1em; padding: .75em 0; border-top: 1px solid #ddd; }
.thumb { width: 9rem; height: 9rem; display: flex; flex-direction: column; gap: .2em; align-items: center;
  justify-content: center; border: 1px solid #ccc; background: #f4f4f4; color: #555; text-align: center;
  font-size: .85em; }
.thumb img { max-width: 100%; max-height: 100%; min-height: 0; object-fit: contain; }
.thumb small { font-size: .8em; }
.product { display: flex; gap: 1em; align-items: flex-start; }
.product dl.facts { flex: 1; }
.product-picture { width: 9rem; flex: none; margin: 0; text-align: center; color: #555; font-size: .85em; }
.product-picture img { max-width: 100%; max-height: 9rem; object-fit: contain; border: 1px solid #ccc; }
.hash, code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; }
.hash { font-size: .9em; word-break: break-all; }
.warn { color: #a00; font-weight: bold; }
.check { border: 1px solid #999; padding: .5em 1em; margin-top: 1.5em; }
a { color: #0645ad; overflow-wrap: anywhere; }
@page { size: A4; margin: 15mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  a { color: inherit; text-decoration: none; }
  section.case + section.case, section.other { break-before: page; }
  .evidence, .check, dl.facts, h2, h3 { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}
`;

/** A date as the buyer reads it; one that cannot be a date (a typo repaired later) is shown as entered. */
function date(iso: string | null, lang: Lang): string {
  if (!iso) return UNKNOWN;
  return isSaneDate(iso) ? formatDate(iso, lang) : iso;
}

function fact(label: string, value: HtmlValue): Html {
  return markup`<dt>${label}</dt>
    <dd>${value === null || value === '' ? UNKNOWN : value}</dd>`;
}

function deadlineItem(d: Deadline, lang: Lang): Html {
  const s = ARCHIVE_STRINGS[lang];
  const parts = [`${deadlineLabel(d.kind, lang)}: ${s.dueUntil(d.dueDate)}`];
  if (d.earliestDate) parts.push(s.earliest(d.earliestDate));
  const flag = d.status === 'overdue' ? s.overdue : d.status === 'due-today' ? s.dueToday : null;
  return markup`<li data-deadline="${d.kind}" data-due="${d.dueDate}">
    ${parts.join('; ')}${
      flag ? markup`; <strong>${flag}</strong>` : ''
    }${d.note ? markup`<div class="text muted">${d.note}</div>` : ''}
  </li>`;
}

function thumbnail(ev: ReportEvidence, lang: Lang): Html {
  const image = ev.image === undefined ? reportImage(ev.meta.mime, relativeUrl(ev.path), null) : ev.image;
  if (image)
    return markup`<div class="thumb" data-thumb="${image.madeByShagym ? 'preview' : 'file'}">
      <img src="${image.url}" alt="${ev.meta.fileName}" />${
        image.madeByShagym ? markup`<small>${REPORT_STRINGS[lang].thumbnailByShagym}</small>` : ''
      }
    </div>`;
  const what = ev.meta.mime === 'application/pdf' ? 'PDF' : REPORT_STRINGS[lang].noPreview;
  return markup`<div class="thumb" aria-hidden="true">${what}</div>`;
}

function evidenceItem(ev: ReportEvidence, n: number, lang: Lang, links: boolean): Html {
  const s = ARCHIVE_STRINGS[lang];
  const r = REPORT_STRINGS[lang];
  const m = ev.meta;
  const added =
    formatKzDateTime(m.capturedAt, lang) +
    (m.importedAt ? ` (${s.importedAt(formatKzDateTime(m.importedAt, lang))})` : '');
  const taken = [m.takenAt?.replace('T', ' '), m.camera].filter(Boolean).join(', ');
  const changed = ev.actualSha256 !== m.sha256 || ev.actualSize !== m.size;
  const source =
    m.sourceUrl && /^https:\/\//.test(m.sourceUrl)
      ? markup`<a href="${m.sourceUrl}" rel="noreferrer">${m.sourceUrl}</a>`
      : m.sourceUrl;
  return markup`<article class="evidence" data-evidence="${m.id}" data-sha256="${m.sha256}">
    ${thumbnail(ev, lang)}
    <div>
      <h3>${n}. ${EVIDENCE_KIND_LABELS[m.kind][lang]}</h3>
      <dl class="facts">
        ${fact(s.file, links ? markup`<a href="${relativeUrl(ev.path)}">${ev.path}</a>` : ev.path)}
        ${fact(s.originalName, m.fileName)}
        ${fact(r.kind, `${EVIDENCE_KIND_LABELS[m.kind][lang]} (${m.mime})`)}
        ${fact(s.size, `${groupDigits(m.size)} ${s.bytes}`)} ${fact(s.addedAt, added)}
        ${taken ? fact(s.takenAt, taken) : ''} ${m.sourceUrl ? fact(s.source, source) : ''}
        ${m.note.trim() ? fact(s.note, markup`<span class="text">${m.note.trim()}</span>`) : ''}
        ${fact('SHA-256', markup`<span class="hash">${m.sha256}</span>`)}
      </dl>
      ${changed ? markup`<p class="warn">${s.changed(ev.actualSha256)}</p>` : ''}
    </div>
  </article>`;
}

function evidenceList(evidence: readonly ReportEvidence[], lang: Lang, links: boolean): Html {
  const s = ARCHIVE_STRINGS[lang];
  return markup`<h2>${s.evidence(evidence.length)}</h2>
    ${
      evidence.length === 0
        ? markup`<p>${s.noEvidence}</p>`
        : evidence.map((ev, i) => evidenceItem(ev, i + 1, lang, links))
    }`;
}

function caseSection(c: Case, section: ReportSection, opts: ReportOptions): Html {
  const { lang, today } = opts;
  const s = ARCHIVE_STRINGS[lang];
  const r = REPORT_STRINGS[lang];
  const t = DICTIONARIES[lang];
  const o = c.order;
  const title = o.orderNumber ? s.orderTitle(o.orderNumber) : s.caseTitle(o.productTitle ?? c.id.slice(0, 8));
  const deadlines = tryDeadlinesOf(c, today);
  const productUrl =
    o.productUrl && /^https:\/\//.test(o.productUrl)
      ? markup`<a href="${o.productUrl}" rel="noreferrer">${o.productUrl}</a>`
      : o.productUrl;
  return markup`<section class="case" data-case="${c.id}">
    <h1>${title}</h1>
    <h2>${s.order}</h2>
    <div class="product">
    ${
      section.picture
        ? markup`<figure class="product-picture" data-field="product-picture">
            <img src="${section.picture.url}" alt="${t.ui.productPicture}" />
            <figcaption>${t.ui.productPicture}${
              section.picture.madeByShagym ? markup`<br />${r.thumbnailByShagym}` : ''
            }</figcaption>
          </figure>`
        : ''
    }
    <dl class="facts">
      ${fact(t.field.orderNumber, o.orderNumber)} ${fact(t.field.productTitle, o.productTitle)}
      ${fact(t.field.productCode, o.productCode)} ${o.productUrl ? fact(t.field.productUrl, productUrl) : ''}
      ${fact(t.field.sellerName, o.sellerName)} ${o.merchantId ? fact(t.field.merchantId, o.merchantId) : ''}
      ${fact(s.price, o.price === null ? null : formatPrice(o.price))}
      ${fact(t.field.orderDate, date(o.orderDate, lang))}
      ${fact(t.field.receivedDate, date(o.receivedDate, lang))}
      ${fact(s.problem, c.problem ? t.problem[c.problem] : null)}
      ${fact(s.remedy, c.remedy ? t.remedy[c.remedy] : null)} ${fact(s.status, t.status[shownStatus(c)])}
    </dl>
    </div>
    <h3>${t.field.description}</h3>
    <p class="text">${c.description.trim() || UNKNOWN}</p>
    <h2>${s.deadlines(today)}</h2>
    ${
      deadlines === null
        ? markup`<p>${s.deadlinesFailed}</p>`
        : deadlines.length === 0
          ? markup`<p>${s.noDeadlines}</p>`
          : markup`<ul class="plain">
              ${deadlines.map((d) => deadlineItem(d, lang))}
            </ul>`
    }
    <h2>${s.timeline}</h2>
    ${
      c.timeline.length === 0
        ? markup`<p>${UNKNOWN}</p>`
        : markup`<ul class="plain">
            ${c.timeline.map((e) => {
              const day = perCase(c, 'export report timeline', () => formatDate(eventDate(e), lang), UNKNOWN);
              const channel = e.channel ? ` (${channelName(e.channel, lang)})` : '';
              return markup`<li>
                ${day}:
                ${t.timeline[e.kind]}${channel}${
                  e.note.trim() ? markup`<div class="text muted">${e.note.trim()}</div>` : ''
                }
              </li>`;
            })}
          </ul>`
    }
    ${evidenceList(section.evidence, lang, opts.links !== false)}
    <h2>${r.letters}</h2>
    ${
      section.letters.length === 0
        ? markup`<p>${r.noLetters}</p>`
        : section.letters.map(
            (l) =>
              markup`<h3>${t.texts[l.kind]}</h3>
                <div class="letter" data-letter="${l.kind}">${l.text.trim()}</div>`,
          )
    }
  </section>`;
}

/** The section of a case whose report cannot be built: its id and the same words as its summary.txt. */
function brokenSection(c: Case, opts: ReportOptions): Html {
  return markup`<section class="case" id="case-${c.id}">
    <h1>${c.id}</h1>
    <p>${ARCHIVE_STRINGS[opts.lang].deadlinesFailed}</p>
  </section>`;
}

/**
 * What report.html's <body> holds (no <head>, no <style>): the case page's print page shows this, under
 * the extension's CSP, with REPORT_STYLE adopted.
 */
export function reportBody(sections: readonly ReportSection[], opts: ReportOptions): Html {
  const { lang } = opts;
  const s = ARCHIVE_STRINGS[lang];
  const r = REPORT_STRINGS[lang];
  const body = sections.map((section) =>
    section.case
      ? perCase(
          section.case,
          'report section',
          () => caseSection(section.case!, section, opts),
          brokenSection(section.case, opts),
        )
      : markup`<section class="other">
          <h1>${r.otherEvidence}</h1>
          ${evidenceList(section.evidence, lang, opts.links !== false)}
        </section>`,
  );
  return markup`<p class="muted">${r.title}. ${s.made(opts.appVersion, formatKzDateTime(opts.exportedAt, lang))}</p>
        ${sections.length === 0 ? markup`<p>${r.empty}</p>` : body}
        <section class="check" id="check">
          <h2>${r.checkTitle}</h2>
          <ol>
            ${r.checkSteps.map((step) => markup`<li>${step}</li>`)}
          </ol>
          <p>${r.experts} <code>sha256sum -c SHA256SUMS</code></p>
          <p class="muted">${r.expertsMore}</p>
        </section>
        <p class="muted">${s.unofficial}</p>`;
}

/** report.html of an export, in `opts.lang`: UTF-8, LF line ends, ending in '\n'. */
export function reportHtml(sections: readonly ReportSection[], opts: ReportOptions): string {
  const { lang } = opts;
  const r = REPORT_STRINGS[lang];
  const page = markup`<!DOCTYPE html>
    <html lang="${lang}">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}" />
        <meta name="referrer" content="no-referrer" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${r.title}</title>
        <style>
          ${new Html(REPORT_STYLE)}
        </style>
      </head>
      <body>
        ${reportBody(sections, opts)}
      </body>
    </html> `;
  return page.value;
}
