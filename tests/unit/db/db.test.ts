import { beforeEach, describe, expect, it, vi } from 'vitest';
import { newCase } from '@/utils/cases/create';
import { ShagymDb, getCase, listCases, parseRows, putCase } from '@/utils/db';
import { caseSchema } from '@/utils/cases/schema';

let database: ShagymDb;
beforeEach(async () => {
  database = new ShagymDb(`test-${crypto.randomUUID()}`);
  await database.open();
});

const order = {
  orderNumber: '612345678',
  productCode: '121207970',
  productTitle: 'Рашгард черный',
  productUrl: 'https://kaspi.kz/shop/p/rashgard-635798142-chernyi-xl-121207970/',
  sellerName: 'ShoрKZ',
  merchantId: '30079314',
  price: 2810,
  orderDate: '2026-11-10',
  receivedDate: '2026-11-15',
};

describe('cases in IndexedDB', () => {
  it('writes a validated case and reads it back', async () => {
    const c = newCase(
      { order, problem: 'poor-quality', remedy: 'refund', description: 'Шов разошёлся' },
      1_790_000_000_000,
    );
    await putCase(c, database);
    const back = await getCase(c.id, database);
    expect(back).toMatchObject({ id: c.id, status: 'open', order, buyer: null, schemaVersion: 1 });
    expect(back?.timeline).toHaveLength(1);
  });

  it('refuses to write an invalid case with a readable error', async () => {
    const c = newCase(
      { order: { ...order, orderNumber: '12' }, problem: null, remedy: null, description: '' },
      1_790_000_000_000,
    );
    await expect(putCase(c, database)).rejects.toThrow(/order number: 9–10 digits/);
    expect(await database.cases.count()).toBe(0);
  });

  it('skips and reports a bad row instead of crashing', async () => {
    const good = newCase({ order, problem: null, remedy: null, description: '' }, 1_790_000_000_000);
    await putCase(good, database);
    await database.cases.put({ id: 'not-a-uuid', order: { orderNumber: '<script>' } } as never);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const listed = await listCases(database);
    expect(listed.map((c) => c.id)).toEqual([good.id]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('skipped a bad row in cases (id not-a-uuid)'));
    warn.mockRestore();
  });

  it('parseRows hands each bad row to the reporter', () => {
    const bad: unknown[] = [];
    const rows = parseRows('cases', [null, 42, { id: 'x' }], caseSchema, (b) => bad.push(b.id));
    expect(rows).toEqual([]);
    expect(bad).toEqual([undefined, undefined, 'x']);
  });
});
