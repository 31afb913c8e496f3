/**
 * Zero network, asserted (Firefox ESR): every request made by the extension's own contexts is recorded
 * through a whole complaint (framed panel on kaspi.kz, then the same case in the panel page), a page
 * capture, "I sent it", an evidence file on the case page, a ZIP export and its import; the test fails on
 * any whose URL is not the extension's own, data: or blob:.
 *
 * Two recorders, because WebDriver BiDi does not report the event page's requests:
 * - BiDi `network.beforeRequestSent` (puppeteer subscribes to it for the whole session): the extension
 *   tabs and the moz-extension frame on kaspi.kz. Requests of a top-level kaspi.kz page (the fixture's own,
 *   answered by interception) are not ours.
 * - A local proxy that every connection of the browser goes through (network.proxy.* prefs): whatever
 *   leaves the browser — the background included — is recorded and fails the test. The kaspi.kz page's
 *   requests are answered or refused by interception and never reach it.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { clearTables, readRows } from '../support/extension-db';
import { REAL_PRODUCTS } from '../support/kaspi-fixtures';
import {
  capturePageFromFramedPanel,
  EXTENSION_BASE,
  launchFirefox,
  openExtensionPage,
  openFramedPanel,
  until,
} from './fixtures';

const expect = base.expect;
const product = REAL_PRODUCTS[2]!; // one seller: focus starts on the order number
const isoDaysAgo = (n: number) =>
  new Date(Date.now() + 5 * 3_600_000 - n * 86_400_000).toISOString().slice(0, 10);

interface BidiConnection {
  on(event: string, listener: (params: unknown) => void): void;
  send(method: string, params: object): Promise<{ result: unknown }>;
}
interface BeforeRequestSent {
  context: string | null;
  request: { url: string };
}
interface TreeContext {
  context: string;
  url: string;
  children: TreeContext[] | null;
}

/** A proxy that answers nothing (502) and remembers every request and CONNECT it was asked for. */
async function recordingProxy(): Promise<{ server: Server; port: number; seen: string[] }> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port, seen };
}

/** Records BiDi request events; `check()` lists the extension's requests that left it. */
function recordRequests(browser: Browser) {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const events: BeforeRequestSent[] = [];
  connection.on('network.beforeRequestSent', (params) => events.push(params as BeforeRequestSent));
  const local = (url: string) =>
    url.startsWith(`${EXTENSION_BASE}/`) || url.startsWith('data:') || url.startsWith('blob:');
  return {
    events,
    async check(): Promise<{ url: string; context: string | null }[]> {
      const { contexts } = (await connection.send('browsingContext.getTree', {})).result as {
        contexts: TreeContext[];
      };
      // Top-level kaspi.kz tabs are the site's; everything else (extension tabs, the panel frame,
      // contexts gone or unknown, no context at all) counts as ours.
      const kaspiTabs = new Set(
        contexts.filter((c) => /^https:\/\/kaspi\.kz\//.test(c.url)).map((c) => c.context),
      );
      return events
        .filter((e) => !(e.context && kaspiTabs.has(e.context)) && !local(e.request.url))
        .map((e) => ({ url: e.request.url, context: e.context }));
    },
  };
}

async function clickText(page: Page, text: string) {
  await page.locator(`button ::-p-text(${text})`).click();
}
async function heading(page: Page): Promise<string> {
  return page.$eval('h2[data-step]', (h) => h.getAttribute('data-step') ?? '');
}
async function textOf(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => el.textContent ?? '').catch(() => '');
}
async function setValue(page: Page, selector: string, value: string) {
  await page.$eval(
    selector,
    (el, v) => {
      const input = el as HTMLInputElement;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, v);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    value,
  );
}

base.describe.configure({ timeout: 120_000 });

base(
  'Firefox zero network: no request leaves the extension through a whole complaint, capture, evidence, export and import',
  async () => {
    const proxy = await recordingProxy();
    const work = mkdtempSync(join(tmpdir(), 'shagym-ff-zero-network-'));
    const downloadDir = join(work, 'downloads');
    mkdirSync(downloadDir);
    const firefox = await launchFirefox({
      downloadDir,
      prefs: {
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'network.proxy.socks_remote_dns': true,
        // Firefox's own remote settings, pointed at nothing (honoured with MOZ_REMOTE_SETTINGS_DEVTOOLS).
        'services.settings.server': 'data:,#remote-settings-dummy/v1',
      },
      env: { MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    });
    try {
      const recorder = recordRequests(firefox);

      // The framed panel on a real product page: the order number, then the page capture (keyboard:
      // BiDi does not reach the frame — as in evidence.spec.ts).
      const page = await openFramedPanel(firefox, product.url);
      await capturePageFromFramedPanel(page, '612345678', 14_900);

      const store = await openExtensionPage(firefox, '/popup.html');
      await until(
        async () => (await readRows(store, 'evidence')).find((e) => e.kind === 'listing-snapshot'),
        'the page snapshot',
        15_000,
      );
      const [draft] = await readRows(store, 'cases');

      // The same case in the panel page, through every step to "I sent it".
      const wizard = await openExtensionPage(firefox, `/panel.html?case=${draft!.id}`);
      await wizard.waitForSelector('input[name="orderNumber"]');
      await clickText(wizard, 'Далее');
      await until(async () => (await heading(wizard)) === 'problem', 'problem step');
      await wizard.click('input[value="poor-quality"]');
      await clickText(wizard, 'Далее');
      await until(async () => (await heading(wizard)) === 'remedy', 'remedy step');
      await wizard.click('input[value="replacement"]');
      await clickText(wizard, 'Далее');
      await until(async () => (await heading(wizard)) === 'story', 'story step');
      await wizard.type('textarea[name="description"]', 'Шов разошёлся после первой стирки.');
      await setValue(wizard, 'input[name="receivedDate"]', isoDaysAgo(4));
      await clickText(wizard, 'Далее');
      await until(async () => (await heading(wizard)) === 'proof', 'proof step');
      await wizard.click('[data-proof="photo"] input');
      await clickText(wizard, 'Далее');
      await until(async () => (await heading(wizard)) === 'texts', 'texts step');
      await wizard.click('[data-text="claim-letter"]');
      await wizard.waitForSelector('input[name="buyerName"]');
      await wizard.type('input[name="buyerName"]', 'Ержан Сапаров');
      await wizard.type('input[name="buyerAddress"]', 'г. Астана, пр. Республики, д. 5, кв. 12');
      await until(async () => (await textOf(wizard, 'pre.text-out')).includes('Ержан Сапаров'), 'the letter');
      await clickText(wizard, 'Далее');
      await until(async () => (await heading(wizard)) === 'channel', 'channel step');
      await wizard.select('select[name="sentChannel"]', 'hotline');
      await clickText(wizard, 'Отметить как отправленное');
      await until(
        async () => (await readRows(store, 'cases'))[0]?.status === 'submitted',
        'the submitted case',
      );
      await until(async () => (await readRows(store, 'reminders')).length > 0, 'reminders planned');

      // The case page: an evidence file, then the ZIP export (a real download).
      const casePage = await openExtensionPage(firefox, `/case.html?id=${draft!.id}`);
      const photoPath = join(work, 'photo.jpg');
      writeFileSync(photoPath, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]));
      const input = (await until(
        () => casePage.$('input[name="evidence-files"]'),
        'the file input',
      )) as ElementHandle<HTMLInputElement>;
      await input.uploadFile(photoPath);
      await until(
        async () => (await textOf(casePage, 'section.evidence [role="status"]')) === 'Добавлен 1 файл.',
        'added',
      );
      await clickText(casePage, 'Скачать архив жалобы (ZIP)');
      const zipName = await until(
        async () => readdirSync(downloadDir).find((f) => /^shagym-612345678-.*\.zip$/.test(f)),
        'the downloaded ZIP',
        20_000,
      );
      await until(async () => readdirSync(downloadDir).every((f) => !f.endsWith('.part')), 'the download');

      // Import it back into an emptied database.
      await clearTables(casePage, ['cases', 'evidence', 'evidenceBlobs', 'reminders']);
      const archive = await openExtensionPage(firefox, '/archive.html');
      const file = (await until(
        () => archive.$('input[name="archive"]'),
        'the archive input',
      )) as ElementHandle<HTMLInputElement>;
      await file.uploadFile(join(downloadDir, zipName!));
      await until(
        async () =>
          (await textOf(archive, '[data-count="add-files"]')) === 'Будет добавлено доказательств: 2',
        'the import preview',
      );
      await clickText(archive, 'Импортировать');
      await until(
        async () =>
          (await textOf(archive, '[data-stage="done"]')) === 'Импортировано: жалоб — 1, доказательств — 2.',
        'imported',
      );
      await until(async () => (await readRows(archive, 'reminders')).length > 0, 'reminders planned again');
      await new Promise((r) => setTimeout(r, 500));

      // The recorder was listening (it saw the kaspi.kz page load), and nothing of ours left.
      expect(recorder.events.some((e) => e.request.url === product.url)).toBe(true);
      const offending = await recorder.check();
      expect(offending, JSON.stringify(offending, null, 2)).toEqual([]);
      expect(proxy.seen, 'requests that left the browser').toEqual([]);
    } finally {
      await firefox.close();
      proxy.server.close();
      rmSync(work, { recursive: true, force: true });
    }
  },
);
