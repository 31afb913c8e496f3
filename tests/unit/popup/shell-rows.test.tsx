// @vitest-environment jsdom
/**
 * The first screen's rows (utils/popup-shell/rows.ts `buildRow`, drawn from a case's index row before
 * React loads) are element for element, word for word, what React's row (components/case-row.tsx)
 * renders for the same case, in Russian, Kazakh and English; page text only ever becomes text.
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { CaseRow } from '@/components/case-row';
import { rankCases, urgentDeadline } from '@/entrypoints/popup/model';
import { CASE_STATUSES, caseSchema, type Case, type CaseInput } from '@/utils/cases/schema';
import { summaryOf } from '@/utils/cases/summary';
import { createI18n, LANGUAGES } from '@/utils/i18n';
import { buildRow, shellRowOf } from '@/utils/popup-shell/rows';
import { CASE_STATUSES_FOR_SHELL, SHOWN_STATUSES_FOR_SHELL } from '@/utils/popup-shell/statuses';
import { SHOWN_STATUSES } from '@/utils/cases/lifecycle';
import { stringsFor } from './shell-strings';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const TODAY = '2026-11-18'; // a Wednesday
const AT = Date.UTC(2026, 10, 1);
let n = 0;
function kase(over: Omit<Partial<CaseInput>, 'order'> & { order?: Partial<CaseInput['order']> } = {}): Case {
  n++;
  const { order, ...rest } = over;
  return caseSchema.parse({
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
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
      ...order,
    },
    problem: null,
    remedy: null,
    status: 'open',
    timeline: [],
    createdAt: AT,
    updatedAt: AT,
    ...rest,
  });
}
const event = (kind: 'submitted' | 'claim-sent', date: string, channel: 'app' | null = null) => ({
  id: crypto.randomUUID(),
  at: AT,
  kind,
  date,
  channel,
  note: '',
});

const CASES: Case[] = [
  kase({
    status: 'submitted',
    order: { orderNumber: '612000001', productTitle: 'Смартфон <b>Samsung</b>', sellerName: 'Mobile City' },
    timeline: [event('submitted', '2026-11-08', 'app')],
  }),
  kase({
    status: 'escalated',
    order: { orderNumber: '612000002', productTitle: 'Кроссовки Nike', sellerName: 'ИП Ахметов' },
    timeline: [event('claim-sent', '2026-10-20')],
  }),
  // Received on these days: 14 days to return → due in 2 (today + 2), 0, 1, 5, 21 days.
  ...['2026-11-06', '2026-11-04', '2026-11-05', '2026-11-09', '2026-11-25'].map((receivedDate, i) =>
    kase({ order: { orderNumber: `61200010${i}`, productTitle: `Товар ${i}`, receivedDate } }),
  ),
  kase({ status: 'draft' }),
  kase({ status: 'draft', order: { sellerName: 'Chursina Store' } }),
  kase({ status: 'resolved', order: { orderNumber: '612000006', productTitle: 'Наушники JBL' } }),
  kase({ status: 'closed', order: { productTitle: 'Чайник' } }),
  // Sent, and the seller refused: the chip reads "refused" (lifecycle.ts shownStatus), in both drawings.
  kase({
    status: 'submitted',
    order: { orderNumber: '612000007', productTitle: 'Утюг' },
    timeline: [
      event('claim-sent', '2026-11-02'),
      { ...event('claim-sent', '2026-11-09'), kind: 'outcome' as const, party: 'seller', outcome: 'refused' },
    ],
  }),
];

/** The markup of a node with adjacent text nodes merged (React renders "⚠", " " and a word as three). */
function normalized(node: Node): string {
  const copy = node.cloneNode(true) as Element;
  copy.normalize();
  return copy.outerHTML;
}

describe('the first screen draws a row as React does', () => {
  for (const lang of LANGUAGES) {
    it(`in ${lang}: every bucket, days left in each plural form, no title, no order, needs repair`, async () => {
      const i18n = await createI18n(lang);
      const strings = await stringsFor(lang);
      const ranked = rankCases(CASES, TODAY);
      for (const needsRepair of [false, true]) {
        for (const r of ranked) {
          const href = `chrome-extension://x/case.html?id=${r.c.id}`;
          const container = document.createElement('ul');
          const root = createRoot(container);
          await act(async () =>
            root.render(
              <I18nextProvider i18n={i18n}>
                <CaseRow
                  kase={r.c}
                  urgency={r.u}
                  deadline={urgentDeadline(r.c, r.u, TODAY)}
                  needsRepair={needsRepair}
                  href={href}
                  onOpen={() => undefined}
                />
              </I18nextProvider>,
            ),
          );
          const row = shellRowOf({ ...summaryOf(r.c, TODAY, 0), needsRepair })!;
          expect(row).not.toBeNull();
          const drawn = buildRow(document, row, strings, lang, href);
          expect(container.children).toHaveLength(1);
          expect(normalized(drawn), `${lang} ${r.c.order.productTitle}`).toBe(
            normalized(container.firstElementChild!),
          );
          root.unmount();
        }
      }
      // Every relative form was drawn at least once across the cases above.
      const texts = ranked.map((r) => r.u.daysLeft);
      expect(texts).toEqual(expect.arrayContaining([0, 1, 2, 5, 21]));
    });
  }

  it('page text stays text', async () => {
    const strings = await stringsFor('ru');
    const row = shellRowOf({ ...summaryOf(CASES[0]!, TODAY, 0), title: '<img src=x onerror=alert(1)>' })!;
    const li = buildRow(document, row, strings, 'ru', 'chrome-extension://x/case.html');
    expect(li.querySelector('img')).toBeNull();
    expect(li.querySelector('.title')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('takes only rows of the shape summaryOf writes', () => {
    const good = summaryOf(CASES[0]!, TODAY, 0);
    expect(shellRowOf(good)).not.toBeNull();
    for (const bad of [
      null,
      'row',
      { ...good, status: 'lost' },
      { ...good, bucket: 'soon' },
      { ...good, rank: '1' },
      { ...good, title: 'x'.repeat(301) },
      { ...good, nextDue: '18.11.2026' },
      { ...good, daysLeft: 1.5 },
      { ...good, needsRepair: undefined },
      { ...good, dueKind: undefined },
      { ...good, updatedAt: null },
    ])
      expect(shellRowOf(bad), JSON.stringify(bad)?.slice(0, 60)).toBeNull();
  });

  it('knows every case status and every status a chip shows', () => {
    expect(CASE_STATUSES_FOR_SHELL).toEqual(CASE_STATUSES);
    expect(SHOWN_STATUSES_FOR_SHELL).toEqual(SHOWN_STATUSES);
  });
});
