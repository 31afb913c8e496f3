import { declineKk, endingsOf, kkEnding, lastSpokenWord, type KkForm } from '../../../utils/i18n/kk-grammar';

/**
 * A checker of Kazakh text around inserted values: the ending glued to a value must be the one its last
 * spoken word takes (vowel harmony and the consonant rules, from utils/i18n/kk-grammar), a postposition
 * must follow the case it governs, a particle must agree with the word before it, and a date in the
 * nominative cannot be followed by a word (it can neither qualify a noun nor mean "when").
 */

export const MONTH_STEMS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
] as const;

/** Words that govern the case of the word before them. */
export const GOVERNS: Readonly<Record<string, KkForm>> = {
  дейін: 'dat',
  шейін: 'dat',
  қарай: 'dat',
  қатысты: 'dat',
  бастап: 'abl',
  кейін: 'abl',
  соң: 'abl',
  бұрын: 'abl',
  гөрі: 'abl',
  артық: 'abl',
  ерте: 'abl',
  қоса: 'acc',
};

/** Particles whose shape follows the word before them: with-, question and "also". */
const PARTICLES: Readonly<Record<string, (word: string) => string>> = {
  ...Object.fromEntries(['мен', 'бен', 'пен'].map((p) => [p, (w: string) => kkEnding(w, 'ins')])),
  ...Object.fromEntries(
    ['ма', 'ме', 'ба', 'бе', 'па', 'пе'].map((p) => [
      p,
      (w: string) => {
        const ins = kkEnding(w, 'ins'); // мен/бен/пен: the same consonant choice as ма/ба/па
        const back = kkEnding(w, 'loc').endsWith('а');
        return `${ins[0]}${back ? 'а' : 'е'}`;
      },
    ]),
  ),
  ...Object.fromEntries(['да', 'де', 'та', 'те'].map((p) => [p, (w: string) => kkEnding(w, 'loc')])),
};

/**
 * Nouns an ordinal number is written before with a hyphen ("2-қадам", "42-4-бабы"): the hyphen stands for
 * the ordinal ending, so the noun is not a suffix of the number.
 */
export const ORDINAL_NOUNS = ['қадам', 'бап', 'баб', 'тармақ', 'тармағ', 'бөлім', 'бөлік', 'бөліг'] as const;

export type ValueKind = 'number' | 'size' | 'money' | 'date' | 'datetime' | 'text';

const UNIT_WORDS: Readonly<Record<string, string>> = {
  Б: 'байт',
  КБ: 'килобайт',
  МБ: 'мегабайт',
  ГБ: 'гигабайт',
  '₸': 'теңге',
};

/** The word a value ends with when read aloud, or null when it cannot be known (free text, times). */
export function spokenEnd(value: string, kind: ValueKind): string | null {
  switch (kind) {
    case 'number':
      return lastSpokenWord(Number(value.replace(/\s/g, '')));
    case 'size':
    case 'money':
      return UNIT_WORDS[value.trim().split(/\s/).at(-1) ?? ''] ?? null;
    case 'date':
      return monthOf(value)?.stem ?? null;
    case 'datetime':
    case 'text':
      return null;
  }
}

const DATE_FORMS: readonly KkForm[] = ['nom', 'loc', 'attr', 'dat', 'abl', 'acc', 'gen', 'ins', 'poss'];

/** The month of a Kazakh date and the form its name is in; `form` null when the ending is wrong. */
export function monthOf(date: string): { stem: string; word: string; form: KkForm | null } | null {
  const word = /(\p{L}+)$/u.exec(date.trim())?.[1];
  if (!word) return null;
  const stem = [...MONTH_STEMS].sort((a, b) => b.length - a.length).find((s) => word.startsWith(s));
  if (!stem) return null;
  return { stem, word, form: DATE_FORMS.find((f) => declineKk(stem, f) === word) ?? null };
}

const isCyrillicWord = /^[а-яёәғқңөұүһі]+/iu;

/**
 * Problems with what follows a value of `kind` that ends at the start of `rest`; `form` is the case
 * the value itself already carries (a declined date).
 */
export function checkAfter(value: string, kind: ValueKind, rest: string, form: KkForm = 'nom'): string[] {
  const errors: string[] = [];
  const show = `«${value}${rest.slice(0, 24)}»`;
  const end = spokenEnd(value, kind);
  let effective: KkForm = form;
  let tail = rest;

  const glued = /^(-?)(\p{L}+)/u.exec(rest);
  if (glued) {
    const [all, hyphen, letters] = glued as unknown as [string, string, string];
    const ordinal =
      kind === 'number' && hyphen === '-' && ORDINAL_NOUNS.some((n) => letters.toLowerCase().startsWith(n));
    if (!ordinal) {
      if (end === null) errors.push(`${show}: an ending glued to free text or a time`);
      else if (form !== 'nom') errors.push(`${show}: a second ending on a declined value`);
      else {
        const found = endingsOf(end).get(letters);
        if (!found)
          errors.push(
            `${show}: "${letters}" is not an ending «${end}» takes (${[...endingsOf(end).keys()].join(', ')})`,
          );
        else effective = found;
      }
    }
    tail = rest.slice(all.length);
  }

  const next = /^[ \t\u00A0]+(\p{L}+)/u.exec(tail)?.[1];
  if (next !== undefined) {
    const governed = GOVERNS[next.toLowerCase()];
    if (governed && governed !== effective)
      errors.push(`${show}: «${next}» takes the ${governed} case, the value is in the ${effective}`);
    const particle = PARTICLES[next.toLowerCase()];
    if (particle) {
      if (end === null) errors.push(`${show}: the particle «${next}» depends on free text`);
      else if (particle(end) !== next.toLowerCase())
        errors.push(`${show}: «${next}» after «${end}» must be «${particle(end)}»`);
    }
    if (
      (kind === 'date' || kind === 'datetime') &&
      effective === 'nom' &&
      !glued &&
      isCyrillicWord.test(next)
    )
      errors.push(`${show}: a date in the nominative followed by a word (use a declared form, or a colon)`);
  }
  return errors;
}

/** Every Kazakh date in `text` ("2026 жылғы 3 желтоқсанға"): its ending and what follows it. */
export function checkDates(text: string): string[] {
  const errors: string[] = [];
  for (const m of text.matchAll(/\d{4} жылғы \d{1,2} (\p{L}+)/gu)) {
    const date = m[0];
    const month = monthOf(date);
    if (!month) {
      errors.push(`«${date}»: not a month`);
      continue;
    }
    if (month.form === null) {
      errors.push(`«${date}»: «${month.word}» is no form of «${month.stem}»`);
      continue;
    }
    errors.push(...checkAfter(date, 'date', text.slice(m.index + date.length), month.form));
  }
  return errors;
}

/** Every literal number with a hyphenated ending ("3-тен 15-ке"): the ending its last spoken word takes. */
export function checkNumberEndings(text: string): string[] {
  const errors: string[] = [];
  for (const m of text.matchAll(/(?<![\d\p{L}])(\d+)(?=-[а-яәғқңөұүһі])/giu)) {
    errors.push(...checkAfter(m[1]!, 'number', text.slice(m.index + m[1]!.length)));
  }
  return errors;
}

/** Every occurrence of an inserted value (not inside a longer word or number) and what follows it. */
export function checkValue(text: string, value: string, kind: ValueKind): string[] {
  const errors: string[] = [];
  if (value === '') return errors;
  for (let i = text.indexOf(value); i !== -1; i = text.indexOf(value, i + 1)) {
    const before = text[i - 1] ?? '';
    const after = text[i + value.length] ?? '';
    if (/[\p{L}\d]/u.test(before)) continue;
    if (kind === 'number' && /\d/.test(after)) continue;
    errors.push(...checkAfter(value, kind, text.slice(i + value.length)));
  }
  return errors;
}

/** All of the above over one rendered text. */
export function checkKazakh(
  text: string,
  values: readonly { value: string; kind: ValueKind }[] = [],
): string[] {
  return [
    ...checkDates(text),
    ...checkNumberEndings(text),
    ...values.filter((v) => v.kind !== 'date').flatMap((v) => checkValue(text, v.value, v.kind)),
  ];
}
