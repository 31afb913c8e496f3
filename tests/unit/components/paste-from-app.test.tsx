// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { PasteFromApp } from '@/components/paste-from-app';
import { createI18n, type Lang } from '@/utils/i18n';
import type { KaspiFacts } from '@/utils/kaspi/types';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const TODAY = () => new Date('2027-01-05T12:00:00+05:00');
let container: HTMLElement | null = null;

afterEach(() => {
  container?.remove();
  container = null;
});

/** Renders the paste box, pastes `text`, presses "Fill in"; returns the filled facts and the list shown. */
async function pasteAndFill(lang: Lang, text: string) {
  const i18n = await createI18n(lang);
  container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  let filled: KaspiFacts | null = null;
  await act(async () => {
    root.render(
      <I18nextProvider i18n={i18n}>
        <PasteFromApp onFacts={(facts) => (filled = facts)} today={TODAY} />
      </I18nextProvider>,
    );
  });
  const area = container.querySelector('textarea')!;
  await act(async () => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
    setValue.call(area, text);
    area.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => {
    container!.querySelector('button')!.click();
  });
  const items = [...container.querySelectorAll('.found-dates li')].map((li) => li.textContent);
  const status = container.querySelector('.found-dates')?.textContent ?? null;
  act(() => root.unmount());
  return { filled: filled as KaspiFacts | null, items, status };
}

const NEW_YEAR = 'Заказ № 612345678\nДата заказа: 28.12.2025\nВыдан 3 января\nИтого: 24 990 ₸';

describe('paste from the app: the buyer sees which dates were found', () => {
  it('ru: lists the order and received dates with the text they came from; one item → total is the price', async () => {
    const { filled, items } = await pasteAndFill('ru', NEW_YEAR);
    expect(filled?.orderDate).toBe('2025-12-28');
    expect(filled?.receivedDate).toBe('2026-01-03');
    expect(filled?.price).toBe(24990);
    expect(items).toEqual([
      'Дата заказа: 28 декабря 2025 г. (в тексте: «28.12.2025»)',
      'Дата получения: 3 января 2026 г. (в тексте: «3 января»)',
    ]);
  });

  it('kk and en: the same list in the buyer’s language', async () => {
    expect((await pasteAndFill('kk', NEW_YEAR)).items[1]).toMatch(/^Алған күні: 2026 жылғы 3 қаңтар/);
    expect((await pasteAndFill('en', NEW_YEAR)).items[0]).toBe(
      'Order date: 28 December 2025 (in the text: “28.12.2025”)',
    );
  });

  it('a received date before the order date is shown as set aside, not filled', async () => {
    const { filled, items } = await pasteAndFill('ru', 'Дата заказа: 12.11.2026\nДата получения: 10.11.2026');
    expect(filled?.receivedDate).toBeNull();
    expect(items[1]).toBe(
      'Дата получения 10 ноября 2026 г. (в тексте: «10.11.2026») раньше даты заказа — не подставлена, укажите верную.',
    );
  });

  it('no dates → says so', async () => {
    expect((await pasteAndFill('ru', 'Заказ № 612345678')).status).toBe(
      'Даты в тексте не найдены — укажите их вручную.',
    );
  });
});
