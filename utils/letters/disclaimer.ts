import type { Lang } from '../i18n/languages';

/** Shown wherever a text is shown (research §3: letters are templates, not legal advice). */
export const DISCLAIMER: Readonly<Record<Lang, string>> = {
  ru: 'Это шаблоны, а не юридическая консультация. Проверьте текст и факты перед отправкой; в сложном споре обратитесь к юристу.',
  kk: 'Бұл — заң кеңесі емес, үлгі мәтіндер. Жіберер алдында мәтін мен деректерді тексеріңіз; дау күрделі болса, заңгерге жүгініңіз.',
  en: 'These are templates, not legal advice. Check the text and the facts before sending; in a complex dispute, consult a lawyer.',
};
