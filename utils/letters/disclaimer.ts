import type { Lang } from '../i18n/languages';

/** Shown wherever a text is shown (research §3: letters are templates, not legal advice). */
export const DISCLAIMER: Readonly<Record<Lang, string>> = {
  ru: 'Это шаблоны, а не юридическая консультация. Проверьте текст и факты перед отправкой; в сложном споре обратитесь к юристу.',
  kk: 'Бұл — заң кеңесі емес, үлгі мәтіндер. Жіберер алдында мәтін мен деректерді тексеріңіз; дау күрделі болса, заңгерге жүгініңіз.',
  en: 'These are templates, not legal advice. Check the text and the facts before sending; in a complex dispute, consult a lawyer.',
};

/**
 * Shown with the texts of a fraud case: fraud is a crime (Criminal Code Art. 190, utils/facts/law.ts),
 * reported to the police; Kaspi and the consumer authority do not investigate crimes.
 */
export const POLICE_NOTICE: Readonly<Record<Lang, string>> = {
  ru: 'Если продавец обманул вас намеренно, это может быть мошенничество (статья 190 Уголовного кодекса РК). Кроме обращения в Kaspi, подайте заявление в полицию: 102 или в ближайший отдел полиции. Сохраните переписку, чеки и скриншоты.',
  kk: 'Егер сатушы сізді әдейі алдаса, бұл алаяқтық болуы мүмкін (ҚР Қылмыстық кодексінің 190-бабы). Kaspi-ге жүгінумен қатар полицияға арыз беріңіз: 102 немесе жақын полиция бөлімшесі. Хат алмасуды, чектерді және скриншоттарды сақтаңыз.',
  en: 'If the seller deceived you on purpose, it may be fraud (Article 190 of the Criminal Code of Kazakhstan). Besides writing to Kaspi, report it to the police: call 102 or go to the nearest police station. Keep the chat, receipts and screenshots.',
};
