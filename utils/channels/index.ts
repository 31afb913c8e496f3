export * from './channels';
export * from './sources';
export * from './recommend';
