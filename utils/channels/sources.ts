/** The channels' sources live in the one registry of facts (utils/facts/sources.ts). */
export { SOURCES, type Source } from '../facts/sources';
