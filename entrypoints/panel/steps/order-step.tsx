import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPrice } from '@/utils/letters/format';
import { OrderFactsForm, draftFromFacts, type OrderDraft } from '@/components/order-facts-form';
import { PasteFromApp } from '@/components/paste-from-app';
import type { OrderFacts } from '@/utils/cases/schema';
import type { SellerOffer } from '@/utils/kaspi/types';
import type { PageFactsPayload } from '@/utils/messaging/protocol';
import type { FieldErrors } from '@/components/use-case-draft';

/** The order facts asked on this step. */
export const ORDER_STEP_FIELDS = [
  'orderNumber',
  'productTitle',
  'productCode',
  'sellerName',
  'merchantId',
  'price',
  'productUrl',
] as const;

/** What a buyer knows at once; the rest (codes and links the page gives) is under "More details". */
const MAIN_FIELDS = ['orderNumber', 'productTitle', 'sellerName', 'price'] as const;
const MORE_FIELDS = ['productCode', 'merchantId', 'productUrl'] as const;

/** Step 1: the order — prefilled from the page or pasted from the Kaspi app, always editable. */
export function OrderStep({
  page,
  fromApp,
  resumed = false,
  value,
  errors,
  onChange,
}: {
  page: PageFactsPayload | null;
  fromApp: boolean;
  /** A saved case continued: its facts are the buyer's own. */
  resumed?: boolean;
  value: OrderDraft;
  errors: FieldErrors;
  onChange: (next: OrderDraft) => void;
}) {
  const { t } = useTranslation();
  const [filled, setFilled] = useState<ReadonlySet<keyof OrderFacts>>(new Set());
  const [moreOpen, setMoreOpen] = useState(false);
  // A saved case that has no order yet still offers the paste box (decided once, not while typing).
  const [offerPaste] = useState(
    () => (fromApp || !page) && !(resumed && (value.orderNumber || value.productTitle || value.productCode)),
  );
  const sellers: SellerOffer[] = page?.facts.sellers ?? [];
  const chosen = sellers.findIndex(
    (s) => s.name === value.sellerName && (s.merchantId ?? '') === value.merchantId,
  );
  const chooseSeller = (index: number) => {
    const seller = sellers[index];
    if (!seller) return;
    onChange({
      ...value,
      sellerName: seller.name,
      merchantId: seller.merchantId ?? '',
      price: seller.price === null ? value.price : String(seller.price),
    });
  };
  /** An edited field is no longer "filled in for you". */
  const edit = (next: OrderDraft) => {
    const changed = (Object.keys(next) as (keyof OrderDraft)[]).filter((k) => next[k] !== value[k]);
    if (changed.some((k) => filled.has(k)))
      setFilled(new Set([...filled].filter((k) => !changed.includes(k))));
    onChange(next);
  };
  // The opening line says what is known: the page's facts, the saved case, or what to paste.
  const intro = page
    ? t('panel.fromPage')
    : resumed
      ? t('ui.resumed')
      : fromApp
        ? t('ui.fromAppIntro')
        : t('panel.noFacts');
  const moreHasError = MORE_FIELDS.some((f) => f in errors);
  return (
    <>
      <p className="muted" data-intro={page ? 'page' : resumed ? 'resumed' : fromApp ? 'app' : 'none'}>
        {intro}
      </p>
      {offerPaste && (
        <PasteFromApp
          onFacts={(facts) => {
            const incoming = draftFromFacts(facts);
            setFilled(
              new Set(
                (Object.keys(incoming) as (keyof OrderDraft)[]).filter(
                  (k) => incoming[k] && incoming[k] !== '',
                ),
              ),
            );
            onChange(mergeDraft(value, incoming));
          }}
        />
      )}
      {sellers.length > 1 && (
        <label>
          <span>{t('panel.chooseSeller')}</span>
          <select
            name="seller"
            value={chosen >= 0 ? String(chosen) : ''}
            onChange={(e) => chooseSeller(Number(e.target.value))}
          >
            <option value="" disabled>
              —
            </option>
            {sellers.map((s, i) => (
              <option key={`${s.merchantId ?? ''}-${i}`} value={i}>
                {s.name}
                {s.price !== null ? ` — ${formatPrice(s.price)}` : ''}
              </option>
            ))}
          </select>
        </label>
      )}
      <OrderFactsForm value={value} onChange={edit} fields={MAIN_FIELDS} errors={errors} filled={filled} />
      <details
        className="fold"
        open={moreOpen || moreHasError}
        onToggle={(e) => setMoreOpen(e.currentTarget.open)}
        data-more-details=""
      >
        <summary>{t('ui.moreDetails')}</summary>
        <div className="fold__body">
          <p className="muted">{t('ui.moreDetailsHint')}</p>
          <OrderFactsForm
            value={value}
            onChange={edit}
            fields={MORE_FIELDS}
            errors={errors}
            filled={filled}
          />
        </div>
      </details>
    </>
  );
}

/** Pasted facts fill the fields they have; the buyer's typing elsewhere stays. */
export function mergeDraft(current: OrderDraft, incoming: OrderDraft): OrderDraft {
  const out = { ...current };
  for (const key of Object.keys(incoming) as (keyof OrderDraft)[])
    if (incoming[key]) out[key] = incoming[key];
  return out;
}
