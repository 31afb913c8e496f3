/**
 * A saved case as the app writes it (validated by the app's own schema), for end-to-end tests that
 * seed the database directly: Рашгард from a real kaspi.kz page, unless `over` says otherwise.
 */
import { caseSchema, type Case, type CaseInput } from '../../utils/cases/schema';

export function seededCase(
  over: Partial<Omit<CaseInput, 'order'>> & { order?: Partial<CaseInput['order']> } = {},
): Case {
  const now = Date.now();
  const { order, ...rest } = over;
  return caseSchema.parse({
    id: crypto.randomUUID(),
    problem: 'poor-quality',
    remedy: 'refund',
    status: 'open',
    timeline: [],
    createdAt: now - 86_400_000,
    updatedAt: now - 86_400_000,
    ...rest,
    order: {
      orderNumber: '612345678',
      productCode: '121207970',
      productTitle: 'Рашгард черный',
      productUrl: 'https://kaspi.kz/shop/p/rashgard-635798142-chernyi-xl-121207970/',
      sellerName: 'ShoрKZ',
      merchantId: '30079314',
      price: 2810,
      orderDate: '2026-11-10',
      receivedDate: '2026-11-15',
      ...order,
    },
  });
}
