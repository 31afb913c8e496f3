/**
 * Page capture helpers for the Chromium e2e specs (page-capture.spec.ts, zero-network.spec.ts): a build
 * with Kaspi's CDN granted, the CDN served from fixtures, the way to the panel's proof step.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Frame } from '@playwright/test';
import { cdnFixture } from '../support/kaspi-cdn';
import { expect, extensionCopy } from './fixtures';

export const CDN = /^https:\/\/(resources|ks-static)\.cdn-kaspi\.kz\//;

/** A copy of the build whose manifest grants Kaspi's CDN at install (what the buyer's "Allow" grants). */
export function extensionWithCdnGranted(): string {
  const dir = extensionCopy();
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as {
    host_permissions: string[];
    optional_host_permissions?: string[];
  };
  manifest.host_permissions = [...manifest.host_permissions, ...(manifest.optional_host_permissions ?? [])];
  delete manifest.optional_host_permissions;
  writeFileSync(path, JSON.stringify(manifest));
  return dir;
}

/** Kaspi's CDN from fixtures, for the page and the extension alike; records who asked what. */
export async function serveCdn(context: BrowserContext, asked: { url: string; frame: string }[] = []) {
  await context.route(CDN, async (route) => {
    const request = route.request();
    let frame = 'worker';
    try {
      frame = request.frame().url();
    } catch {
      /* a service worker's request */
    }
    asked.push({ url: request.url(), frame });
    const answer = cdnFixture(request.url());
    if (!answer) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ status: 200, contentType: answer.contentType, body: answer.body });
  });
  return asked;
}

/** To the framed panel's proof step (the order number first, then the folded list of steps). */
export async function toProofStep(panel: Frame) {
  await expect(panel.locator('input[name="sellerName"]')).toHaveValue('Lux Auto');
  await panel.locator('input[name="orderNumber"]').fill('612345678');
  await panel.locator('.steps-all summary').click();
  await panel.getByRole('button', { name: /^5\. Доказательства/ }).click();
  await expect(panel.getByRole('button', { name: 'Сохранить снимок этой страницы' })).toBeVisible();
}
