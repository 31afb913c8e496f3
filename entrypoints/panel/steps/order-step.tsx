import { useTranslation } from 'react-i18next';
import { formatPrice } from '@/utils/letters/format';
import { OrderFactsForm, draftFromFacts, type OrderDraft } from '@/components/order-facts-form';
import { PasteFromApp } from '@/components/paste-from-app';
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

/** Step 1: the order — prefilled from the page or pasted from the Kaspi app, always editable. */
export function OrderStep({
  page,
  fromApp,
  value,
  errors,
  onChange,
}: {
  page: PageFactsPayload | null;
  fromApp: boolean;
  value: OrderDraft;
  errors: FieldErrors;
  onChange: (next: OrderDraft) => void;
}) {
  const { t } = useTranslation();
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
  return (
    <>
      <p className="muted">{page ? t('panel.fromPage') : t('panel.noFacts')}</p>
      {(fromApp || !page) && (
        <PasteFromApp onFacts={(facts) => onChange(mergeDraft(value, draftFromFacts(facts)))} />
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
      <OrderFactsForm value={value} onChange={onChange} fields={ORDER_STEP_FIELDS} errors={errors} />
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
