/** The Shagym archive: export cases with their evidence as a verifiable ZIP, and import it back. Pure. */
export * from './build';
export * from './checksums';
export * from './format';
export * from './names';
export * from './plan';
export * from './read';
export * from './html';
export * from './report';
export {
  ARCHIVE_STRINGS,
  REPORT_STRINGS,
  readmeText,
  type ArchiveStrings,
  type ReadmeFacts,
  type ReportStrings,
} from './strings';
export * from './summary';
