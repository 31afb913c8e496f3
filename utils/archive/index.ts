/** The Shagym archive: export cases with their evidence as a verifiable ZIP, and import it back. Pure. */
export * from './build';
export * from './checksums';
export * from './format';
export * from './names';
export * from './plan';
export * from './read';
export { ARCHIVE_STRINGS, readmeText, type ArchiveStrings, type ReadmeFacts } from './strings';
export * from './summary';
