import { en } from './locales/en';
import { kk } from './locales/kk';
import { ru } from './locales/ru';

/** Every language's texts at once, for code that needs them all (tests, checks); pages load one (./resources.ts). */
export const RESOURCES = { ru, kk, en } as const;
