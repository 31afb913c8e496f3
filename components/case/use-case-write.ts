import { useCallback, useState } from 'react';
import type { Case } from '@/utils/cases/schema';
import { saveCase } from '@/utils/cases/store';
import { errorText } from '../error-text';

/**
 * Writes a lifecycle step of the case shown (the stored case is the base: a change made elsewhere in
 * the meantime is merged, utils/cases/merge.ts). Through the one door, saveCase; errors are shown.
 */
export function useCaseWrite(kase: Case) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const write = useCallback(
    async (change: (c: Case) => Case): Promise<boolean> => {
      setBusy(true);
      try {
        await saveCase(change(kase), kase);
        setError(null);
        return true;
      } catch (e) {
        setError(errorText(e));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [kase],
  );
  return { write, error, busy };
}
