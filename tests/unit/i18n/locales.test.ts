import { describe, expect, it } from 'vitest';
import { createI18n } from '@/utils/i18n';
import { RESOURCES } from '@/utils/i18n/all';
import { initialLang } from '@/utils/i18n/languages';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'string' ? [prefix + k] : keys(v as object, `${prefix}${k}.`),
  );
}

describe('i18n', () => {
  it('Kazakh and English have exactly the Russian keys, none empty', () => {
    const ru = keys(RESOURCES.ru).sort();
    expect(keys(RESOURCES.kk).sort()).toEqual(ru);
    expect(keys(RESOURCES.en).sort()).toEqual(ru);
    for (const lang of ['ru', 'kk', 'en'] as const) {
      for (const key of ru) {
        const value = key
          .split('.')
          .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], RESOURCES[lang]);
        expect(value, `${lang}:${key}`).not.toBe('');
      }
    }
  });

  it('uses Russian plural forms', async () => {
    const i18n = await createI18n('ru');
    expect(i18n.t('time.inDays', { count: 1 })).toBe('через 1 день');
    expect(i18n.t('time.inDays', { count: 3 })).toBe('через 3 дня');
    expect(i18n.t('time.inDays', { count: 5 })).toBe('через 5 дней');
    expect(i18n.t('time.inDays', { count: 21 })).toBe('через 21 день');
    expect(i18n.t('time.inDays', { count: 11 })).toBe('через 11 дней');
  });

  it('speaks Kazakh and English', async () => {
    expect((await createI18n('kk')).t('launcher.open')).toBe('Шағым дайындау');
    expect((await createI18n('kk')).t('time.inDays', { count: 3 })).toBe('3 күннен кейін');
    expect((await createI18n('en')).t('time.inDays', { count: 1 })).toBe('in 1 day');
    expect((await createI18n('en')).t('time.inDays', { count: 2 })).toBe('in 2 days');
  });

  it('starts in Russian unless the browser speaks Kazakh', () => {
    expect(initialLang(undefined)).toBe('ru');
    expect(initialLang('en-US')).toBe('ru');
    expect(initialLang('kk')).toBe('kk');
    expect(initialLang('kk-KZ')).toBe('kk');
  });
});
