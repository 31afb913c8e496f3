import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { OrderFacts } from '@/utils/cases/schema';
import type { KaspiFacts } from '@/utils/kaspi/types';
import type { Lang } from '@/utils/i18n/languages';
import { formatDate } from '@/utils/letters/format';
import { DATE_MAX, DATE_MIN } from '@/utils/validation';
import { DateRangeError } from './date-range-error';
import { DateInput } from './date-input';
import { useLang } from './use-lang';

/** The order facts as the buyer edits them: every field a string until saved. */
export type OrderDraft = Record<keyof OrderFacts, string>;

export const ORDER_FIELDS: ReadonlyArray<{
  key: keyof OrderFacts;
  type: 'text' | 'date' | 'url' | 'number';
}> = [
  { key: 'orderNumber', type: 'text' },
  { key: 'productTitle', type: 'text' },
  { key: 'productCode', type: 'text' },
  { key: 'sellerName', type: 'text' },
  { key: 'merchantId', type: 'text' },
  { key: 'price', type: 'number' },
  { key: 'orderDate', type: 'date' },
  { key: 'receivedDate', type: 'date' },
  { key: 'productUrl', type: 'url' },
];

export function draftFromFacts(facts: Partial<KaspiFacts> | Partial<OrderFacts> | null): OrderDraft {
  const get = (k: keyof OrderFacts) => {
    const v = facts?.[k];
    return v === null || v === undefined ? '' : String(v);
  };
  return Object.fromEntries(ORDER_FIELDS.map(({ key }) => [key, get(key)])) as OrderDraft;
}

/** Empty strings become null; the price keeps its digits only. Validation is the schema's job. */
export function factsFromDraft(draft: OrderDraft): Record<keyof OrderFacts, unknown> {
  const text = (v: string) => (v.trim() === '' ? null : v.trim());
  const digits = draft.price.replace(/\D/g, '');
  return {
    orderNumber: text(draft.orderNumber.replace(/\s/g, '')),
    productCode: text(draft.productCode),
    productTitle: text(draft.productTitle),
    productUrl: text(draft.productUrl),
    sellerName: text(draft.sellerName),
    merchantId: text(draft.merchantId),
    price: digits ? Number(digits) : null,
    orderDate: text(draft.orderDate),
    receivedDate: text(draft.receivedDate),
  };
}

/** A field's error in the UI's language. */
export function fieldErrorText(t: TFunction, key: keyof OrderFacts, error: string, lang: Lang): string {
  if (error === 'received-before-order') return t('fieldError.receivedBeforeOrder');
  if (ORDER_FIELDS.find((f) => f.key === key)?.type === 'date')
    return t('repair.dateRange', { min: formatDate(DATE_MIN, lang), max: formatDate(DATE_MAX, lang) });
  return t(`fieldError.${key}`);
}

export function OrderFactsForm({
  value,
  onChange,
  fields = ORDER_FIELDS.map((f) => f.key),
  errors = {},
  filled,
}: {
  value: OrderDraft;
  onChange: (next: OrderDraft) => void;
  fields?: readonly (keyof OrderFacts)[];
  errors?: Partial<Record<keyof OrderFacts, string>>;
  /** Fields just filled in from the app's text: highlighted until the buyer edits them. */
  filled?: ReadonlySet<keyof OrderFacts>;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div className="grid2">
      {ORDER_FIELDS.filter(({ key }) => fields.includes(key)).map(({ key, type }) => {
        const error = errors[key];
        const errorId = `err-${key}`;
        return (
          <label
            key={key}
            className={
              [(key === 'productTitle' || key === 'productUrl') && 'wide', filled?.has(key) && 'is-filled']
                .filter(Boolean)
                .join(' ') || undefined
            }
            data-filled={filled?.has(key) ? '' : undefined}
          >
            <span>{t(`field.${key}`)}</span>
            {type === 'date' ? (
              <DateInput
                name={key}
                // Dates within the schema's window: the browser's picker stops there, and a typed year
                // outside it (e.g. '0025' for '25') gets the message below and is not saved.
                min={DATE_MIN}
                max={DATE_MAX}
                value={value[key]}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
                onChange={(e) => onChange({ ...value, [key]: e.target.value })}
              />
            ) : (
              <input
                name={key}
                type={type === 'number' ? 'text' : type}
                inputMode={type === 'number' || key === 'orderNumber' ? 'numeric' : undefined}
                value={value[key]}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
                onChange={(e) => onChange({ ...value, [key]: e.target.value })}
              />
            )}
            {error &&
              (type === 'date' && error !== 'received-before-order' ? (
                <DateRangeError id={errorId} />
              ) : (
                // The buyer's language, never the schema's message ("order number: 9–10 digits").
                <small id={errorId} className="field-error" data-field-error={key}>
                  {fieldErrorText(t, key, error, lang)}
                </small>
              ))}
          </label>
        );
      })}
    </div>
  );
}
