import { useTranslation } from 'react-i18next';
import { OrderFactsForm, type OrderDraft } from '@/components/order-facts-form';
import type { FieldErrors } from '@/components/use-case-draft';

/** The order facts asked on this step. */
export const STORY_STEP_FIELDS = ['orderDate', 'receivedDate'] as const;

/** Step 4: what happened, in the buyer's words, and the dates ordered and received. */
export function StoryStep({
  value,
  description,
  onOrder,
  onDescription,
  errors,
}: {
  errors: FieldErrors;
  value: OrderDraft;
  description: string;
  onOrder: (next: OrderDraft) => void;
  onDescription: (text: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <p className="muted">{t('wizard.storyHint')}</p>
      <label>
        <span>{t('field.description')}</span>
        <textarea
          name="description"
          maxLength={4000}
          value={description}
          onChange={(e) => onDescription(e.target.value)}
        />
      </label>
      <OrderFactsForm value={value} onChange={onOrder} fields={STORY_STEP_FIELDS} errors={errors} />
    </>
  );
}
