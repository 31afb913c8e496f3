import { describe, expect, it } from 'vitest';
import { createI18n, createI18nNow, switchLanguage } from '@/utils/i18n';
import { RESOURCES } from '@/utils/i18n/all';
import { loadResources, resourcesNow } from '@/utils/i18n/resources';

/** Pages load one language's texts, not three (issue 13: the panel's first step); others on a switch. */
describe('i18n resources, one language at a time', () => {
  it('has Russian at once; Kazakh and English only once loaded', async () => {
    expect(resourcesNow('ru')).toBe(RESOURCES.ru);
    expect(resourcesNow('kk')).toBeNull();
    expect(createI18nNow('kk')).toBeNull();
    expect(createI18nNow('ru')?.t('wizard.next')).toBe(RESOURCES.ru.wizard.next);
    expect(await loadResources('kk')).toEqual(RESOURCES.kk);
    expect(createI18nNow('kk')?.t('wizard.next')).toBe(RESOURCES.kk.wizard.next);
  });

  it('switches a Russian instance to English, loading the texts first', async () => {
    const i18n = createI18nNow('ru')!;
    await switchLanguage(i18n, 'en');
    expect(i18n.language).toBe('en');
    expect(i18n.t('wizard.next')).toBe(RESOURCES.en.wizard.next);
    await switchLanguage(i18n, 'ru');
    expect(i18n.t('wizard.next')).toBe(RESOURCES.ru.wizard.next);
  });

  it('createI18n loads what it needs', async () => {
    const i18n = await createI18n('en');
    expect(i18n.t('wizard.next')).toBe(RESOURCES.en.wizard.next);
  });
});
