import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';
import { ROOT } from '../../support/kaspi-fixtures';

const LANGS = ['ru', 'kk', 'en'] as const;
/** The sections of docs/store/<lang>.md, in order: name, short description, full description, single purpose, permissions, screenshots. */
const SECTIONS = {
  ru: [
    'Название',
    'Краткое описание',
    'Полное описание',
    'Единственное назначение',
    'Обоснование разрешений',
    'Скриншоты',
  ],
  kk: [
    'Атауы',
    'Қысқаша сипаттама',
    'Толық сипаттама',
    'Жалғыз мақсаты',
    'Рұқсаттардың негіздемесі',
    'Скриншоттар',
  ],
  en: [
    'Name',
    'Short description',
    'Full description',
    'Single purpose',
    'Permission justifications',
    'Screenshots',
  ],
} as const;

/** `## heading` → its text (HTML comments left out). */
function sections(markdown: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of markdown.split(/^## /m).slice(1)) {
    const [heading, ...body] = part.split('\n');
    out.set(
      heading!.trim(),
      body
        .join('\n')
        .replace(/<!--[\s\S]*?-->/g, '')
        .trim(),
    );
  }
  return out;
}

/** The permissions, host permissions and optional host permissions of the manifest, as wxt.config.ts declares them for Chrome. */
function manifestPermissions(): string[] {
  const manifest = (
    config.manifest as (env: object) => {
      permissions?: string[];
      host_permissions?: string[];
      optional_host_permissions?: string[];
    }
  )({
    browser: 'chrome',
    manifestVersion: 3,
    mode: 'production',
    command: 'build',
  });
  return [
    ...(manifest.permissions ?? []),
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
  ];
}

const messages = (lang: string) =>
  JSON.parse(readFileSync(join(ROOT, 'public', '_locales', lang, 'messages.json'), 'utf8')) as Record<
    string,
    { message: string }
  >;

describe.each(LANGS)('store listing, %s (docs/store)', (lang) => {
  const text = readFileSync(join(ROOT, 'docs', 'store', `${lang}.md`), 'utf8');
  const parts = sections(text);
  const [name, short, full, purpose, permissions, screenshots] = SECTIONS[lang];

  it('has every section a store asks for', () => {
    expect([...parts.keys()].filter((h) => (SECTIONS[lang] as readonly string[]).includes(h))).toEqual(
      SECTIONS[lang],
    );
    for (const heading of SECTIONS[lang]) expect(parts.get(heading), heading).not.toBe('');
  });

  it("name and short description are the manifest's, within Chrome's limits (75 and 132 characters)", () => {
    expect(parts.get(name)).toBe(messages(lang).extName!.message);
    expect(parts.get(short)).toBe(messages(lang).extDescription!.message);
    expect(parts.get(name)!.length).toBeLessThanOrEqual(75);
    expect(parts.get(short)!.length).toBeLessThanOrEqual(132);
  });

  it('justifies every permission of the manifest, and says there is no remote code', () => {
    const section = parts.get(permissions)!;
    const declared = manifestPermissions();
    expect(declared).toEqual(
      expect.arrayContaining(['https://kaspi.kz/*', 'storage', 'alarms', 'notifications']),
    );
    // A permission added to the manifest needs its justification here (and in PRIVACY.md).
    for (const permission of declared) expect(section, permission).toContain(permission);
    expect(section).toContain("script-src 'self'");
    expect(parts.get(full)!.length).toBeGreaterThan(500);
    expect(parts.get(purpose)!.length).toBeLessThan(400);
  });

  it('refers to screenshots that exist; the Chrome Web Store set: 1 to 5 pictures, exactly 1280 × 800', () => {
    const listed = parts.get(screenshots)!;
    // The store set is the numbered list (docs/store/screenshots/); the rest are in docs/screenshots/.
    const store = [...listed.matchAll(/^\d+\. `([\w-]+\.png)`/gm)].map((m) => m[1]!);
    const more = [...listed.matchAll(/^- `([\w-]+\.png)`/gm)].map((m) => m[1]!);
    expect(store.length).toBeGreaterThanOrEqual(1);
    expect(store.length).toBeLessThanOrEqual(5);
    for (const file of store) {
      expect(file.startsWith(`${lang}-`), file).toBe(true);
      const png = readFileSync(join(ROOT, 'docs', 'store', 'screenshots', file));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([1280, 800]);
    }
    for (const file of more) expect(existsSync(join(ROOT, 'docs', 'screenshots', file)), file).toBe(true);
  });
});

describe('Kazakh store texts', () => {
  it('glue no suffix to a number or a name (kaspi.kz, Kaspi, Shagym)', () => {
    const prose = [
      readFileSync(join(ROOT, 'docs', 'store', 'kk.md'), 'utf8').replace(/`[^`]*`/g, ''),
      messages('kk').extName!.message,
      messages('kk').extDescription!.message,
    ].join('\n');
    expect(prose.match(/\d[-‑]?[а-яәғқңөұүһі]+/giu) ?? []).toEqual([]);
    expect(prose.match(/(kaspi\.kz|Kaspi|Shagym)[-‑'’]?[а-яәғқңөұүһі]/giu) ?? []).toEqual([]);
  });
});

describe('PRIVACY.md', () => {
  const privacy = readFileSync(join(ROOT, 'PRIVACY.md'), 'utf8');

  it('explains every permission of the manifest, what is stored and how to delete it', () => {
    for (const permission of manifestPermissions()) expect(privacy, permission).toContain(permission);
    for (const heading of [
      'What is kept, where, and for how long',
      'Permissions, and why each one',
      'How to delete',
    ])
      expect(privacy).toContain(`## ${heading}`);
    expect(privacy).toContain('no network requests of its own');
  });
});
