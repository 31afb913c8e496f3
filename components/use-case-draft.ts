import { useCallback, useEffect, useRef, useState } from 'react';
import { draftFromFacts, factsFromDraft, type OrderDraft } from './order-facts-form';
import { newCase } from '@/utils/cases/create';
import { EMPTY_ORDER, caseSchema, orderFactsSchema, type Case, type OrderFacts } from '@/utils/cases/schema';
import { mergeCase } from '@/utils/cases/merge';
import { saveCase } from '@/utils/cases/store';
import { getCase } from '@/utils/db';
import { errorText } from './error-text';
import { epochMs } from '@/utils/validation';

export type FieldErrors = Partial<Record<keyof OrderFacts, string>>;

/** Order facts from the form: each field validated alone, so one bad field never loses the others. */
/** The error of a received date before the order date (shown in the buyer's language by the form). */
export const RECEIVED_BEFORE_ORDER = 'received-before-order';

export function orderFromDraft(draft: OrderDraft): { order: OrderFacts; errors: FieldErrors } {
  const raw = factsFromDraft(draft);
  const order = {} as Record<keyof OrderFacts, unknown>;
  const errors: FieldErrors = {};
  for (const key of Object.keys(raw) as (keyof OrderFacts)[]) {
    const parsed = orderFactsSchema.shape[key].safeParse(raw[key]);
    if (parsed.success) order[key] = parsed.data;
    else {
      order[key] = null;
      errors[key] = parsed.error.issues[0]?.message ?? 'invalid';
    }
  }
  // A received date before the order date is impossible: not saved, and the field says why.
  const { orderDate, receivedDate } = order as OrderFacts;
  if (orderDate && receivedDate && receivedDate < orderDate) {
    order.receivedDate = null;
    errors.receivedDate = RECEIVED_BEFORE_ORDER;
  }
  return { order: order as OrderFacts, errors };
}

export type StartError = { kind: 'clock'; now: number } | { kind: 'failed'; message: string };

/**
 * The case the panel starts with: the saved one (?case=<id>) or a new draft. Never rejects: a clock set
 * before 2000 (every new case would fail the schema's time window) or a failed read is returned as an
 * error for the panel to show, instead of leaving it loading.
 */
export async function startCase(
  resumeId: string | null,
  now: number = Date.now(),
  read: (id: string) => Promise<Case | null> = getCase,
): Promise<{ ok: true; kase: Case; resumed: boolean } | { ok: false; error: StartError }> {
  if (!resumeId) return startNewCase(now);
  if (!epochMs.safeParse(now).success) return { ok: false, error: { kind: 'clock', now } };
  try {
    const resumed = await read(resumeId);
    return resumed ? { ok: true, kase: resumed, resumed: true } : startNewCase(now);
  } catch (error) {
    return { ok: false, error: { kind: 'failed', message: errorText(error) } };
  }
}

/** A new draft, made at once (nothing to read): what `startCase` gives without a case to continue. */
export function startNewCase(
  now: number = Date.now(),
): { ok: true; kase: Case; resumed: false } | { ok: false; error: StartError } {
  if (!epochMs.safeParse(now).success) return { ok: false, error: { kind: 'clock', now } };
  try {
    const kase = caseSchema.parse(
      newCase({ order: EMPTY_ORDER, problem: null, remedy: null, description: '', status: 'draft' }, now),
    );
    return { ok: true, kase, resumed: false };
  } catch (error) {
    return { ok: false, error: { kind: 'failed', message: errorText(error) } };
  }
}

/**
 * The case being prepared in the panel. Nothing is written until the buyer changes something; from
 * then on every change is saved (debounced) as a draft, so closing the panel or the tab loses nothing.
 */
export function useCaseDraft(resumeId: string | null, prefilled: OrderDraft | null = null) {
  // A new draft is made at once, so the panel's first render is already its form (prefilled with the
  // page's facts when they have come); a saved case is read in the effect below.
  const [started] = useState(() => (resumeId ? null : startNewCase()));
  const [kase, setKase] = useState<Case | null>(() => (started?.ok ? started.kase : null));
  const [orderDraft, setOrderDraftState] = useState<OrderDraft>(
    () => (started?.ok ? prefilled : null) ?? draftFromFacts(null),
  );
  const [errors, setErrors] = useState<FieldErrors>(() =>
    started?.ok && prefilled ? orderFromDraft(prefilled).errors : {},
  );
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  /** The case could not be started or read: shown instead of "Loading…" forever. */
  const [loadError, setLoadError] = useState<StartError | null>(() =>
    started && !started.ok ? started.error : null,
  );
  /** When the last save merged changes made elsewhere (another panel or tab, an import). */
  const [mergedAt, setMergedAt] = useState<number | null>(null);
  const dirty = useRef(false);
  const latest = useRef<{ kase: Case | null; orderDraft: OrderDraft }>({ kase, orderDraft });
  /** The case as stored when this editor last read or wrote it: saveCase's base (null: never stored). */
  const base = useRef<Case | null>(null);
  /** Saves run one after another, so that one save never takes the previous one for a change elsewhere. */
  const saving = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    // The draft made at first render stays until the buyer continues a saved case.
    if (!resumeId && latest.current.kase) return;
    let alive = true;
    void startCase(resumeId).then((started) => {
      if (!alive) return;
      if (!started.ok) {
        setLoadError(started.error);
        return;
      }
      const start = started.kase;
      base.current = started.resumed ? start : null;
      latest.current = { kase: start, orderDraft: draftFromFacts(start.order) };
      setKase(start);
      setOrderDraftState(draftFromFacts(start.order));
    });
    return () => {
      alive = false;
    };
  }, [resumeId]);

  const persistOnce = useCallback(async () => {
    const { kase: current, orderDraft: od } = latest.current;
    if (!current || !dirty.current) return;
    const { order, errors: fieldErrors } = orderFromDraft(od);
    setErrors(fieldErrors);
    const candidate: Case = { ...current, order, updatedAt: Date.now() };
    try {
      const result = await saveCase(candidate, base.current);
      base.current = result.case;
      if (result.merged) {
        // Adopt the merge, keeping what the buyer changed while it was being written.
        const now = latest.current;
        const kase = now.kase
          ? mergeCase(candidate, { ...now.kase, order }, result.case).merged
          : result.case;
        const fromStored = draftFromFacts(result.case.order);
        const sent = draftFromFacts(order);
        const nextDraft = { ...now.orderDraft };
        for (const key of Object.keys(nextDraft) as (keyof OrderDraft)[]) {
          // A field changed elsewhere, that the buyer has not typed into since: shown as stored.
          if (fromStored[key] !== sent[key] && now.orderDraft[key] === od[key])
            nextDraft[key] = fromStored[key];
        }
        latest.current = { kase, orderDraft: nextDraft };
        setKase(kase);
        setOrderDraftState(nextDraft);
        setErrors(orderFromDraft(nextDraft).errors);
        setMergedAt(Date.now());
      }
      setSavedAt(Date.now());
      setSaveError(null);
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : String(error));
    }
  }, []);

  const persist = useCallback(() => {
    const run = saving.current.then(persistOnce);
    saving.current = run;
    return run;
  }, [persistOnce]);

  // Debounced autosave.
  const timer = useRef<number | undefined>(undefined);
  const schedule = useCallback(() => {
    dirty.current = true;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      timer.current = undefined;
      void persist();
    }, 400);
  }, [persist]);
  // Save at once when the panel or tab goes away (or is hidden: a closed tab may get no later chance).
  // Not queued behind a save in flight: the write must start in this task, before the page is torn
  // down; two saves of this editor at once merge like any two writers (utils/cases/merge.ts).
  useEffect(() => {
    const flush = () => {
      if (timer.current === undefined) return;
      window.clearTimeout(timer.current);
      timer.current = undefined;
      const run = persistOnce();
      saving.current = saving.current.then(() => run);
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [persistOnce]);

  const update = useCallback(
    (change: Partial<Case> | ((c: Case) => Case)) => {
      // Applied to the latest value at once (not inside a state updater, which React runs later), so a
      // save right after an update writes it.
      const prev = latest.current.kase;
      if (!prev) return;
      const next = typeof change === 'function' ? change(prev) : { ...prev, ...change };
      latest.current = { ...latest.current, kase: next };
      setKase(next);
      schedule();
    },
    [schedule],
  );

  const setOrderDraft = useCallback(
    (next: OrderDraft) => {
      latest.current = { ...latest.current, orderDraft: next };
      setOrderDraftState(next);
      setErrors(orderFromDraft(next).errors);
      schedule();
    },
    [schedule],
  );

  /** A change already saved elsewhere (the case page, in another tab): taken in without saving it again. */
  const adopt = useCallback((change: (c: Case) => Case) => {
    const prev = latest.current.kase;
    if (!prev) return;
    const next = change(prev);
    latest.current = { ...latest.current, kase: next };
    setKase(next);
  }, []);

  /** Facts from the page: shown for the buyer to check; saved with the buyer's first change. */
  const prefill = useCallback((next: OrderDraft) => {
    latest.current = { ...latest.current, orderDraft: next };
    setOrderDraftState(next);
    setErrors(orderFromDraft(next).errors);
  }, []);

  /** Writes now (e.g. before "I sent it" or leaving the last step). */
  const saveNow = useCallback(async () => {
    dirty.current = true;
    window.clearTimeout(timer.current);
    timer.current = undefined;
    await persist();
  }, [persist]);

  /** The case as it is now, with the order facts from the form. */
  const current: Case | null = kase ? { ...kase, order: orderFromDraft(orderDraft).order } : null;

  return {
    kase: current,
    orderDraft,
    setOrderDraft,
    errors,
    update,
    saveNow,
    savedAt,
    mergedAt,
    saveError,
    loadError,
    prefill,
    adopt,
  };
}
