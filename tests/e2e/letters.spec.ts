/**
 * The formal letters on what the law requires (issue 9), in real Chromium on the case page: a case with
 * two stored files, the buyer's and the seller's details typed where the letter is shown, and the claim
 * letter that lists both files among its attachments; the appeal goes to the buyer's regional
 * department, with the ИИН, and "no answer" cannot be chosen before the seller's 10 days have run out.
 */
import { expect, test } from './fixtures';
import { seededCase } from '../support/cases';
import { putRows, readRows } from '../support/extension-db';

test('claim letter: stored files as attachments, buyer and seller addresses; appeal to the region', async ({
  page,
  extensionId,
}) => {
  const kase = seededCase({
    description: 'Через два дня после получения на шве появилась дыра.',
    order: { sellerName: 'ТОО «Компания «Альфа»»' },
  });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.locator('main')).toBeVisible();
  await putRows(page, 'cases', [kase]);
  await page.goto(`chrome-extension://${extensionId}/case.html?id=${kase.id}`);

  // Two files, added as the buyer adds them.
  const evidence = page.locator('section.evidence');
  await evidence.getByLabel('Что это').selectOption({ label: 'Фото' });
  await evidence.getByLabel('Добавить файлы').setInputFiles([
    { name: 'шов-крупно.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('jpeg bytes 1') },
    { name: 'бирка.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('jpeg bytes 2') },
  ]);
  await expect(evidence.getByRole('status')).toHaveText('Добавлено 2 файла.');

  // The claim letter asks for what it needs, with the inputs on screen.
  await page.getByRole('tab', { name: 'Претензия продавцу' }).click();
  const details = page.locator('[data-details="claim-letter"]');
  await expect(page.locator('[data-missing]')).toHaveAttribute('data-missing', 'buyer-name buyer-address');
  await details.getByLabel('Ваше ФИО').fill('Айгерим Сапарова');
  await details.getByLabel('Ваш почтовый адрес').fill('г. Алматы, ул. Абая, 10, кв. 5');
  await details.getByLabel('Телефон').fill('+7 701 234 56 78');
  await expect(details.getByLabel('Продавец (юридическое название, как в документах)')).toHaveValue(
    'ТОО «Компания «Альфа»»',
  );
  await details.getByLabel('БИН/ИИН продавца (12 цифр)').fill('180340012345');
  await details.getByLabel('Адрес продавца').fill('г. Алматы, пр. Достык, 100');

  const letter = page.locator('[data-text-out="claim-letter"]');
  await expect(letter).toContainText(
    'Кому: ТОО «Компания «Альфа»» (БИН/ИИН 180340012345), продавец на kaspi.kz',
  );
  await expect(letter).toContainText('Адрес продавца: г. Алматы, пр. Достык, 100');
  await expect(letter).toContainText('Адрес: г. Алматы, ул. Абая, 10, кв. 5');
  await expect(letter).toContainText('Согласно статье 428 Гражданского кодекса');
  await expect(letter).toContainText('Товар может быть передан Вам для проверки качества');
  // Both stored files, by name, under their kind.
  await expect(letter).toContainText(/Приложения:\n1\. Фотографии товара: шов-крупно\.jpg, бирка\.jpg\./);

  // Saved like the panel's autosave: the case row holds what was typed.
  await expect
    .poll(async () => {
      const [row] = await readRows(page, 'cases');
      return [(row?.buyer as { address?: string } | null)?.address, row?.sellerBin, row?.sellerAddress];
    })
    .toEqual(['г. Алматы, ул. Абая, 10, кв. 5', '180340012345', 'г. Алматы, пр. Достык, 100']);

  // The appeal: ИИН and region are required; "no answer" waits for the seller's 10 days.
  await page.getByRole('tab', { name: 'Обращение в уполномоченный орган' }).click();
  const appeal = page.locator('[data-details="authority-appeal"]');
  const today = new Date(Date.now() + 5 * 3_600_000).toISOString().slice(0, 10);
  await appeal.getByLabel('Дата отправки претензии').fill(today);
  await appeal.getByLabel('Как отправлена претензия').selectOption('hand');
  await expect(appeal.locator('option[value="no-answer"]')).toBeDisabled();
  await appeal.getByLabel('Ответ продавца').selectOption('refused');
  await appeal.getByLabel('Ваш ИИН (12 цифр)').fill('900101400123');
  await appeal.getByLabel('Ваш регион (куда направить обращение)').selectOption('almaty-city');
  const text = page.locator('[data-text-out="authority-appeal"]');
  await expect(text).toContainText(
    'В Департамент торговли и защиты прав потребителей по городу Алматы\nМинистерства торговли и интеграции Республики Казахстан',
  );
  await expect(text).toContainText('ИИН: 900101400123');
  await expect(text).toContainText('Почтовый адрес: г. Алматы, ул. Абая, 10, кв. 5');
  await expect(text).toContainText('Копия письменного ответа продавца об отказе');
  await expect(text).not.toContainText('административн');
});
