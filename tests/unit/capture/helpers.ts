import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { cdnLoader } from '@/utils/capture/fetch-resources';
import { captureHeaderHtml, type CaptureHeaderInput } from '@/utils/capture/header';
import {
  buildPageCapture,
  type Loader,
  type PageCaptureResult,
  type SheetSnapshot,
} from '@/utils/capture/page-html';
import { cdnFixture } from '../../support/kaspi-cdn';
import { FIXTURES, REAL_PRODUCTS } from '../../support/kaspi-fixtures';

export const PRODUCT = REAL_PRODUCTS[2]!; // Комплект ALPIKA черный, серый
export const CAPTURED_AT = Date.UTC(2026, 10, 30, 19, 40, 21);

export function fixtureHtml(file = PRODUCT.file): string {
  return readFileSync(join(FIXTURES, file), 'utf8');
}

/** A parsed, inert document (jsdom runs no script and loads nothing by default). */
export function parse(html: string, url = PRODUCT.url): Document {
  return new JSDOM(html, { url }).window.document;
}

/** `fetch` answering Kaspi's CDN from tests/fixtures/kaspi-cdn; records what was asked. */
export function fixtureFetch(asked: string[] = []): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const url = String(input);
    asked.push(url);
    const answer = cdnFixture(url);
    if (!answer) return new Response('not found', { status: 404 });
    return new Response(new Uint8Array(answer.body), {
      status: 200,
      headers: { 'content-type': answer.contentType, 'content-length': String(answer.body.length) },
    });
  }) as typeof fetch;
}

export function headerInput(overrides: Partial<CaptureHeaderInput> = {}): CaptureHeaderInput {
  return {
    lang: 'ru',
    url: PRODUCT.url,
    title: 'Комплект ALPIKA черный, серый',
    capturedAt: CAPTURED_AT,
    extensionVersion: '0.1.0',
    browser: 'Chrome 156.0.0.0',
    viewport: { width: 1280, height: 900 },
    pageSize: { width: 1280, height: 5210 },
    resourcesAllowed: true,
    ...overrides,
  };
}

export async function capture(
  doc: Document,
  {
    load = cdnLoader(fixtureFetch(), true),
    sheets = [],
    header = headerInput(),
    url = PRODUCT.url,
  }: { load?: Loader; sheets?: SheetSnapshot[]; header?: CaptureHeaderInput; url?: string } = {},
): Promise<PageCaptureResult> {
  return buildPageCapture(doc, { url, sheets }, load, (facts) => captureHeaderHtml(header, facts));
}
