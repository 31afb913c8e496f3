import { z } from 'zod';
import { cleanText } from './kaspi/clean-text';

/** Strips C0/C1 control characters (keeps \n and \t), trims, bounds the length. Zod-free: lives in utils/kaspi. */
export { cleanText };

/** Text from an untrusted source: control characters removed, at most `max` characters, not empty. */
export const boundedText = (max: number) =>
  z
    .string()
    .transform((s) => cleanText(s, max))
    .pipe(z.string().min(1).max(max));

/** Free text that may be empty (descriptions, notes). */
export const freeText = (max: number) =>
  z
    .string()
    .transform((s) => cleanText(s, max))
    .pipe(z.string().max(max));

/** A calendar date 'YYYY-MM-DD' that exists. */
export const isoDate = z.iso.date();

/** An https URL on kaspi.kz (or a subdomain). */
export const kaspiUrl = z.url({ protocol: /^https$/, hostname: /^(?:[a-z0-9-]+\.)*kaspi\.kz$/ }).max(2000);

/** Milliseconds since the epoch, within a sane range (2000–2100). */
export const epochMs = z.number().int().min(946_684_800_000).max(4_102_444_800_000);
