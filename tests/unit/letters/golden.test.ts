import { describe, expect, it } from 'vitest';
import { remediesFor } from '../../../utils/cases/problems';
import { PROBLEM_KINDS } from '../../../utils/cases/schema';
import { LANGUAGES } from '../../../utils/i18n/languages';
import { buildEmailSubject, buildText, TEXT_KINDS } from '../../../utils/letters';
import { completeInput } from './fixtures';

/**
 * Golden files: every problem × remedy pair of the table (utils/cases/problems.ts) × language × text
 * kind from a complete input; no other combination is built.
 * After a deliberate wording change: `npx vitest run tests/unit/letters -u`, then read the diff.
 */
describe('golden texts', () => {
  for (const kind of TEXT_KINDS) {
    for (const lang of LANGUAGES) {
      for (const problem of PROBLEM_KINDS) {
        for (const remedy of remediesFor(problem)) {
          it(`${kind} / ${lang} / ${problem} / ${remedy}`, async () => {
            const input = completeInput(problem, remedy, lang);
            const body = buildText(kind, input, lang);
            const text =
              kind === 'email' ? `Subject: ${buildEmailSubject(input, lang)}\n\n${body}\n` : `${body}\n`;
            await expect(text).toMatchFileSnapshot(`./__golden__/${kind}/${lang}/${problem}--${remedy}.txt`);
          });
        }
      }
    }
  }

  // The appeal after a refusal (no Art. 42-4 check asked; the refusal attached), one per language.
  for (const lang of LANGUAGES) {
    it(`authority-appeal / ${lang} / refused`, async () => {
      const input = { ...completeInput('return-refused', 'refund', lang), sellerAnswer: 'refused' as const };
      await expect(`${buildText('authority-appeal', input, lang)}\n`).toMatchFileSnapshot(
        `./__golden__/authority-appeal/${lang}/return-refused--refund--seller-refused.txt`,
      );
    });
  }
});
