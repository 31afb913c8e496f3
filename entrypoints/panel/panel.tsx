import {
  Suspense,
  createElement,
  lazy,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentType,
} from 'react';
import { useTranslation } from 'react-i18next';
import { CaseBoundary } from '@/components/case-boundary';
import { LanguageSwitcher } from '@/components/language-switcher';
import { ProductCard } from '@/components/product-card';
import { BackToList } from '@/components/back-to-list';
import { AppHeader, Button, Stepper } from '@/components/ui';
import { stepDone } from '@/utils/cases/progress';
import { draftFromFacts, fieldErrorText } from '@/components/order-facts-form';
import { useLang } from '@/components/use-lang';
import type { MissingField } from '@/utils/letters';
import { markPrepared } from '@/utils/cases/create';
import { withProblem } from '@/utils/cases/problems';
import type { OrderFacts } from '@/utils/cases/schema';
import { send } from '@/utils/messaging/client';
import { pageFactsSchema, type PageFactsPayload } from '@/utils/messaging/protocol';
import { ORDER_STEP_FIELDS, OrderStep } from './steps/order-step';
import { STORY_STEP_FIELDS, StoryStep } from './steps/story-step';
import { useCaseDraft } from '@/components/use-case-draft';
import { ContinueCase, useCaseForPage } from './continue-case';

import { KASPI_ORIGIN, inFrame, useFrameGuard } from './frame-guard';
import { panelStart } from './start';
import { useLiveQuery } from 'dexie-react-hooks';
import { getCase } from '@/utils/db';

/**
 * A step whose code loads when it is first needed. Once loaded (by `preload`, which the panel calls in
 * an idle moment after its first step paints, and before it moves to the step) it renders at once;
 * otherwise through React.lazy, inside the panel's Suspense.
 */
function lazyStep<P extends object>(load: () => Promise<ComponentType<P>>) {
  let Loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (pending ??= load().then(
      (C) => (Loaded = C),
      (error: unknown) => {
        pending = null; // tried again on the next use
        throw error;
      },
    ));
  const Lazy = lazy(() => preload().then((C) => ({ default: C })));
  function Step(props: P) {
    return Loaded ? createElement(Loaded, props) : createElement(Lazy, props);
  }
  return Object.assign(Step, { preload });
}

/**
 * The first step (and the small story step, whose fields the form checks) come with the panel; the other
 * steps load when needed, so the panel's first screen carries none of the letters, evidence, proof or
 * deadline-list code. They are fetched in an idle moment once the first step is on screen.
 */
const ProblemStep = lazyStep(() => import('./steps/problem-step').then((m) => m.ProblemStep));
const RemedyStep = lazyStep(() => import('./steps/remedy-step').then((m) => m.RemedyStep));
const ProofStep = lazyStep(() => import('./steps/proof-step').then((m) => m.ProofStep));
const TextsStep = lazyStep(() => import('./steps/texts-step').then((m) => m.TextsStep));
const ChannelStep = lazyStep(() => import('./steps/channel-step').then((m) => m.ChannelStep));
const LATER_STEPS: Partial<Record<string, { preload: () => Promise<unknown> }>> = {
  problem: ProblemStep,
  remedy: RemedyStep,
  proof: ProofStep,
  texts: TextsStep,
  channel: ChannelStep,
};

/** Loads the later steps' code in an idle moment, so "Next" finds it ready. */
function prefetchSteps(): void {
  const all = () => {
    for (const step of Object.values(LATER_STEPS)) void step?.preload().catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(all, { timeout: 2000 });
  else setTimeout(all, 200);
}

const PANEL_CLOSE = 'shagym:close-panel';
const PANEL_READY = 'shagym:panel-ready';

export { WIZARD_STEPS as STEPS } from '@/utils/cases/progress';
import { WIZARD_STEPS as STEPS, type WizardStep as StepName } from '@/utils/cases/progress';
export type { StepName };

/** Where the buyer fills in a fact a text asks for. */
const STEP_OF_FIELD: Partial<Record<MissingField, StepName>> = {
  'order-or-product': 'order',
  'seller-name': 'order',
  problem: 'problem',
  remedy: 'remedy',
  description: 'story',
};

/** The computer's date, as the buyer can check it; '?' when the clock gives no date at all. */
function clockDate(now: number): string {
  const d = new Date(now);
  return Number.isNaN(d.getTime()) ? '?' : d.toISOString().slice(0, 10);
}

function closePanel() {
  if (inFrame) window.parent.postMessage({ type: PANEL_CLOSE }, KASPI_ORIGIN);
  else window.close();
}

/** The page's facts as posted to this frame, checked like any input (null: none, or not acceptable). */
function checkedFacts(raw: unknown): PageFactsPayload | null {
  if (raw === null || raw === undefined) return null;
  const parsed = pageFactsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  // The panel still opens and asks for the facts by hand.
  console.warn('[shagym] the page facts were not accepted:', parsed.error.issues[0]?.message);
  return null;
}

/**
 * Facts handed over by the content script (posted with the frame's key, see ./start.ts), or null.
 * Received by the panel's first script while the modules load: often already here at the first render.
 */
function usePageFacts(): { loading: boolean; page: PageFactsPayload | null } {
  const [start] = useState(panelStart);
  const [state, setState] = useState<{ loading: boolean; page: PageFactsPayload | null }>(() =>
    start.facts === null
      ? { loading: false, page: null }
      : start.facts.done
        ? { loading: false, page: checkedFacts(start.facts.done.value) }
        : { loading: true, page: null },
  );
  useEffect(() => {
    if (!start.facts) return;
    let alive = true;
    // Also when they arrived between the first render and now.
    void start.facts.promise.then(
      (raw) => alive && setState((s) => (s.loading ? { loading: false, page: checkedFacts(raw) } : s)),
    );
    return () => {
      alive = false;
    };
  }, [start]);
  return state;
}

/** The order form's fields from the page's facts (a product page is the product's own link). */
function draftOfPage(page: PageFactsPayload) {
  return draftFromFacts({
    ...page.facts,
    productUrl: page.facts.productUrl ?? (page.pageKind === 'product' ? page.pageUrl : null),
  });
}

/**
 * The complaint panel: from the order to ready texts and the right channel, one step at a time.
 * Opened on kaspi.kz (framed, facts from the page), from the popup (?from=app: paste from the Kaspi
 * app) or to continue a saved case (?case=<id>).
 */
export function Panel() {
  const { t } = useTranslation();
  const lang = useLang();
  const params = new URLSearchParams(location.search);
  // Continuing the page's case (one case per order) switches the panel to it without a reload.
  const [resumeId, setResumeId] = useState(() => params.get('case'));
  const fromApp = params.get('from') === 'app';
  const { loading, page } = usePageFacts();
  // The page's facts, when they came before the first render (the usual case: the panel's first
  // script takes them while the modules load), prefill the new draft at once.
  const [prefilledAtStart] = useState(() => (page && !resumeId ? draftOfPage(page) : null));
  const draft = useCaseDraft(resumeId, prefilledAtStart);
  const { offer, answer } = useCaseForPage(resumeId ? null : page);
  // ?step=story opens a step directly (the "correct the dates" link of a case that needs repair).
  const [step, setStep] = useState(() => Math.max(0, STEPS.indexOf(params.get('step') as StepName)));
  const heading = useRef<HTMLHeadingElement>(null);
  const ready = !loading && draft.kase !== null;
  const prefilled = useRef(false);

  // A layout effect: the facts are put in and "ready" is asked for in the same frame as the form's
  // first commit, not after the browser has painted the form once without them.
  useLayoutEffect(() => {
    if (!ready || prefilled.current) return;
    prefilled.current = true;
    if (page && !resumeId && !prefilledAtStart) draft.prefill(draftOfPage(page));
    // Keyboard users land in the panel: on the seller choice when there is one, in the paste box when
    // the order comes from the app, else on the first field; never taking the focus from where the
    // buyer already clicked. "Ready" is announced after that, so the page (and tests) can hand over
    // the keyboard.
    requestAnimationFrame(() => {
      const active = document.activeElement;
      if (!active || active === document.body) {
        (
          document.querySelector<HTMLElement>('select[name="seller"]') ??
          (fromApp ? document.querySelector<HTMLElement>('textarea[name="pasted"]') : null) ??
          document.querySelector<HTMLElement>('input[name="orderNumber"]')
        )?.focus();
      }
      performance.mark('shagym:panel-ready'); // the panel's own marks: panel-script, panel-module, this
      if (inFrame) window.parent.postMessage({ type: PANEL_READY }, KASPI_ORIGIN);
      prefetchSteps();
    });
  }, [ready, page, resumeId, fromApp, draft, prefilledAtStart]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') closePanel();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const [blocked, setBlocked] = useState<string | null>(null);
  const go = (next: number) => {
    setBlocked(null);
    const target = Math.max(0, Math.min(STEPS.length - 1, next));
    // The step's code first (already there once prefetched), so its heading and content change together.
    const show = () => setStep(target);
    const later = LATER_STEPS[STEPS[target] as StepName];
    if (later) void later.preload().then(show, show);
    else show();
    // Once the texts are in front of the buyer, the complaint is prepared: no longer a draft.
    if (target >= STEPS.indexOf('texts') && draft.kase?.status === 'draft') draft.update(markPrepared);
    void draft.saveNow().catch(() => undefined);
    requestAnimationFrame(() => heading.current?.focus());
  };

  const name = STEPS[step] as StepName;
  const kase = draft.kase;
  const main = useRef<HTMLElement>(null);
  const guard = useFrameGuard(main);

  // Framed, the buyer's personal details are entered on the case page (a tab of its own, out of the
  // page's reach): take them from there as they are saved, so the panel's next save keeps them.
  const storedBuyer = useLiveQuery(
    async () => (inFrame && kase ? ((await getCase(kase.id))?.buyer ?? null) : null),
    [kase?.id],
  );
  useEffect(() => {
    if (storedBuyer && JSON.stringify(storedBuyer) !== JSON.stringify(kase?.buyer ?? null))
      draft.adopt((c) => ({ ...c, buyer: storedBuyer }));
    // Only when the stored details change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storedBuyer]);
  const detailsInTab = inFrame
    ? () => {
        if (!kase) return;
        void draft
          .saveNow()
          .then(() => send('ui:open-case', { caseId: kase.id }))
          .catch(() => undefined);
      }
    : undefined;

  return (
    <main className={inFrame ? 'panel panel--framed' : 'panel panel--tab'} ref={main}>
      {/* Framed on kaspi.kz: a close button; as a tab: the way back to the list of complaints. */}
      <AppHeader title={t('panel.title')} name={t('app.name')} before={inFrame ? undefined : <BackToList />}>
        <LanguageSwitcher />
        {inFrame && (
          <Button variant="ghost" icon onClick={closePanel} aria-label={t('panel.close')} data-close="">
            <span aria-hidden="true">✕</span>
          </Button>
        )}
      </AppHeader>
      {draft.loadError ? (
        <p className="content notice notice--error" role="alert" data-load-error={draft.loadError.kind}>
          {draft.loadError.kind === 'clock'
            ? t('repair.clockWrong', { date: clockDate(draft.loadError.now) })
            : t('panel.invalid', { error: draft.loadError.message })}
        </p>
      ) : !ready || !kase ? (
        <p className="content muted">{t('app.loading')}</p>
      ) : (
        <>
          {guard.covered && (
            <p className="content notice notice--error" role="alert" data-covered>
              {t('panel.covered')}
            </p>
          )}
          {guard.focusTaken && (
            <p className="content notice" role="alert" data-focus-taken>
              {t('panel.focusTaken')} <Button onClick={guard.returnFocus}>{t('panel.focusBack')}</Button>
            </p>
          )}
          {offer && (
            <ContinueCase
              offer={offer}
              onContinue={() => {
                answer();
                setResumeId(offer.id);
                history.replaceState(null, '', `${location.pathname}?case=${offer.id}`);
              }}
              onNew={answer}
            />
          )}
          <div className="panel-layout" hidden={offer !== null}>
            <ProductCard
              className="panel-product"
              facts={{
                productTitle: draft.orderDraft.productTitle,
                price: draft.orderDraft.price,
                sellerName: draft.orderDraft.sellerName,
                orderNumber: draft.orderDraft.orderNumber,
              }}
            />
            <form
              className="content panel-form"
              onSubmit={(e) => {
                e.preventDefault();
                // "Next" on a field that cannot be saved says so at once and goes to it, instead of moving on
                // with the value silently dropped.
                const asked: readonly string[] =
                  name === 'order' ? ORDER_STEP_FIELDS : name === 'story' ? STORY_STEP_FIELDS : [];
                const bad = asked.find((f) => f in draft.errors) as keyof OrderFacts | undefined;
                const error = bad ? draft.errors[bad] : undefined;
                if (bad && error) {
                  setBlocked(
                    t('fieldError.fixFirst', {
                      field: t(`field.${bad}`),
                      error: fieldErrorText(t, bad, error, lang),
                    }),
                  );
                  e.currentTarget.querySelector<HTMLInputElement>(`[name="${bad}"]`)?.focus();
                  return;
                }
                setBlocked(null);
                if (step < STEPS.length - 1) go(step + 1);
              }}
            >
              {/* Covered by the page: every control is off (a disabled fieldset), nothing can be clicked through. */}
              <fieldset disabled={guard.covered} className="contents">
                <Stepper
                  label={t('ui.stepsNav')}
                  doneLabel={t('ui.stepDone')}
                  allLabel={t('ui.allSteps', {
                    done: STEPS.filter((s) => stepDone(kase, s)).length,
                    total: STEPS.length,
                  })}
                  current={step}
                  onGo={go}
                  steps={STEPS.map((s) => ({
                    id: s,
                    label: t(`wizard.steps.${s}`),
                    done: stepDone(kase, s),
                  }))}
                />
                <h2
                  ref={heading}
                  tabIndex={-1}
                  data-step={name}
                  className="step-title"
                  aria-label={t('wizard.stepOf', {
                    n: step + 1,
                    total: STEPS.length,
                    name: t(`wizard.steps.${name}`),
                  })}
                >
                  <span className="step-count" aria-hidden="true">
                    {t('ui.stepCount', { n: step + 1, total: STEPS.length })}
                  </span>
                  <span aria-hidden="true">{t(`wizard.steps.${name}`)}</span>
                </h2>
                {/* One step that cannot be shown (e.g. a date out of range) says how to repair the case. */}
                <CaseBoundary key={name} caseId={resumeId ?? kase.id} section={`panel-${name}`}>
                  <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
                    {name === 'order' && (
                      <OrderStep
                        page={resumeId ? null : page}
                        fromApp={fromApp}
                        resumed={resumeId !== null}
                        value={draft.orderDraft}
                        errors={draft.errors}
                        onChange={draft.setOrderDraft}
                      />
                    )}
                    {name === 'problem' && (
                      <ProblemStep
                        value={kase.problem}
                        onChange={(problem) => draft.update((c) => withProblem(c, problem))}
                      />
                    )}
                    {name === 'remedy' && (
                      <RemedyStep
                        kase={kase}
                        onRemedy={(remedy) => draft.update({ remedy })}
                        update={draft.update}
                      />
                    )}
                    {name === 'story' && (
                      <StoryStep
                        value={draft.orderDraft}
                        description={kase.description}
                        onOrder={draft.setOrderDraft}
                        onDescription={(description) => draft.update({ description })}
                        errors={draft.errors}
                      />
                    )}
                    {name === 'proof' && (
                      <ProofStep
                        kase={kase}
                        onChange={(proof) => draft.update({ proof })}
                        saveNow={draft.saveNow}
                        canCapture={inFrame && page !== null && !resumeId}
                      />
                    )}
                    {name === 'texts' && (
                      <TextsStep
                        kase={kase}
                        update={draft.update}
                        setSellerName={(sellerName) =>
                          draft.setOrderDraft({ ...draft.orderDraft, sellerName })
                        }
                        onGoTo={(field) => go(STEPS.indexOf(STEP_OF_FIELD[field] ?? 'texts'))}
                        detailsInTab={detailsInTab}
                      />
                    )}
                    {name === 'channel' && (
                      <ChannelStep kase={kase} update={draft.update} saveNow={draft.saveNow} />
                    )}
                  </Suspense>
                </CaseBoundary>
                {blocked && (
                  <p className="notice notice--error" role="alert" data-blocked>
                    {blocked}
                  </p>
                )}
                {draft.saveError && (
                  <p className="notice notice--error" role="alert">
                    {t('panel.invalid', { error: draft.saveError })}
                  </p>
                )}
                <div className="wizard-nav">
                  <Button onClick={() => go(step - 1)} disabled={step === 0}>
                    {t('wizard.back')}
                  </Button>
                  {step < STEPS.length - 1 ? (
                    <Button type="submit" variant="primary">
                      {t('wizard.next')}
                    </Button>
                  ) : (
                    <Button onClick={() => void send('ui:open-case', { caseId: kase.id })}>
                      {t('panel.openCase')}
                    </Button>
                  )}
                  <span className="muted save-state" role="status" aria-live="polite">
                    {draft.mergedAt
                      ? t('wizard.mergedElsewhere')
                      : draft.savedAt
                        ? // "Draft saved" only while it is one.
                          kase.status === 'draft'
                          ? t('wizard.draftSaved')
                          : t('ui.saved')
                        : ''}
                  </span>
                </div>
              </fieldset>
            </form>
          </div>
        </>
      )}
    </main>
  );
}
