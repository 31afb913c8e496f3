/**
 * The popup in real Chromium with the built extension: cases are written straight into the extension's
 * IndexedDB (rows validated by the app's own schema first), with dates relative to today in Kazakhstan.
 */
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { caseSchema, type CaseInput } from '../../utils/cases/schema';
import { addWorkingDays, isWorkingDay } from '../../utils/deadlines/calendar';
import { formatDate } from '../../utils/letters/format';
import { summaryOf } from '../../utils/cases/summary';
import { todayInKz } from '../../utils/deadlines/time-zone';
import { putRows, type ExtApi } from '../support/extension-db';
import { popupStyles } from '../support/popup-styles';

const DAY = 86_400_000;
/** Today in Kazakhstan (UTC+5 since March 2024), computed here independently of the app. */
const kzDate = (ms: number) => new Date(ms + 5 * 3_600_000).toISOString().slice(0, 10);
const shift = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const between = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / DAY);
/** Russian plural of "день". */
const ruDays = (n: number) => {
  const form = new Intl.PluralRules('ru').select(n);
  return `${n} ${form === 'one' ? 'день' : form === 'few' ? 'дня' : 'дней'}`;
};

let seq = 0;
function caseRow(over: {
  status: CaseInput['status'];
  order: Partial<CaseInput['order']>;
  timeline?: { kind: 'submitted' | 'claim-sent'; date: string; channel: 'app' | null }[];
  claimReceivedDate?: string;
  updatedAt?: number;
}): ReturnType<typeof caseSchema.parse> {
  seq++;
  const now = Date.now();
  return caseSchema.parse({
    id: crypto.randomUUID(),
    order: {
      orderNumber: null,
      productCode: null,
      productTitle: null,
      productUrl: null,
      sellerName: null,
      merchantId: null,
      price: null,
      orderDate: null,
      receivedDate: null,
      ...over.order,
    },
    problem: null,
    remedy: null,
    status: over.status,
    claimReceivedDate: over.claimReceivedDate ?? null,
    timeline: (over.timeline ?? []).map((e) => ({
      id: crypto.randomUUID(),
      at: now - 20 * DAY,
      note: '',
      ...e,
    })),
    createdAt: now - 30 * DAY,
    updatedAt: over.updatedAt ?? now - seq * 60_000,
  });
}

/** Opens the popup as a tab and waits until it has read the database (which creates it on a new profile). */
async function openPopup(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.locator('main')).toBeVisible();
  await expect(page.getByText(/Загрузка…|Loading…|Жүктелуде/)).toHaveCount(0);
}

const T = kzDate(Date.now());
const supportSent = shift(T, -10);
const supportDue = addWorkingDays(supportSent, 3);
/**
 * The seller's 10 days count from the day the claim was received and end on a working day: the
 * latest working day at least 10 days before T is the claim's due date, so it is at least 10 days late.
 */
const claimDue = (() => {
  let d = shift(T, -10);
  while (!isWorkingDay(d)) d = shift(d, -1);
  return d;
})();
const claimLate = between(claimDue, T);
const seeds = {
  supportOverdue: caseRow({
    status: 'submitted',
    order: {
      orderNumber: '612000001',
      productTitle: 'Смартфон Samsung Galaxy A15',
      sellerName: 'Mobile City',
    },
    timeline: [{ kind: 'submitted', date: supportSent, channel: 'app' }],
  }),
  claimOverdue: caseRow({
    status: 'escalated',
    order: { orderNumber: '612000002', productTitle: 'Кроссовки Nike Air', sellerName: 'ИП Ахметов' },
    timeline: [{ kind: 'claim-sent', date: shift(claimDue, -13), channel: null }],
    claimReceivedDate: shift(claimDue, -10),
  }),
  dueToday: caseRow({
    status: 'open',
    order: {
      orderNumber: '612000003',
      productTitle: 'Пылесос Dyson V8',
      sellerName: 'Technodom',
      receivedDate: shift(T, -14),
    },
  }),
  dueSoon: caseRow({
    status: 'open',
    order: {
      orderNumber: '612000004',
      productTitle: 'Рашгард чёрный',
      sellerName: 'Chursina Store',
      receivedDate: shift(T, -12),
    },
  }),
  waiting: caseRow({
    status: 'draft',
    order: {
      orderNumber: '612000005',
      productTitle: 'Чайник электрический Tefal',
      sellerName: 'Sulpak',
      receivedDate: shift(T, -4),
    },
  }),
  resolved: caseRow({
    status: 'resolved',
    order: {
      orderNumber: '612000006',
      productTitle: 'Наушники JBL Tune 510BT',
      sellerName: 'Mechta',
      receivedDate: shift(T, -2),
    },
  }),
};
/** Most urgent first: the claim is 10+ days late, the support answer fewer (3 working days from T−10). */
const EXPECTED_ORDER = [
  seeds.claimOverdue,
  seeds.supportOverdue,
  seeds.dueToday,
  seeds.dueSoon,
  seeds.waiting,
  seeds.resolved,
].map((c) => c.id);

async function seeded(page: Page, extensionId: string): Promise<void> {
  await openPopup(page, extensionId);
  await expect(page.getByText('Жалоб пока нет.')).toBeVisible();
  // Stored in a shuffled order: the popup does the sorting.
  await putRows(page, 'cases', [
    seeds.waiting,
    seeds.resolved,
    seeds.dueSoon,
    seeds.supportOverdue,
    seeds.dueToday,
    seeds.claimOverdue,
  ]);
  await page.reload();
  await expect(page.locator('.case-item')).toHaveCount(6);
}

const rowOf = (page: Page, id: string) => page.locator(`.case-item[data-case-id="${id}"]`);
const ids = (page: Page) =>
  page.locator('.case-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-case-id')));

test('lists cases most urgent first with status, real due date and days left', async ({
  page,
  extensionId,
}) => {
  await seeded(page, extensionId);
  expect(await ids(page)).toEqual(EXPECTED_ORDER);
  expect(
    await page.locator('.case-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-urgency'))),
  ).toEqual(['overdue', 'overdue', 'due-soon', 'due-soon', 'waiting', 'closed']);

  const claim = rowOf(page, seeds.claimOverdue.id);
  await expect(claim.locator('.title')).toHaveText('Кроссовки Nike Air');
  await expect(claim.locator('.chip')).toHaveText('Эскалация');
  await expect(claim.locator('[data-field="orderNumber"]')).toHaveText('Заказ № 612000002');
  await expect(claim.locator('[data-field="sellerName"]')).toHaveText('ИП Ахметов');
  // Overdue in words and with a mark, not by colour alone.
  await expect(claim.locator('[data-field="urgency"]')).toHaveText('⚠ Ответ просрочен');
  await expect(claim.locator('[data-field="deadline"]')).toHaveText(
    `Ответ продавца на претензию (10 дней с её получения): срок был до ${formatDate(claimDue, 'ru')} · ${ruDays(claimLate)} назад`,
  );
  await expect(claim.locator('time')).toHaveAttribute('datetime', claimDue);

  const support = rowOf(page, seeds.supportOverdue.id);
  await expect(support.locator('.chip')).toHaveText('Отправлена');
  await expect(support.locator('[data-field="urgency"]')).toContainText('Ответ просрочен');
  await expect(support.locator('[data-field="deadline"]')).toHaveText(
    `Ответ поддержки Kaspi: срок был до ${formatDate(supportDue, 'ru')} · ${ruDays(between(supportDue, T))} назад`,
  );

  const today = rowOf(page, seeds.dueToday.id);
  await expect(today.locator('.chip')).toHaveText('Готовится');
  await expect(today.locator('[data-field="urgency"]')).toHaveText('◔ Скоро срок');
  await expect(today.locator('[data-field="deadline"]')).toHaveText(
    `Возврат через Kaspi (14 дней с получения): до ${formatDate(T, 'ru')} · сегодня`,
  );

  const soon = rowOf(page, seeds.dueSoon.id);
  await expect(soon.locator('[data-field="deadline"]')).toHaveText(
    `Возврат через Kaspi (14 дней с получения): до ${formatDate(shift(T, 2), 'ru')} · через 2 дня`,
  );

  const waiting = rowOf(page, seeds.waiting.id);
  await expect(waiting.locator('.chip')).toHaveText('Черновик');
  await expect(waiting.locator('[data-field="urgency"]')).toHaveCount(0);
  await expect(waiting.locator('[data-field="relative"]')).toHaveText('через 10 дней');

  const resolved = rowOf(page, seeds.resolved.id);
  await expect(resolved.locator('.chip')).toHaveText('Решена');
  await expect(resolved.locator('[data-field="deadline"]')).toHaveCount(0);
});

test('search by order number, product word and seller; status filter; no-matches state', async ({
  page,
  extensionId,
}) => {
  await seeded(page, extensionId);
  const search = page.getByRole('searchbox', { name: 'Поиск' });
  // Focused on open: the buyer types straight away.
  await expect(search).toBeFocused();
  await expect(search).toHaveAttribute('placeholder', 'Заказ, товар или продавец');

  await search.fill('  612000004 ');
  expect(await ids(page)).toEqual([seeds.dueSoon.id]);
  await expect(page.getByRole('status')).toHaveText('Найдена 1 жалоба');
  await search.fill('№ 612 000 005');
  expect(await ids(page)).toEqual([seeds.waiting.id]);
  // A Cyrillic product word, in capitals, from another case.
  await search.fill('ЧАЙНИК');
  expect(await ids(page)).toEqual([seeds.waiting.id]);
  // "черный" finds "чёрный".
  await search.fill('черный');
  expect(await ids(page)).toEqual([seeds.dueSoon.id]);
  await search.fill('ахметов');
  expect(await ids(page)).toEqual([seeds.claimOverdue.id]);
  await search.fill('mechta');
  expect(await ids(page)).toEqual([seeds.resolved.id]);
  await search.fill('61200000');
  expect(await ids(page)).toEqual(EXPECTED_ORDER);
  await expect(page.getByRole('status')).toHaveText('Найдено 6 жалоб');

  await search.fill('Холодильник');
  await expect(page.locator('.case-item')).toHaveCount(0);
  await expect(page.locator('[data-state="no-matches"]')).toContainText('Ничего не найдено.');
  await expect(page.getByText('Жалоб пока нет.')).toHaveCount(0);
  await page.getByRole('button', { name: 'Сбросить поиск и фильтр' }).click();
  await expect(search).toHaveValue('');
  await expect(page.locator('.case-item')).toHaveCount(6);

  const filter = page.getByRole('combobox', { name: 'Показать' });
  expect(await filter.locator('option').allTextContents()).toEqual([
    'Все (6)',
    'Активные (5)',
    'Черновики (1)',
    'Отправленные (2)',
    'Решённые и закрытые (1)',
  ]);
  await filter.selectOption('finished');
  expect(await ids(page)).toEqual([seeds.resolved.id]);
  await filter.selectOption('drafts');
  expect(await ids(page)).toEqual([seeds.waiting.id]);
  await filter.selectOption('submitted');
  expect(await ids(page)).toEqual([seeds.claimOverdue.id, seeds.supportOverdue.id]);
  await filter.selectOption('active');
  expect(await ids(page)).toEqual(EXPECTED_ORDER.slice(0, 5));
  // Search and filter together.
  await search.fill('чайник');
  expect(await ids(page)).toEqual([seeds.waiting.id]);
  await filter.selectOption('submitted');
  await expect(page.locator('[data-state="no-matches"]')).toBeVisible();
});

test('empty popup explains how to begin; a damaged record is reported and skipped', async ({
  page,
  extensionId,
}) => {
  await openPopup(page, extensionId);
  await expect(page.locator('[data-state="empty"]')).toContainText('Жалоб пока нет.');
  await expect(page.locator('[data-state="empty"]')).toContainText('нажмите «Подготовить жалобу»');
  // Nothing to search in yet.
  await expect(page.getByRole('searchbox')).toHaveCount(0);
  const newCase = page.getByRole('button', { name: 'Новая жалоба из приложения' });
  await expect(newCase).toBeVisible();

  await putRows(page, 'cases', [
    { id: 'not-a-uuid', order: '<img src=x onerror=alert(1)>', status: 'open' },
    seeds.dueSoon,
  ]);
  await page.reload();
  await expect(page.locator('.notice--error')).toHaveText('1 запись повреждена и пропущена');
  expect(await ids(page)).toEqual([seeds.dueSoon.id]);
  await expect(page.locator('img')).toHaveCount(0);

  const opened = page.context().waitForEvent('page');
  await newCase.click();
  const panel = await opened;
  expect(new URL(panel.url()).pathname).toBe('/panel.html');
  expect(new URL(panel.url()).searchParams.get('from')).toBe('app');
});

test('speaks Kazakh and English', async ({ page, extensionId }) => {
  await seeded(page, extensionId);
  const lang = page.getByRole('combobox', { name: 'Язык' });
  await lang.selectOption('kk');
  await expect(page.locator('h1')).toHaveText('Менің шағымдарым');
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(rowOf(page, seeds.supportOverdue.id).locator('.chip')).toHaveText('Жіберілді');
  await expect(rowOf(page, seeds.claimOverdue.id).locator('[data-field="urgency"]')).toHaveText(
    '⚠ Жауап мерзімі өтті',
  );
  await expect(rowOf(page, seeds.claimOverdue.id).locator('[data-field="relative"]')).toHaveText(
    `${claimLate} күн бұрын`,
  );
  await expect(rowOf(page, seeds.dueSoon.id).locator('[data-field="deadline"]')).toHaveText(
    `Kaspi арқылы қайтару (алған күннен бастап 14 күн): соңғы күні — ${formatDate(shift(T, 2), 'kk')} · 2 күннен кейін`,
  );
  await expect(rowOf(page, seeds.dueToday.id).locator('[data-field="relative"]')).toHaveText('бүгін');
  await expect(page.getByRole('searchbox', { name: 'Іздеу' })).toHaveAttribute(
    'placeholder',
    'Тапсырыс, тауар немесе сатушы',
  );
  await expect(page.getByRole('button', { name: 'Қосымшадан жаңа шағым' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Тіл' }).selectOption('en');
  await expect(page.locator('h1')).toHaveText('My complaints');
  await expect(rowOf(page, seeds.supportOverdue.id).locator('.chip')).toHaveText('Submitted');
  await expect(rowOf(page, seeds.claimOverdue.id).locator('[data-field="deadline"]')).toHaveText(
    `Seller's answer to the claim (10 days from receiving it): was due ${formatDate(claimDue, 'en')} · ${claimLate} days ago`,
  );
  await expect(rowOf(page, seeds.dueSoon.id).locator('[data-field="relative"]')).toHaveText('in 2 days');
  await expect(rowOf(page, seeds.dueToday.id).locator('[data-field="urgency"]')).toHaveText('◔ Due soon');
  await expect(page.getByRole('combobox', { name: 'Show' }).locator('option').last()).toHaveText(
    'Resolved and closed (1)',
  );
  await page.getByRole('searchbox', { name: 'Search' }).fill('nothing like this');
  await expect(page.locator('[data-state="no-matches"]')).toContainText('Nothing found.');
  await expect(page.getByRole('status')).toHaveText('0 complaints found');

  // The choice is remembered (the remembered first screen, then React's: one heading on screen).
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My complaints');
});

test('keyboard, focus, 360 px width and contrast', async ({ page, extensionId }) => {
  await seeded(page, extensionId);
  await expect(page.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Показать' })).toBeFocused();
  await page.keyboard.press('Tab');
  const first = page.locator('.case-item a').first();
  await expect(first).toBeFocused();
  expect(
    await first.evaluate((a) => [
      a.matches(':focus-visible'),
      getComputedStyle(a).outlineStyle,
      getComputedStyle(a).outlineWidth,
    ]),
  ).toEqual([true, 'solid', '3px']);
  await page.keyboard.press('Tab');
  await expect(page.locator('.case-item a').nth(1)).toBeFocused();

  // Readable sizes (Chrome's extension-page default would shrink the body text to 75 %): the design
  // system's body size, 15 px (components/ui/tokens.css --text-md).
  expect(
    await page
      .locator('.case-item .title')
      .first()
      .evaluate((e) => getComputedStyle(e).fontSize),
  ).toBe('15px');
  expect(await page.getByRole('searchbox').evaluate((e) => getComputedStyle(e).fontSize)).toBe('15px');

  for (const width of [380, 360]) {
    await page.setViewportSize({ width, height: 600 });
    const layout = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
      body: document.body.getBoundingClientRect().width,
    }));
    expect(layout.scroll, JSON.stringify(layout)).toBeLessThanOrEqual(layout.client);
    expect(layout.body).toBeLessThanOrEqual(width);
    for (const box of await page
      .locator('.case-item .chip, .case-item [data-field="relative"]')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right)))
      expect(box).toBeLessThanOrEqual(width);
  }

  // Every text on the page against its background: at least 4.5:1.
  const low = await page.evaluate(() => {
    const rgb = (s: string) => (s.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r, g, b]: number[]) => {
      const c = [r!, g!, b!].map((v) => {
        const x = v / 255;
        return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
    };
    const background = (el: Element | null): number[] => {
      for (let e = el; e; e = e.parentElement) {
        const bg = rgb(getComputedStyle(e).backgroundColor);
        if (bg.length === 3 || (bg.length === 4 && bg[3]! > 0)) return bg;
      }
      return [255, 255, 255];
    };
    const out: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      if (!own || el.closest('.visually-hidden, option')) continue;
      const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(background(el))];
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      if (ratio < 4.5) out.push(`${el.tagName}.${el.className} "${el.textContent}" ${ratio.toFixed(2)}`);
    }
    return out;
  });
  expect(low).toEqual([]);
});

test('shows the first 50 of many cases, then more on request; the render mark counts them', async ({
  page,
  extensionId,
}) => {
  await openPopup(page, extensionId);
  const many = Array.from({ length: 120 }, (_, i) =>
    caseRow({
      status: 'open',
      order: {
        orderNumber: String(700000000 + i),
        productTitle: `Товар ${i}`,
        receivedDate: shift(T, -(i % 15)),
      },
    }),
  );
  await putRows(page, 'cases', many);
  await page.reload();
  await expect(page.locator('.case-item')).toHaveCount(50);
  const mark = await page.evaluate(() => {
    const m = performance.getEntriesByName('shagym:popup-rendered')[0] as PerformanceMark | undefined;
    return m && { detail: m.detail as unknown, at: m.startTime };
  });
  expect(mark?.detail).toEqual({ cases: 120 });
  await expect(page.getByText('Показано 50 из 120')).toBeVisible();
  await page.getByRole('button', { name: 'Показать ещё 50' }).click();
  await expect(page.locator('.case-item')).toHaveCount(100);
  await page.getByRole('button', { name: 'Показать ещё 20' }).click();
  await expect(page.locator('.case-item')).toHaveCount(120);
  await expect(page.getByRole('button', { name: /Показать ещё/ })).toHaveCount(0);
  // Sorted across all 120, not per page: the most urgent (due today) comes first.
  await expect(page.locator('.case-item').first().locator('[data-field="relative"]')).toHaveText('сегодня');
});

test('the first screen comes from the case index and agrees with the full listing; a case changed since is ranked afresh', async ({
  page,
  extensionId,
}) => {
  // Records which rows were on screen when the popup marked its first render.
  await page.addInitScript(() => {
    const mark = performance.mark.bind(performance);
    performance.mark = ((name: string, options?: PerformanceMarkOptions) => {
      if (name === 'shagym:popup-rendered') {
        const w = window as unknown as { firstScreen: string[]; firstFrom: string };
        w.firstScreen = [...document.querySelectorAll('.case-item')].map(
          (e) => e.getAttribute('data-case-id') ?? '',
        );
        w.firstFrom = (options?.detail as { from?: string } | undefined)?.from ?? 'react';
      }
      return mark(name, options);
    }) as typeof performance.mark;
  });
  const firstScreen = () =>
    page.evaluate(() => (window as unknown as { firstScreen?: string[] }).firstScreen);
  const firstFrom = () => page.evaluate(() => (window as unknown as { firstFrom?: string }).firstFrom);
  await openPopup(page, extensionId);
  const many = Array.from({ length: 80 }, (_, i) =>
    caseRow({
      status: 'open',
      order: {
        orderNumber: String(710000000 + i),
        productTitle: `Товар ${i}`,
        receivedDate: shift(T, -(i % 13)),
      },
    }),
  );
  await putRows(page, 'cases', many);

  // Written behind the app's back: no index rows yet, the popup ranks the cases themselves. The first
  // screen (10 rows) is the top of the full listing, which follows at once.
  await page.reload();
  await expect(page.locator('.case-item')).toHaveCount(50);
  const full = await ids(page);
  expect(await firstScreen()).toEqual(full.slice(0, 10));

  // While the background indexes them (the popup asked it to sync), each open draws either from React or
  // from the index with every case in it: the batch's index rows are written at once
  // (utils/reminders/scheduler.ts `indexAtOnce`), never some without the others.
  for (let i = 0; i < 4; i++) {
    await page.reload();
    await expect(page.locator('.case-item')).toHaveCount(50);
    if ((await firstFrom()) === 'index') expect(await firstScreen()).toEqual(full.slice(0, 10));
  }

  // Next open, once the background has indexed them all: the same, from the index.
  await remembered(page);
  await page.reload();
  await expect(page.locator('.case-item')).toHaveCount(50);
  expect(await ids(page)).toEqual(full);
  expect(await firstScreen()).toEqual(full.slice(0, 10));
  expect(await firstFrom()).toBe('index');

  // The last case on the page is sent to Kaspi support 10 days ago: now overdue, it must lead at once.
  const last = many.find((c) => c.id === full[full.length - 1])!;
  const changed = caseRow({
    status: 'submitted',
    order: { ...last.order },
    timeline: [{ kind: 'submitted', date: shift(T, -10), channel: 'app' }],
    updatedAt: Date.now(),
  });
  await putRows(page, 'cases', [{ ...changed, id: last.id }]);
  await page.reload();
  await expect(page.locator('.case-item')).toHaveCount(50);
  expect((await firstScreen())?.[0]).toBe(last.id);
  expect((await ids(page))[0]).toBe(last.id);
  await expect(rowOf(page, last.id).locator('[data-field="urgency"]')).toHaveText('⚠ Ответ просрочен');
});

/**
 * Records, at the render mark, where the list came from and what was on screen. After `holdApp`, every
 * load of the popup in this tab holds the React app back (boot.ts waits for `shagymShell`) until
 * `releaseApp`.
 */
async function watchFirstScreen(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    let release: () => void = () => undefined;
    const gate =
      sessionStorage.getItem('holdApp') === '1'
        ? new Promise<void>((resolve) => (release = resolve))
        : Promise.resolve();
    w.releaseApp = () => release();
    let shell: Promise<boolean> | undefined;
    Object.defineProperty(globalThis, 'shagymShell', {
      configurable: true,
      set: (p: Promise<boolean>) => (shell = p),
      get: () => shell?.then((shown) => gate.then(() => shown)),
    });
    const mark = performance.mark.bind(performance);
    performance.mark = ((name: string, options?: PerformanceMarkOptions) => {
      if (name === 'shagym:popup-rendered') {
        const visible = [...document.querySelectorAll('.case-item')].filter((e) => !e.closest('[hidden]'));
        w.atMark = {
          from: (options?.detail as { from?: string } | undefined)?.from ?? 'react',
          ids: visible.map((e) => e.getAttribute('data-case-id')),
          text: visible.map((e) => (e as HTMLElement).innerText),
        };
      }
      return mark(name, options);
    }) as typeof performance.mark;
  });
}
interface AtMark {
  from: string;
  ids: string[];
  text: string[];
}
const atMark = (page: Page): Promise<AtMark> =>
  page
    .waitForFunction(() => (window as unknown as { atMark?: AtMark }).atMark)
    .then((h) => h.jsonValue() as Promise<AtMark>);
const holdApp = (page: Page) => page.evaluate(() => sessionStorage.setItem('holdApp', '1'));
const releaseApp = (page: Page) =>
  page.evaluate(() => (window as unknown as { releaseApp(): void }).releaseApp());
/**
 * Waits until the popup has remembered the frame of its first screen and the background has indexed
 * every case as it now stands (rows the tests write straight into the database have no index row; the
 * background writes one when the popup asks it to sync the reminders): the next open can draw the first
 * screen from the index.
 */
const remembered = (page: Page, lang = 'ru') =>
  expect
    .poll(
      () =>
        page.evaluate(
          (lang) =>
            new Promise<boolean>((resolve, reject) => {
              const raw = localStorage.getItem('shagym.popup.shell');
              if (!raw || (JSON.parse(raw) as { lang?: string }).lang !== lang) return resolve(false);
              const open = indexedDB.open('shagym');
              open.onerror = () => reject(open.error);
              open.onsuccess = () => {
                const tx = open.result.transaction(['cases', 'caseIndex'], 'readonly');
                const cases = tx.objectStore('cases').getAll();
                const index = tx.objectStore('caseIndex').getAll();
                tx.oncomplete = () => {
                  open.result.close();
                  const rows = new Map(
                    (
                      index.result as {
                        id: string;
                        updatedAt: number;
                        needsRepair?: unknown;
                        title?: unknown;
                      }[]
                    ).map((r) => [r.id, r]),
                  );
                  resolve(
                    rows.size === cases.result.length &&
                      (cases.result as { id: string; updatedAt: number }[]).every(
                        (c) =>
                          rows.get(c.id)?.updatedAt === c.updatedAt &&
                          typeof rows.get(c.id)?.needsRepair === 'boolean' &&
                          typeof rows.get(c.id)?.title !== 'number',
                      ),
                  );
                };
              };
            }),
          lang,
        ),
      { message: 'the frame is remembered and every case is indexed' },
    )
    .toBe(true);

test('every open draws the case index before React, a save just before it included; React takes over keeping what was typed', async ({
  page,
  extensionId,
  sw,
}) => {
  await watchFirstScreen(page);
  await openPopup(page, extensionId);
  await putRows(page, 'cases', [seeds.waiting, seeds.dueToday, seeds.claimOverdue, seeds.resolved]);
  await holdApp(page);
  // No frame remembered yet (the list was empty) and no index rows: nothing is shown until React lists.
  await page.reload();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { atMark?: AtMark }).atMark)).toBeUndefined();
  await expect(page.locator('.case-item')).toHaveCount(0);
  await releaseApp(page);
  expect((await atMark(page)).from).toBe('react');
  await expect(page.locator('#root .case-item')).toHaveCount(4);
  const reactRows = () =>
    page
      .locator('#root .case-item')
      .evaluateAll((els) =>
        els.map((e) => ({ id: e.getAttribute('data-case-id'), text: (e as HTMLElement).innerText })),
      );
  const listed = await reactRows();
  await remembered(page);

  // Next open: the same rows, word for word, from the index, while React is still held back.
  await page.reload();
  const first = await atMark(page);
  expect(first).toEqual({ from: 'index', ids: listed.map((r) => r.id), text: listed.map((r) => r.text) });
  await expect(page.locator('#root')).toBeHidden();
  // Styled by the style sheets popup.html carries (build/popup-later-tags.ts), adopted: none is loaded.
  expect(await page.evaluate(popupStyles)).toEqual({
    adopted: 2,
    loaded: [],
    accent: '#b3261e',
    header: 'sticky',
  });
  await expect(page.getByRole('searchbox', { name: 'Поиск' })).toBeFocused();
  await expect(page.locator('#shell select[name="filter"] option[value="all"]')).toHaveText('Все (4)');
  await expect(page.locator('#shell select[name="filter"] option[value="finished"]')).toHaveText(
    'Решённые и закрытые (1)',
  );
  // The buyer starts typing before React is there; a row's link points at the case page.
  await page.keyboard.type('Dyson');
  await expect(page.locator('#shell .case-item a').first()).toHaveAttribute(
    'href',
    `chrome-extension://${extensionId}/case.html?id=${seeds.claimOverdue.id}`,
  );
  await releaseApp(page);
  await expect(page.locator('#shell')).toHaveCount(0);
  await expect(page.locator('#root')).toBeVisible();
  expect(await page.evaluate(popupStyles)).toEqual({
    adopted: 2,
    loaded: ['main'],
    accent: '#b3261e',
    header: 'sticky',
  });
  await expect(page.getByRole('searchbox', { name: 'Поиск' })).toHaveValue('Dyson');
  await expect(page.getByRole('searchbox', { name: 'Поиск' })).toBeFocused();
  expect(await ids(page)).toEqual([seeds.dueToday.id]);

  // A save as the app's one door makes it (the case and its index row, utils/cases/store.ts), then an
  // open: the first screen, drawn before React, already shows it — resolved, now at the end.
  await page.evaluate(() => sessionStorage.setItem('holdApp', '1'));
  const now = Date.now();
  const saved = caseSchema.parse({ ...seeds.dueToday, status: 'resolved', updatedAt: now });
  await putRows(page, 'cases', [saved]);
  await putRows(page, 'caseIndex', [summaryOf(saved, todayInKz(now), now)]);
  await page.reload();
  const afterSave = await atMark(page);
  expect(afterSave.from).toBe('index');
  await expect(page.locator(`#shell [data-case-id="${seeds.dueToday.id}"] .chip`)).toHaveText('Решена');
  await releaseApp(page);
  await expect(page.locator('#shell')).toHaveCount(0);
  const relisted = await reactRows();
  expect(afterSave).toEqual({
    from: 'index',
    ids: relisted.map((r) => r.id),
    text: relisted.map((r) => r.text),
  });

  // A case written behind the app's back (no index row written): nothing is drawn before React.
  await putRows(page, 'cases', [{ ...seeds.waiting, status: 'resolved', updatedAt: Date.now() }]);
  await page.reload();
  await page.waitForTimeout(300);
  await expect(page.locator('.case-item')).toHaveCount(0);
  await releaseApp(page);
  expect((await atMark(page)).from).toBe('react');
  await expect(rowOf(page, seeds.waiting.id).locator('.chip')).toHaveText('Решена');
  await remembered(page);

  // The language was changed elsewhere while no popup was open: the Russian frame is not shown.
  await page.evaluate(() => sessionStorage.removeItem('holdApp'));
  await page.goto('about:blank');
  await sw.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
    ).chrome.storage.local.set({ 'settings.lang': 'en' }),
  );
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  expect((await atMark(page)).from).toBe('react');
  await expect(page.locator('h1')).toHaveText('My complaints');
  // Remembered in English: the next open draws the English first screen.
  await remembered(page, 'en');
  await page.reload();
  const english = await atMark(page);
  expect(english.from).toBe('index');
  expect(english.text.join('\n')).toContain('Resolved');

  // A case gone behind the app's back (its index row left; not the most recently updated): drawn, then
  // taken off, React still held back, as soon as the counts read once it is on screen say that the
  // index has a row too many (utils/popup-shell/show.ts). React then lists what there is.
  // Held back, the popup asks the background for nothing; what it asked before is done once this sync
  // answers (the background's sync would take the orphan row away, as it should).
  await holdApp(page);
  await page.reload();
  await atMark(page);
  await page.evaluate(() =>
    (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
    ).chrome.runtime.sendMessage({ type: 'ui:sync-reminders', payload: {} }),
  );
  await page.evaluate(
    (id) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('shagym');
        open.onsuccess = () => {
          const tx = open.result.transaction('cases', 'readwrite');
          tx.objectStore('cases').delete(id);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    seeds.claimOverdue.id,
  );
  await page.reload();
  const gone = await atMark(page);
  expect(gone.from).toBe('index');
  expect(gone.ids).toContain(seeds.claimOverdue.id);
  await expect(page.locator('#shell .case-item')).toHaveCount(0);
  await expect(page.locator('#root')).not.toHaveAttribute('hidden');
  await releaseApp(page);
  await expect(page.locator('#root .case-item')).toHaveCount(3);
  await expect(rowOf(page, seeds.claimOverdue.id)).toHaveCount(0);
});

test('a damaged or hostile frame, or a damaged index row, shows nothing wrong', async ({
  page,
  extensionId,
}) => {
  await watchFirstScreen(page);
  await seeded(page, extensionId);
  await remembered(page);
  await holdApp(page);
  const stored = JSON.parse(
    await page.evaluate(() => localStorage.getItem('shagym.popup.shell') ?? 'null'),
  ) as { tree: { c: unknown[] }; strings: Record<string, unknown> };
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  // Tampered with from a held popup: no React app is running that would remember its screen over it.
  const put = async (snapshot: unknown) => {
    await page.reload();
    await page.evaluate(
      (value) => localStorage.setItem('shagym.popup.shell', value),
      JSON.stringify(snapshot),
    );
  };
  const nothingBeforeReact = async () => {
    await page.reload();
    await page.waitForTimeout(300);
    await expect(page.locator('.case-item')).toHaveCount(0);
    await releaseApp(page);
    expect((await atMark(page)).from).toBe('react');
    await expect(page.locator('.case-item')).toHaveCount(6);
  };

  // A script element anywhere: nothing is built from the frame.
  await put({ ...stored, tree: { t: 'main', c: [{ t: 'script', c: ['alert(1)'] }, stored.tree] } });
  await nothingBeforeReact();
  // Damaged texts for the rows: nothing either.
  await put({ ...stored, strings: { ...stored.strings, order: 42 } });
  await nothingBeforeReact();

  // Markup in text stays text; handlers, styles and foreign links are dropped; the rows are the index's.
  await put({
    ...stored,
    tree: {
      ...stored.tree,
      c: [
        {
          t: 'p',
          a: { class: 'planted', onclick: 'alert(2)', style: 'display:none' },
          c: [{ t: 'a', a: { href: 'https://evil.example/' }, c: ['<img src=x onerror=alert(3)>'] }],
        },
        ...stored.tree.c,
      ],
    },
  });
  await page.reload();
  const drawn = await atMark(page);
  expect(drawn.from).toBe('index');
  expect(drawn.ids).toHaveLength(6);
  const planted = page.locator('#shell p.planted');
  await expect(planted).toHaveText('<img src=x onerror=alert(3)>');
  expect(await planted.evaluate((e) => [e.getAttribute('onclick'), e.getAttribute('style')])).toEqual([
    null,
    null,
  ]);
  expect(await planted.locator('a').getAttribute('href')).toBeNull();
  await expect(page.locator('img')).toHaveCount(0);
  await releaseApp(page);
  await expect(page.locator('#shell')).toHaveCount(0);
  await expect(page.locator('.case-item')).toHaveCount(6);

  // A damaged index row: nothing is drawn before React, which lists every case from the cases
  // themselves; the background rewrites the row, and the next open draws the index again.
  await put(stored);
  const [row] = await page.evaluate(
    () =>
      new Promise<unknown[]>((resolve) => {
        const open = indexedDB.open('shagym');
        open.onsuccess = () => {
          const got = open.result.transaction('caseIndex').objectStore('caseIndex').getAll(null, 1);
          got.onsuccess = () => {
            open.result.close();
            resolve(got.result as unknown[]);
          };
        };
      }),
  );
  await putRows(page, 'caseIndex', [{ ...(row as object), title: 42 }]);
  await nothingBeforeReact();
  await remembered(page);
  await page.reload();
  expect((await atMark(page)).from).toBe('index');
  await releaseApp(page);
  expect(dialogs).toEqual([]);
});

test('a row opens the case page; the toolbar badge counts the overdue cases', async ({
  context,
  page,
  extensionId,
  sw,
}) => {
  await seeded(page, extensionId);
  const reply = (await page.evaluate(() =>
    (globalThis as unknown as { chrome: ExtApi }).chrome.runtime.sendMessage({
      type: 'ui:sync-reminders',
      payload: {},
    }),
  )) as { ok: boolean; data: { overdue: number; notificationsAllowed: boolean } };
  expect(reply).toMatchObject({ ok: true, data: { overdue: 2, notificationsAllowed: true } });
  expect(await badge(sw)).toBe('2');

  const opened = context.waitForEvent('page', (p) => p.url().includes('/case.html'));
  await rowOf(page, seeds.dueSoon.id).locator('a').click();
  const casePage = await opened;
  expect(new URL(casePage.url()).searchParams.get('id')).toBe(seeds.dueSoon.id);
  await expect(casePage.locator('h1')).toContainText('Рашгард чёрный');
});

test('says so when notifications are blocked', async ({ page, extensionId, sw }) => {
  await openPopup(page, extensionId);
  await expect(page.locator('.notice--error')).toHaveCount(0);
  // The buyer blocked this extension's notifications in Chrome's settings.
  await sw.evaluate(() => {
    const n = (globalThis as unknown as { chrome: { notifications: Record<string, unknown> } }).chrome
      .notifications;
    n.getPermissionLevel = (cb?: (level: string) => void) => {
      cb?.('denied');
      return Promise.resolve('denied');
    };
  });
  await page.reload();
  await expect(page.locator('.notice--error')).toHaveText(
    'Уведомления выключены: напоминания ждут, пока вы их не разрешите.',
  );
});

function badge(sw: Worker): Promise<string> {
  return sw.evaluate(() =>
    (
      globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }
    ).chrome.action.getBadgeText({}),
  );
}
