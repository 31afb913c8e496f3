import { describe, expect, it } from 'vitest';
import { createI18n, oneFullStopIn, LANGUAGES } from '@/utils/i18n';
import { RESOURCES } from '@/utils/i18n/all';
import { formatDate } from '@/utils/letters/format';

function flatten(obj: object, prefix = ''): [string, string][] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'string' ? [[prefix + k, v] as [string, string]] : flatten(v as object, `${prefix}${k}.`),
  );
}
const DOUBLE = /(?<!\.)\.\.(?!\.)/;

describe('one full stop after an abbreviation', () => {
  it('collapses a doubled stop and keeps an ellipsis', () => {
    expect(oneFullStopIn('создана 1 декабря 2026 г.. Продолжить её?')).toBe(
      'создана 1 декабря 2026 г. Продолжить её?',
    );
    expect(oneFullStopIn('Загрузка...')).toBe('Загрузка...');
    expect(oneFullStopIn('до 5 дек. 2026 г.')).toBe('до 5 дек. 2026 г.');
  });

  it.each(LANGUAGES)(
    'no %s template reads "г.." with a date (or any value ending in a stop) in it',
    async (lang) => {
      const i18n = await createI18n(lang);
      const date = formatDate('2026-12-01', lang);
      const bad: string[] = [];
      for (const [key, template] of flatten(RESOURCES[lang])) {
        const vars = Object.fromEntries([...template.matchAll(/\{\{(\w+)/g)].map(([, name]) => [name, date]));
        const out = String(i18n.t(key, { ...vars, count: 2 }));
        if (DOUBLE.test(out)) bad.push(`${key}: ${out}`);
      }
      expect(bad).toEqual([]);
      if (lang === 'ru') expect(date.endsWith('г.')).toBe(true); // the case this guards
    },
  );
});
