import { useTranslation } from 'react-i18next';
import { formatPrice } from '@/utils/letters/format';
import { useBlobUrl } from './use-blob-url';

/** What the card shows: the order facts as stored (or as typed, strings). */
export interface ProductFacts {
  productTitle?: string | null;
  price?: number | string | null;
  sellerName?: string | null;
  orderNumber?: string | null;
}

function priceOf(value: ProductFacts['price']): string | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(String(value).replace(/\D/g, ''));
  return Number.isSafeInteger(n) && n >= 0 && String(value).trim() !== '' ? formatPrice(n) : null;
}

/**
 * The product at the top of the panel and the case page: its title, price, seller and order number, so
 * the buyer sees at once which purchase the complaint is about. Its picture is the one kept with the
 * case (utils/evidence/picture.ts: stored bytes, never fetched here); without one, the first letter of
 * the title stands in for it.
 */
export function ProductCard({
  facts,
  className,
  picture,
}: {
  facts: ProductFacts;
  className?: string;
  picture?: { bytes: Blob; width: number; height: number } | null;
}) {
  const { t } = useTranslation();
  const url = useBlobUrl(picture?.bytes);
  const title = facts.productTitle?.trim() || null;
  const price = priceOf(facts.price);
  return (
    <section
      className={['card product', className].filter(Boolean).join(' ')}
      aria-label={t('ui.product')}
      data-product-card=""
    >
      {picture && url ? (
        <img
          className="product__pic product__pic--img"
          src={url}
          width={picture.width}
          height={picture.height}
          alt={t('ui.productPicture')}
          data-field="picture"
        />
      ) : (
        <span className="product__pic" aria-hidden="true">
          {(title ?? '?').slice(0, 1).toUpperCase()}
        </span>
      )}
      <div className="product__body">
        <p className="product__title" data-field="title">
          {title ?? t('ui.productUnknown')}
        </p>
        {price && (
          <span className="product__price" data-field="price">
            {price}
          </span>
        )}
        <div className="product__meta">
          {facts.sellerName?.trim() && <span data-field="seller">{facts.sellerName}</span>}
          {facts.orderNumber?.trim() && (
            <span data-field="order">{t('popup.order', { number: facts.orderNumber })}</span>
          )}
        </div>
      </div>
    </section>
  );
}
