/**
 * The case page's Print (issue 12): the same report.html an export holds (utils/archive/report.ts, the
 * same pure `reportHtml`), for one case, from the database: its evidence in the export's order and with
 * the export's file names, each thumbnail the picture itself or the stored preview (a video's first
 * frame), the product picture, the ready letters. Pictures are given as blob: URLs (`toUrl`), which the
 * extension pages' CSP allows; links to files are left out (there are no files beside a print).
 */
import { browser } from 'wxt/browser';
import {
  byCaptureThenId,
  caseFolderName,
  caseLetters,
  CASES_DIR,
  filePrefix,
  REPORT_STRINGS,
  reportBody,
  reportImage,
  safeFileName,
  type ReportEvidence,
} from '../archive';
import { todayInKz } from '../deadlines/time-zone';
import { db, parseCaseRows, type ShagymDb } from '../db';
import { casePicture } from '../evidence/picture';
import { evidenceBytes, evidencePreview, listCaseEvidence } from '../evidence/store';
import type { Lang } from '../i18n/languages';

export interface CaseReport {
  /** What report.html's <body> holds (its <head> and inline <style> are the archive's alone). */
  body: string;
  title: string;
  /** The blob: URLs made for its pictures: revoke them when the report is gone. */
  urls: string[];
}

/** The report of one case, or null when there is no such case (or it does not read). */
export async function caseReport(
  caseId: string,
  lang: Lang,
  toUrl: (blob: Blob) => string,
  now: number = Date.now(),
  database: ShagymDb = db,
): Promise<CaseReport | null> {
  const row = await database.cases.get(caseId);
  const [c] = parseCaseRows(row ? [row] : []);
  if (!c) return null;
  const today = todayInKz(now);
  const urls: string[] = [];
  const url = (blob: Blob) => {
    const made = toUrl(blob);
    urls.push(made);
    return made;
  };
  const metas = await listCaseEvidence(c.id, database);
  const sorted = metas.map((meta) => ({ meta })).sort(byCaptureThenId);
  const base = `${CASES_DIR}/${caseFolderName(c)}`;
  const evidence: ReportEvidence[] = [];
  for (const [i, { meta }] of sorted.entries()) {
    const file = `evidence/${filePrefix(i)}-${safeFileName(meta.fileName)}`;
    // The picture itself where the browser draws it, else its stored preview.
    const own = reportImage(meta.mime, 'own', null) ? await evidenceBytes(meta.id, database) : null;
    const preview = own ? null : await evidencePreview(meta.id, database);
    const image = own
      ? { url: url(own), madeByShagym: false }
      : preview
        ? { url: url(preview.bytes), madeByShagym: true }
        : null;
    evidence.push({
      meta,
      file,
      path: `${base}/${file}`,
      actualSha256: meta.sha256,
      actualSize: meta.size,
      image,
    });
  }
  const picture = await casePicture(c.id, database);
  const body = reportBody(
    [
      {
        case: c,
        evidence,
        letters: caseLetters(c, today, metas, lang),
        picture: picture ? { url: url(picture.bytes), madeByShagym: true } : null,
      },
    ],
    { lang, today, exportedAt: now, appVersion: browser.runtime.getManifest().version, links: false },
  );
  return { body: body.value, title: REPORT_STRINGS[lang].title, urls };
}
