export * from './build';
export * from './disclaimer';
export { formatDate, formatPrice, type DateForm } from './format';
export * from './types';
