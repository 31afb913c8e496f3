import { sentChannels } from '../cases/create';
import type { Case, Channel } from '../cases/schema';
import { CHANNEL_ROLES, DEADLINE_RULES, deadlineLabel } from '../deadlines/rules';
import type { Lang } from '../i18n/languages';
import { SUPPORT_REVIEW_TIMES } from './channels';
import type { Source } from './sources';

/**
 * The channel to show first, open: where this case goes next. Kaspi first (its own return flow in the
 * app, confirmed by Kaspi; the hotline for fraud, where a call reaches Kaspi at once), then the written
 * claim to the seller once Kaspi has the complaint, then the authority once the claim is sent. A
 * product choice, not a legal fact: every channel stays one tap away.
 */
export function recommendedChannel(c: Pick<Case, 'problem' | 'timeline'>): Channel {
  const sent = sentChannels(c);
  if (sent.includes('claim-letter') || sent.includes('authority')) return 'authority';
  if (sent.some((ch) => CHANNEL_ROLES[ch].awaits === 'kaspi')) return 'claim-letter';
  return c.problem === 'fraud' ? 'hotline' : 'app';
}

/**
 * How long an answer takes through a channel, as one line, with its source: Kaspi support's usual
 * time (as the guide gives it: unconfirmed), the seller's 10 days for a claim (the law); null when no
 * source says.
 */
export function answerTimeOf(
  channel: Channel,
  lang: Lang,
): { text: string; source: Source; confirmed: boolean } | null {
  const awaits = CHANNEL_ROLES[channel].awaits;
  if (awaits === 'kaspi')
    return {
      text: SUPPORT_REVIEW_TIMES.text[lang][0]!,
      source: SUPPORT_REVIEW_TIMES.source,
      confirmed: SUPPORT_REVIEW_TIMES.confirmed,
    };
  if (awaits === 'seller')
    return {
      text: deadlineLabel('seller-claim-answer', lang),
      source: DEADLINE_RULES['seller-claim-answer'].source,
      confirmed: true,
    };
  return null;
}
