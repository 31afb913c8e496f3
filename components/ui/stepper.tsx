import { Button } from './button';
import { NARROW, useMedia } from './use-media';

export interface StepperStep {
  id: string;
  label: string;
  done: boolean;
}

/**
 * Progress through the panel: a bar per step with its name, which steps are done and which is the
 * current one; each step can be opened. On a phone (seven 44 px buttons in a row would not fit): the
 * bars, and a folded list of the steps by name, done ones ticked, each a full-width button.
 */
export function Stepper({
  steps,
  current,
  label,
  doneLabel,
  onGo,
  allLabel,
}: {
  steps: readonly StepperStep[];
  current: number;
  /** The nav's accessible name. */
  label: string;
  /** Said after a done step's name ("done"). */
  doneLabel: string;
  onGo: (index: number) => void;
  /** On a phone, the folded list of every step: "All steps (2 of 7 done)". */
  allLabel: string;
}) {
  const narrow = useMedia(NARROW);
  if (narrow)
    return (
      <nav aria-label={label} className="steps-compact">
        <div className="stepper stepper--compact" aria-hidden="true" data-stepper="compact">
          {steps.map((s, i) => (
            <span
              key={s.id}
              className="stepper__bar"
              data-state={i === current ? 'current' : s.done ? 'done' : 'todo'}
            />
          ))}
        </div>
        <details className="fold steps-all">
          <summary>{allLabel}</summary>
          <ol className="fold__body">
            {steps.map((s, i) => (
              <li
                key={s.id}
                aria-current={i === current ? 'step' : undefined}
                data-state={i === current ? 'current' : s.done ? 'done' : 'todo'}
              >
                <Button onClick={() => onGo(i)}>
                  {i + 1}. {s.label}
                  {s.done && i !== current && <span className="visually-hidden"> — {doneLabel}</span>}
                </Button>
              </li>
            ))}
          </ol>
        </details>
      </nav>
    );
  return (
    <nav aria-label={label}>
      <ol className="stepper">
        {steps.map((s, i) => (
          <li
            key={s.id}
            aria-current={i === current ? 'step' : undefined}
            data-state={i === current ? 'current' : s.done ? 'done' : 'todo'}
            data-step-id={s.id}
          >
            <button type="button" className="stepper__item" onClick={() => onGo(i)}>
              <span className="stepper__bar" aria-hidden="true" />
              <span className="stepper__label">
                {s.label}
                {s.done && i !== current && <span className="visually-hidden"> — {doneLabel}</span>}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
