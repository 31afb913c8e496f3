import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '@/components/language-switcher';
import { OrderFactsForm, draftFromFacts, factsFromDraft, type OrderDraft } from '@/components/order-facts-form';
import { PasteFromApp } from '@/components/paste-from-app';
import { newCase } from '@/utils/cases/create';
import { PROBLEM_KINDS, REMEDIES, caseSchema, type ProblemKind, type Remedy } from '@/utils/cases/schema';
import { saveCase } from '@/utils/cases/store';
import type { SellerOffer } from '@/utils/kaspi/types';
import { send } from '@/utils/messaging/client';
import type { PageFactsPayload } from '@/utils/messaging/protocol';

/** The page we sit on, when framed on kaspi.kz; messages go to it only. */
const KASPI_ORIGIN = 'https://kaspi.kz';
const PANEL_CLOSE = 'shagym:close-panel';
const PANEL_READY = 'shagym:panel-ready';
const inFrame = window.parent !== window;

function closePanel() {
  if (inFrame) window.parent.postMessage({ type: PANEL_CLOSE }, KASPI_ORIGIN);
  else window.close();
}

/** Facts handed over by the content script (one-time token in the URL's hash), or null. */
function useStashedFacts(): { loading: boolean; page: PageFactsPayload | null } {
  const [state, setState] = useState<{ loading: boolean; page: PageFactsPayload | null }>({ loading: true, page: null });
  useEffect(() => {
    const token = location.hash.slice(1);
    if (!/^[0-9a-f-]{36}$/i.test(token)) {
      setState({ loading: false, page: null });
      return;
    }
    history.replaceState(null, '', location.pathname + location.search); // the token is single-use
    send('ui:take-facts', { token })
      .then((page) => setState({ loading: false, page }))
      .catch(() => setState({ loading: false, page: null }));
  }, []);
  return state;
}

export function Panel() {
  const { t } = useTranslation();
  const { loading, page } = useStashedFacts();
  const fromApp = new URLSearchParams(location.search).get('from') === 'app';
  const [draft, setDraft] = useState<OrderDraft>(() => draftFromFacts(null));
  const sellers: SellerOffer[] = page?.facts.sellers ?? [];
  const [problem, setProblem] = useState<ProblemKind | ''>('');
  const [remedy, setRemedy] = useState<Remedy | ''>('');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [savedId, setSavedId] = useState<string | null>(null);

  useEffect(() => {
    if (loading) return;
    if (inFrame) window.parent.postMessage({ type: PANEL_READY }, KASPI_ORIGIN);
    // Keyboard users land in the panel: on the seller choice when there is one, else the first field.
    (document.querySelector<HTMLElement>('select[name="seller"]') ?? document.querySelector<HTMLElement>('input[name="orderNumber"]'))?.focus();
  }, [loading, page]);

  useEffect(() => {
    if (!page) return;
    setDraft(draftFromFacts({ ...page.facts, productUrl: page.facts.productUrl ?? (page.pageKind === 'product' ? page.pageUrl : null) }));
  }, [page]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') closePanel();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const chooseSeller = (index: number) => {
    const seller = sellers[index];
    if (!seller) return;
    setDraft((d) => ({
      ...d,
      sellerName: seller.name,
      merchantId: seller.merchantId ?? '',
      price: seller.price === null ? d.price : String(seller.price),
    }));
  };

  const save = async () => {
    setError(null);
    const candidate = newCase(
      { order: factsFromDraft(draft), problem: problem || null, remedy: remedy || null, description },
      Date.now(),
    );
    const parsed = caseSchema.safeParse(candidate);
    if (!parsed.success) {
      setError(t('panel.invalid', { error: parsed.error.issues.map((i) => `${String(i.path.at(-1))}: ${i.message}`).join('; ') }));
      return;
    }
    try {
      const saved = await saveCase(parsed.data);
      setSavedId(saved.id);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <main className="panel">
      <header className="bar">
        <h1>{t('panel.title')}</h1>
        <div className="row">
          <LanguageSwitcher />
          <button type="button" onClick={closePanel} aria-label={t('panel.close')}>
            ✕
          </button>
        </div>
      </header>
      <div className="content">
        {loading ? (
          <p className="muted">{t('app.loading')}</p>
        ) : savedId ? (
          <div className="stack">
            <p className="notice notice--ok" role="status">
              {t('panel.saved')}
            </p>
            <button type="button" className="primary" onClick={() => void send('ui:open-case', { caseId: savedId })}>
              {t('panel.openCase')}
            </button>
          </div>
        ) : (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            <p className="muted">{page ? t('panel.fromPage') : t('panel.noFacts')}</p>
            {(fromApp || !page) && (
              <PasteFromApp onFacts={(facts) => setDraft((d) => mergeDraft(d, draftFromFacts(facts)))} />
            )}
            {sellers.length > 1 && (
              <label>
                <span>{t('panel.chooseSeller')}</span>
                <select name="seller" defaultValue="" onChange={(e) => chooseSeller(Number(e.target.value))}>
                  <option value="" disabled>
                    —
                  </option>
                  {sellers.map((s, i) => (
                    <option key={`${s.merchantId ?? ''}-${i}`} value={i}>
                      {s.name}
                      {s.price !== null ? ` — ${s.price.toLocaleString('ru-RU')} ₸` : ''}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <OrderFactsForm value={draft} onChange={setDraft} />
            <label>
              <span>{t('field.problem')}</span>
              <select name="problem" value={problem} onChange={(e) => setProblem(e.target.value as ProblemKind)}>
                <option value="">—</option>
                {PROBLEM_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`problem.${k}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span>{t('field.remedy')}</span>
              <select name="remedy" value={remedy} onChange={(e) => setRemedy(e.target.value as Remedy)}>
                <option value="">—</option>
                {REMEDIES.map((k) => (
                  <option key={k} value={k}>
                    {t(`remedy.${k}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span>{t('field.description')}</span>
              <textarea name="description" value={description} onChange={(e) => setDescription(e.target.value)} />
            </label>
            {error && (
              <p className="notice notice--error" role="alert">
                {error}
              </p>
            )}
            <button type="submit" className="primary">
              {t('panel.save')}
            </button>
          </form>
        )}
      </div>
    </main>
  );
}

/** Pasted facts fill the fields they have; the buyer's typing elsewhere stays. */
function mergeDraft(current: OrderDraft, incoming: OrderDraft): OrderDraft {
  const out = { ...current };
  for (const key of Object.keys(incoming) as (keyof OrderDraft)[]) if (incoming[key]) out[key] = incoming[key];
  return out;
}
