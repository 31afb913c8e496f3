// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeadlineList } from '@/components/deadline-list';
import type { Case } from '@/utils/cases/schema';
import { createI18n } from '@/utils/i18n';
import { declineKk } from '@/utils/i18n/kk-grammar';
import { PHONE_CASE } from '../archive/fixtures';
import { checkKazakh, MONTH_STEMS } from '../i18n/kk-check';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement | null = null;
afterEach(() => {
  container?.remove();
  container = null;
  vi.useRealTimers();
});

/** A case received on the 5th of month `m` (1–12), looked at on the 8th. */
async function renderIn(m: number): Promise<string[]> {
  const mm = String(m).padStart(2, '0');
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`2026-${mm}-08T12:00:00+05:00`));
  const kase: Case = {
    ...PHONE_CASE,
    status: 'open',
    timeline: [],
    claimReceivedDate: null,
    order: { ...PHONE_CASE.order, orderDate: `2026-${mm}-01`, receivedDate: `2026-${mm}-05` },
  };
  const i18n = await createI18n('kk');
  container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  await act(async () => {
    root.render(
      <I18nextProvider i18n={i18n}>
        <DeadlineList kase={kase} />
      </I18nextProvider>,
    );
  });
  const items = [...container.querySelectorAll('li[data-deadline]')].map((li) => li.textContent ?? '');
  await act(async () => root.unmount());
  return items;
}

describe('the deadline list in Kazakh (issue 15, review item 1)', () => {
  for (let m = 1; m <= 12; m++) {
    it(`puts a dative date before «дейін» in month ${m}`, async () => {
      const items = await renderIn(m);
      expect(items.length).toBeGreaterThan(0);
      for (const text of items) {
        expect(text).toMatch(/\d{4} жылғы \d{1,2} \p{L}+ дейін/u);
        expect(checkKazakh(text), text).toEqual([]);
      }
      // The 14-day return ends in this month or the next: either way, in the dative.
      const datives = [MONTH_STEMS[m - 1]!, MONTH_STEMS[m % 12]!].map((s) => `${declineKk(s, 'dat')} дейін`);
      expect(
        items.some((text) => datives.some((d) => text.includes(d))),
        items.join('\n'),
      ).toBe(true);
    });
  }
});
