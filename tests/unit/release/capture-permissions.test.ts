import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';

type Manifest = {
  permissions?: string[];
  host_permissions?: string[];
  commands?: Record<string, { suggested_key?: { default?: string } }>;
};
const manifestFor = (browser: 'chrome' | 'firefox'): Manifest =>
  (config.manifest as (env: object) => Manifest)({
    browser,
    manifestVersion: 3,
    mode: 'production',
    command: 'build',
  });

/**
 * Screenshots (issue 11) need the page's pixels: the shipped extension gets them from the buyer's click
 * (`activeTab`), never from access to every site. Only the test build (SHAGYM_CAPTURE_TEST=1, its own
 * output folder) holds `<all_urls>`, standing in for that click.
 */
describe.each(['chrome', 'firefox'] as const)('the shipped %s manifest', (browser) => {
  it('asks for activeTab and contextMenus, and never for <all_urls> or other hosts', () => {
    expect(process.env.SHAGYM_CAPTURE_TEST).not.toBe('1');
    const m = manifestFor(browser);
    expect(m.permissions).toEqual(expect.arrayContaining(['activeTab', 'contextMenus']));
    expect(m.host_permissions).toEqual(['https://kaspi.kz/*']);
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
    expect(JSON.stringify(m)).not.toMatch(/"\*:\/\/\*\/\*"|"https:\/\/\*\/\*"/);
  });
  it('has a keyboard shortcut that opens the popup (granting activeTab like a click)', () => {
    expect(manifestFor(browser).commands?._execute_action?.suggested_key?.default).toBe('Alt+Shift+K');
  });
});
