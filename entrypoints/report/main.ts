/**
 * report.html?case=<id>&lang=<ru|kk|en>: one case's report, exactly the report.html of an export
 * (utils/report/case-report.ts), shown in an extension page so that the case page can print it
 * (components/case/print-report-button.tsx frames it hidden and prints the frame). The extension pages'
 * CSP allows no inline <style>: the report's style sheet is adopted through the CSSOM (a constructed
 * sheet, which CSP does not restrict), and its body is parsed inert (DOMParser) and imported — it is
 * our own escaped markup, with no script. When the pictures are decoded, the page says it is ready
 * (`data-ready` on <html>, and a message to the case page that frames it).
 */
import { REPORT_STYLE } from '@/utils/archive/report';
import { ru } from '@/utils/i18n/locales/ru';
import { kk } from '@/utils/i18n/locales/kk';
import { en } from '@/utils/i18n/locales/en';
import { DEFAULT_LANG, isLang } from '@/utils/i18n/languages';
import { caseReport } from '@/utils/report/case-report';
import { REPORT_READY } from '@/utils/report/ready';

async function show(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const asked = params.get('lang');
  const lang = isLang(asked) ? asked : DEFAULT_LANG;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(REPORT_STYLE);
  document.adoptedStyleSheets = [sheet];
  const report = await caseReport(params.get('case') ?? '', lang, (blob) => URL.createObjectURL(blob));
  document.documentElement.lang = lang;
  if (!report) {
    const p = document.createElement('p');
    p.textContent = { ru, kk, en }[lang].case.notFound;
    document.body.replaceChildren(p);
  } else {
    // Only the body: a parsed <style> would be refused by the CSP (and reported) even in an inert document.
    const parsed = new DOMParser().parseFromString(`<!doctype html><body>${report.body}`, 'text/html');
    document.title = report.title;
    document.body.replaceChildren(
      ...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)),
    );
    addEventListener('pagehide', () => report.urls.forEach((u) => URL.revokeObjectURL(u)));
    await Promise.all(Array.from(document.images).map((img) => img.decode().catch(() => undefined)));
  }
  document.documentElement.dataset.ready = report ? 'true' : 'missing';
  if (parent !== window) parent.postMessage(REPORT_READY, location.origin);
}

void show();
