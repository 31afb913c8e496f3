/**
 * Kazakh endings, chosen the way the language chooses them: from the last sound of the word before
 * (vowel, sonorant, nasal, voiced or voiceless consonant) and the harmony of its last vowel (back
 * а о ұ ы, front ә ө ү і е). Pure and tiny: the UI uses it where a suffix must follow a number, the
 * tests use it to check every Kazakh template.
 *
 * A number is read aloud, so its ending follows its last spoken word: 2 → екі → "2-ге", 6 → алты →
 * "6-ға", 40 → қырық → "40-қа", 1000 → мың → "1000-ға". Sources for the rules: the editor's review
 * (shared/reviews/kazakh-2026-11.md) and any school grammar of Kazakh (септік жалғаулары).
 */

/** The cases and forms a value can take inside a Kazakh sentence. */
export type KkForm =
  | 'nom' // атау септік: no ending
  | 'gen' // ілік: -ның/-нің, -дың/-дің, -тың/-тің
  | 'dat' // барыс: -ға/-ге, -қа/-ке
  | 'acc' // табыс: -ны/-ні, -ды/-ді, -ты/-ті
  | 'loc' // жатыс: -да/-де, -та/-те
  | 'abl' // шығыс: -дан/-ден, -тан/-тен, -нан/-нен
  | 'ins' // көмектес: -мен/-бен/-пен
  | 'attr' // жатыс + -ғы/-гі: -дағы/-дегі, -тағы/-тегі
  | 'poss'; // 3rd person possessive: -ы/-і after a consonant, -сы/-сі after a vowel

export const KK_FORMS: readonly KkForm[] = ['nom', 'gen', 'dat', 'acc', 'loc', 'abl', 'ins', 'attr', 'poss'];

const BACK = 'аоұыя';
const FRONT = 'әөүіеэ';
const VOWELS = BACK + FRONT + 'юё';
const NASAL = 'мнң';
const SONORANT = 'лрйу';
const VOICED = 'зж';

export type Harmony = 'back' | 'front';

/**
 * Harmony of a word: its last clear vowel (и and у take the vowel before them: елу → front); a word with
 * no other vowel is back (су → суға).
 */
export function harmonyOf(word: string): Harmony {
  const w = word.toLowerCase();
  for (let i = w.length - 1; i >= 0; i--) {
    const ch = w[i]!;
    if (BACK.includes(ch)) return 'back';
    if (FRONT.includes(ch)) return 'front';
  }
  return 'back';
}

type Final = 'vowel' | 'sonorant' | 'nasal' | 'voiced' | 'voiceless';

/** The sound the word ends with, as the endings see it. */
export function finalSound(word: string): Final {
  const w = word.toLowerCase().replace(/[^\p{L}]+$/u, '');
  const last = w.at(-1) ?? '';
  // у and и end a word as [w] and [ɪj]: су → суға, суды, суы; елу → елуге, елуді, елуі.
  if (last === 'у' || last === 'и') return 'sonorant';
  if (VOWELS.includes(last)) return 'vowel';
  if (NASAL.includes(last)) return 'nasal';
  if (SONORANT.includes(last)) return 'sonorant';
  if (VOICED.includes(last)) return 'voiced';
  return 'voiceless';
}

/** The ending `form` takes after `word`. @example kkEnding('қараша', 'dat') // 'ға' */
export function kkEnding(word: string, form: KkForm): string {
  const back = harmonyOf(word) === 'back';
  const f = finalSound(word);
  const pick = (b: string, fr: string) => (back ? b : fr);
  const voiceless = f === 'voiceless';
  switch (form) {
    case 'nom':
      return '';
    case 'gen':
      if (f === 'vowel' || f === 'nasal') return pick('ның', 'нің');
      return voiceless ? pick('тың', 'тің') : pick('дың', 'дің');
    case 'dat':
      return voiceless ? pick('қа', 'ке') : pick('ға', 'ге');
    case 'acc':
      if (f === 'vowel') return pick('ны', 'ні');
      return voiceless ? pick('ты', 'ті') : pick('ды', 'ді');
    case 'loc':
      return voiceless ? pick('та', 'те') : pick('да', 'де');
    case 'abl':
      if (f === 'nasal') return pick('нан', 'нен');
      return voiceless ? pick('тан', 'тен') : pick('дан', 'ден');
    case 'ins':
      if (voiceless) return 'пен';
      return f === 'voiced' ? 'бен' : 'мен';
    case 'attr':
      return voiceless ? pick('тағы', 'тегі') : pick('дағы', 'дегі');
    case 'poss':
      return f === 'vowel' ? pick('сы', 'сі') : pick('ы', 'і');
  }
}

/** `word` in `form`. @example declineKk('қыркүйек', 'abl') // 'қыркүйектен' */
export function declineKk(word: string, form: KkForm): string {
  return word + kkEnding(word, form);
}

const UNITS = ['', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'] as const;
const TENS = ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'] as const;

/**
 * The last word of a whole number read aloud in Kazakh: 0 нөл, 7 жеті, 40 қырық, 100 жүз, 1000 мың,
 * 2 000 000 миллион.
 */
export function lastSpokenWord(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not a whole number: ${n}`);
  if (n === 0) return 'нөл';
  if (n % 10 !== 0) return UNITS[n % 10]!;
  if (n % 100 !== 0) return TENS[(n % 100) / 10]!;
  if (n % 1000 !== 0) return 'жүз';
  if (n % 1_000_000 !== 0) return 'мың';
  if (n % 1_000_000_000 !== 0) return 'миллион';
  return 'миллиард';
}

/** Digits grouped by thousands with a no-break space, as the UI prints them ("1 000 000"). */
export function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00A0');
}

/**
 * A number with an ending, hyphenated as Kazakh writes it after digits.
 * @example numberKk(7, 'poss') // '7-сі'
 * @example numberKk(1000, 'abl') // '1000-нан'
 */
export function numberKk(n: number, form: KkForm): string {
  const ending = kkEnding(lastSpokenWord(n), form);
  const digits = n >= 10_000 ? groupThousands(n) : String(n);
  return ending === '' ? digits : `${digits}-${ending}`;
}

/** Every ending `word` can take (nominative excluded). */
export function endingsOf(word: string): ReadonlyMap<string, KkForm> {
  const out = new Map<string, KkForm>();
  for (const form of KK_FORMS) if (form !== 'nom') out.set(kkEnding(word, form), form);
  return out;
}
