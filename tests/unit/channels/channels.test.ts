import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../utils/cases/schema';
import {
  marksInUse,
  sourcedItems,
  unconfirmedMark,
  variantsAfterSteps,
  variantsBeforeSteps,
  allContacts,
  CHANNEL_ORDER,
  channelName,
  channelSteps,
  CHANNELS_INFO,
  getChannelInfo,
  hotlineContacts,
  isSafeContactHref,
  SOURCES,
  SUPPORT_REVIEW_TIMES,
  UNCONFIRMED_NOTE,
  type Localized,
} from '../../../utils/channels';
import { LANGUAGES } from '../../../utils/i18n/languages';
import { FACTS_CHECKED_ON } from '../../../utils/facts/sources';

function expectLocalized(value: Localized | Localized<readonly string[]>, where: string): void {
  for (const lang of LANGUAGES) {
    const v = value[lang];
    if (typeof v === 'string') expect(v.trim(), `${where} ${lang}`).not.toBe('');
    else {
      expect(v.length, `${where} ${lang}`).toBeGreaterThan(0);
      for (const line of v) expect(line.trim(), `${where} ${lang}`).not.toBe('');
    }
  }
  // Steps are translated one to one.
  if (typeof value.ru !== 'string') {
    const steps = value as Localized<readonly string[]>;
    expect(steps.kk.length, where).toBe(steps.ru.length);
    expect(steps.en.length, where).toBe(steps.ru.length);
  }
}

describe('CHANNELS_INFO', () => {
  it('has exactly the channels of the case schema, each under its own id', () => {
    expect(Object.keys(CHANNELS_INFO).sort()).toEqual([...CHANNELS].sort());
    expect([...CHANNEL_ORDER].sort()).toEqual([...CHANNELS].sort());
    for (const id of CHANNELS) expect(getChannelInfo(id).id).toBe(id);
  });

  it('has every buyer-facing text in Russian, Kazakh and English', () => {
    for (const id of CHANNELS) {
      const c = CHANNELS_INFO[id];
      expectLocalized(c.name, `${id} name`);
      expectLocalized(c.summary, `${id} summary`);
      expectLocalized(c.steps, `${id} steps`);
      for (const contact of c.contacts) expectLocalized(contact.label, `${id}/${contact.id} label`);
      for (const v of c.variants) {
        expectLocalized(v.name, `${id}/${v.id} name`);
        expectLocalized(v.steps, `${id}/${v.id} steps`);
      }
      for (const note of c.notes) expectLocalized(note.text, `${id}/${note.id} note`);
      for (const lang of LANGUAGES) {
        expect(channelName(id, lang)).toBe(c.name[lang]);
        expect(channelSteps(id, lang)).toBe(c.steps[lang]);
      }
    }
    expectLocalized(UNCONFIRMED_NOTE, 'unconfirmed note');
    expectLocalized(SUPPORT_REVIEW_TIMES.text, 'review times');
  });

  it('gives every channel, contact and variant a source', () => {
    const sources: readonly { title: string; url: string | null }[] = Object.values(SOURCES);
    for (const id of CHANNELS) {
      const c = CHANNELS_INFO[id];
      expect(sources).toContain(c.source);
      for (const contact of c.contacts) expect(sources).toContain(contact.source);
      for (const v of c.variants) expect(sources).toContain(v.source);
    }
    for (const s of sources) {
      expect(s.title.length).toBeGreaterThan(5);
      if (s.url !== null) expect(s.url).toMatch(/^https:\/\//);
    }
  });

  it('lists the hotline with 9999 first, then the guide numbers marked unconfirmed', () => {
    const numbers = hotlineContacts();
    expect(numbers.map((n) => n.value)).toEqual(['9999', '7111', '+7 727 311 00 00']);
    expect(numbers.map((n) => n.href)).toEqual(['tel:9999', 'tel:7111', 'tel:+77273110000']);
    expect(numbers.map((n) => n.confirmed)).toEqual([true, false, false]);
    expect(numbers[0]?.source).toBe(SOURCES.kaspiFooter);
    expect(numbers[1]?.source).toBe(SOURCES.seedGuide);
    expect(CHANNELS_INFO.hotline.steps.ru[0]).toContain('9999');
  });

  it('uses only tel:, mailto: and https: links', () => {
    const contacts = allContacts();
    expect(contacts.length).toBeGreaterThanOrEqual(6);
    for (const c of contacts) {
      expect(c.href).toMatch(/^(tel:|mailto:|https:)/);
      expect(isSafeContactHref(c.href), c.href).toBe(true);
    }
    expect(new Set(contacts.map((c) => c.id)).size).toBe(contacts.length);
    expect(isSafeContactHref('javascript:alert(1)')).toBe(false);
    expect(isSafeContactHref('http://kaspi.kz/')).toBe(false);
    expect(isSafeContactHref('tel:9999;ext=1')).toBe(false);
  });

  it('keeps the confirmed and the unconfirmed contacts apart', () => {
    const byHref = new Map(allContacts().map((c) => [c.href, c]));
    expect(byHref.get('mailto:support@kaspi.kz')?.confirmed).toBe(false);
    expect(byHref.get('https://t.me/kaspikz')?.confirmed).toBe(true);
    expect(byHref.get('https://eotinish.kz/')?.confirmed).toBe(true);
  });

  it('invents no Telegram bot handle', () => {
    const everything = JSON.stringify(CHANNELS_INFO);
    expect(everything).not.toMatch(/t\.me\/(?!kaspikz\b)/);
    expect(everything).not.toMatch(/@\w*bot\b/i);
    expect(CHANNELS_INFO.telegram.contacts.map((c) => c.href)).toEqual(['https://t.me/kaspikz']);
  });

  it("has Kaspi's own return flow in the app, from guide.kaspi.kz", () => {
    const ret = CHANNELS_INFO.app.variants.find((v) => v.id === 'app-return');
    expect(ret?.source.url).toBe('https://guide.kaspi.kz/client/kz/shop/returns/q16178');
    expect(ret?.confirmed).toBe(true);
    expect(ret?.steps.ru.join(' ')).toContain('Оформить возврат');
    expect(ret?.steps.ru.join(' ')).toContain('Заявки на возврат');
    expect(CHANNELS_INFO.app.steps.ru.join(' ')).toContain('Проблема с заказом');
  });

  it('describes the claim letter and the authority by the law', () => {
    const claim = CHANNELS_INFO['claim-letter'];
    expect(claim.source).toBe(SOURCES.law274);
    expect(claim.steps.ru.join(' ')).toMatch(/лично.*заказным письмом с уведомлением.*электронную почту/);
    expect(claim.steps.ru.join(' ')).toContain('10 календарных дней');
    const authority = CHANNELS_INFO.authority;
    // The departments sign as «Департамент торговли и защиты прав потребителей»; the appeal goes to one.
    expect(authority.summary.ru).toContain('Департамент торговли и защиты прав потребителей вашего региона');
    expect(authority.summary.ru).toContain('10 дней с её получения');
    expect(authority.contacts[0]?.href).toBe('https://eotinish.kz/');
    const court = authority.variants.find((v) => v.id === 'authority-court');
    expect(court?.source.url).toBe('https://gov.kz/situations/753');
  });

  it('gives every channel, contact, variant and note a source from the registry, with the day it was checked', () => {
    const registry: readonly unknown[] = Object.values(SOURCES);
    for (const id of CHANNELS) {
      const items = sourcedItems(CHANNELS_INFO[id]);
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        expect(registry, `${id}/${item.id}`).toContain(item.source);
        expect(item.source.checkedOn, `${id}/${item.id}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(item.source.checkedOn <= FACTS_CHECKED_ON).toBe(true);
        // Nothing resting only on the seed guide, or on what we could not confirm, is shown as confirmed.
        if (item.source.status === 'seed-guide' || item.source.status === 'unconfirmed')
          expect(item.confirmed, `${id}/${item.id}`).toBe(false);
      }
    }
    expect(SUPPORT_REVIEW_TIMES.source.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("shows Kaspi's confirmed return flow before the guide's app steps, with its source", () => {
    const app = CHANNELS_INFO.app;
    const first = variantsBeforeSteps(app);
    expect(first.map((v) => v.id)).toEqual(['app-return']);
    expect(first[0]?.source).toBe(SOURCES.kaspiReturns);
    expect(first[0]?.source.status).toBe('kaspi');
    expect(first[0]?.steps.ru.join(' ')).toMatch(
      /Магазин → «Мои заказы».*«Оформить возврат».*«Заявки на возврат»/,
    );
    // The guide's own steps stay, marked as the guide's.
    expect(app.source).toBe(SOURCES.seedGuide);
    expect(unconfirmedMark(app)).toBe('guide');
    expect(variantsAfterSteps(app)).toEqual([]);
    // What happens after the seller decides, from q16179.
    const outcome = app.notes.find((n) => n.id === 'app-return-outcome');
    expect(outcome?.source).toBe(SOURCES.kaspiReturnOutcome);
    expect(outcome?.text.ru).toContain('в течение часа');
    expect(outcome?.text.ru).toContain('причиной отказа');
  });

  it('does not assert what could not be confirmed: the January 2026 returns change and the court fee', () => {
    const change = CHANNELS_INFO.app.notes.find((n) => n.id === 'app-returns-2026');
    expect(change?.confirmed).toBe(false);
    expect(change?.source).toBe(SOURCES.kaspiReturnsChange2026);
    for (const lang of LANGUAGES)
      expect(change?.text[lang]).toMatch(/подтвердить|растау|could not be confirmed/);

    const court = CHANNELS_INFO.authority.variants.find((v) => v.id === 'authority-court');
    expect(court?.confirmed).toBe(false);
    expect(unconfirmedMark(court!)).toBe('unverified');
    expect(variantsAfterSteps(CHANNELS_INFO.authority)).toContain(court);
    expect(court?.steps.ru.join(' ')).toContain('Не удалось подтвердить');
    expect(court?.steps.ru.join(' ')).toContain('1 января 2026');
    const everything = JSON.stringify(CHANNELS_INFO);
    expect(everything).not.toContain('пошлина не взимается');
    expect(everything).not.toContain('мемлекеттік баж алынбайды');
    expect(everything).not.toContain('There is no court fee');
  });

  it('marks unconfirmed items for one footnote per screen', () => {
    expect(unconfirmedMark({ source: SOURCES.kaspiFooter, confirmed: true })).toBeNull();
    expect(unconfirmedMark({ source: SOURCES.seedGuide, confirmed: false })).toBe('guide');
    expect(unconfirmedMark({ source: SOURCES.govCourt, confirmed: false })).toBe('unverified');
    expect(marksInUse()).toEqual(['guide', 'unverified']);
    expect(marksInUse(['hotline'])).toEqual(['guide']);
  });
});
