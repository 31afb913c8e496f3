/** Page understanding for kaspi.kz: pure functions, no zod/React/Dexie (safe for the content script). */
export { classifyKaspiPage, classifyKaspiUrl, readDocumentSignals } from './classify';
export type { DocumentSignals } from './classify';
export { cleanLine, cleanText } from './clean-text';
export { findKaspiDates, parseKaspiDate, yearBetween } from './dates';
export type { DateMatch } from './dates';
export { parseTengeExact } from './money';
export { findOrderNumbers, parseOrderText, readOrderText, withOneItemTotal } from './parse-order-text';
export type { FoundDate, OrderTextReading } from './parse-order-text';
export { readKaspiPage } from './read-page';
export { EMPTY_FACTS } from './types';
export type { KaspiFacts, KaspiPage, KaspiPageKind, SellerOffer } from './types';
export { merchantIdFromPath, parseKaspiUrl, productCodeFromPath, productRef } from './urls';
export { isHidden, visibleLines, visibleText } from './visible-text';
