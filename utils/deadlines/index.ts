/** Deadlines: Kazakhstan calendar arithmetic, the holiday table, and the deadline rules. */
export * from './calendar';
export * from './holidays-kz';
export * from './rules';
