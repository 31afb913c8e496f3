/** What the report page (entrypoints/report) posts to the case page that frames it once its pictures are decoded. */
export const REPORT_READY = 'shagym:report-ready';

/** The report page of a case, in a language (a path for browser.runtime.getURL). */
export function reportPagePath(caseId: string, lang: string): string {
  return `/report.html?case=${encodeURIComponent(caseId)}&lang=${encodeURIComponent(lang)}`;
}
