/**
 * Firefox: a case from "I sent it" to its end on the case page (issue 10) — sent, undone and sent again,
 * the seller's refusal, the appeal with its own deadline, resolved, closed (reminders stop), deleted with
 * nothing of it left in the extension's database. The case is seeded as the panel would have written it.
 */
import type { Page } from 'puppeteer-core';
import { seededCase } from '../support/cases';
import { dumpDatabase, putRows, readRows } from '../support/extension-db';
import { clickText, expect, openExtensionPage, setValue, test, until } from './fixtures';

/** A day n days before today in Kazakhstan (UTC+5). */
const isoDaysAgo = (n: number) =>
  new Date(Date.now() + 5 * 3_600_000 - n * 86_400_000).toISOString().slice(0, 10);

const attr = (page: Page, selector: string, name: string) =>
  page.$eval(selector, (el, n) => el.getAttribute(n), name).catch(() => null);

test('Firefox: sent → undone → sent → refused → appeal → resolved → closed → deleted, nothing left', async ({
  firefox,
}) => {
  const kase = seededCase({
    description: 'Коврики треснули через неделю.',
    order: { orderDate: isoDaysAgo(30), receivedDate: isoDaysAgo(25) },
    buyer: {
      name: 'Айгерим Нурланова',
      phone: '',
      email: '',
      address: 'г. Алматы, ул. Абая, 10',
      iin: '900101300123',
    },
    authorityRegion: 'almaty-city',
    claimDelivery: 'hand',
  });
  const setup = await openExtensionPage(firefox, '/popup.html');
  await until(async () => (await readRows(setup, 'cases').catch(() => null)) !== null, 'the database');
  await putRows(setup, 'cases', [kase]);

  const page = await openExtensionPage(firefox, `/case.html?id=${kase.id}`);
  const status = () => attr(page, '.lifecycle', 'data-status');
  const next = () => attr(page, '[data-next-action]', 'data-next-action');
  await until(async () => (await next()) === 'send-texts', 'the next action: send the texts');

  // "I sent it": the claim letter 12 days ago; undone (kept in the history); marked again.
  await setValue(page, 'select[name="sentChannel"]', 'claim-letter');
  await setValue(page, 'input[name="sentDate"]', isoDaysAgo(12));
  await clickText(page, 'Отметить отправку');
  await until(async () => (await status()) === 'submitted', 'submitted');
  await page.locator('[data-sent="claim-letter"] button ::-p-text(Отменить)').click();
  await until(async () => (await status()) === 'open', 'open again after the undo');
  await until(() => page.$('[data-event="claim-sent"][data-undone]'), 'the undone event in the history');
  await clickText(page, 'Отметить отправку');
  await until(async () => (await status()) === 'submitted', 'submitted again');
  expect(await page.$$eval('[data-sent="claim-letter"]', (l) => l.length)).toBe(1);

  // The seller refused: the next thing to do is the appeal. The outcome form is folded (the claim's 10
  // days are over, the page leads to the appeal): the buyer opens it.
  expect(await page.$eval('#lifecycle-outcome', (d) => (d as HTMLDetailsElement).open)).toBe(false);
  await page.locator('#lifecycle-outcome > summary').click();
  await until(
    () => page.$eval('#lifecycle-outcome', (d) => (d as HTMLDetailsElement).open),
    'the outcome form open',
  );
  await setValue(page, 'select[name="outcomeParty"]', 'seller');
  await setValue(page, 'select[name="outcome"]', 'refused');
  await setValue(page, 'input[name="outcomeDate"]', isoDaysAgo(2));
  await setValue(page, 'textarea[name="outcomeNote"]', 'Не признаём брак');
  await clickText(page, 'Записать итог');
  await until(async () => (await next()) === 'escalate', 'the next action: the appeal');
  const appeal = await page.$eval('textarea[name="appealText"]', (t) => (t as HTMLTextAreaElement).value);
  expect(appeal).toMatch(/в требовании отказано: «Не признаём брак»/);
  expect(await page.$eval('[data-appeal-term="76"]', (e) => e.textContent)).toContain('15 рабочих дней');

  // The appeal went today: the authority's answer is awaited, with its reminder.
  await setValue(page, 'input[name="appealDate"]', isoDaysAgo(0));
  await clickText(page, 'Я подал(а) обращение');
  await until(async () => (await next()) === 'wait-authority', 'waiting for the authority');
  await until(
    async () =>
      (await page.$eval('.reminder-dates', (e) => e.textContent ?? '')).includes(
        'Ответ на обращение в госорган',
      ),
    'the authority deadline among the reminders',
    15_000,
  );

  // Refunded: resolved; then closed. Its reminders stop.
  await setValue(page, 'select[name="outcomeParty"]', 'seller');
  await setValue(page, 'select[name="outcome"]', 'refunded');
  await setValue(page, 'input[name="outcomeDate"]', isoDaysAgo(0));
  await clickText(page, 'Записать итог');
  await until(async () => (await next()) === 'close', 'the next action: close');
  // The card's button leads to the close group; its one button closes the case.
  expect(await page.$eval('[data-next-action] button', (b) => b.textContent)).toBe('Закрыть жалобу');
  await page.locator('[data-next-action] button').click();
  // The group it leads to stops below the sticky header: its button is what a click there reaches.
  expect(
    await page.$eval('#lifecycle-close button', (b) => {
      const r = b.getBoundingClientRect();
      return b.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
    }),
  ).toBe(true);
  expect(await page.$eval('#lifecycle-close button', (b) => b.textContent)).toBe('Закрыть жалобу');
  await page.locator('#lifecycle-close button').click();
  await until(async () => (await next()) === 'closed', 'closed');
  await until(
    async () => (await readRows(page, 'reminders')).filter((r) => r.caseId === kase.id).length === 0,
    'no reminders for a closed case',
    15_000,
  );

  // Deleted: nothing of the case is left in any table.
  await clickText(page, 'Удалить жалобу');
  await page.locator('[role="alertdialog"] button ::-p-text(Да, удалить)').click();
  await until(() => page.$('[data-deleted]'), 'the deleted notice');
  await until(
    async () => Object.values(await dumpDatabase(page)).every((rows) => !rows.includes(kase.id)),
    'no table holds anything of the deleted case',
    15_000,
  );
});
